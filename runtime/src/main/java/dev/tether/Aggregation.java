package dev.tether;

import dev.tether.internal.query.Expression;
import dev.tether.path.Expr;
import java.util.List;

/**
 * The values of {@code aggregate(a, b, ...)}, read back by the expressions that asked for them:
 * {@code result.get(Book_.price.avg())}. Django's {@code aggregate()} dictionary, typed.
 *
 * @param <T> the model aggregated over
 */
public final class Aggregation<T> {
  private final List<Expression> expressions;
  private final Object[] values;

  Aggregation(List<Expression> expressions, Object[] values) {
    this.expressions = List.copyOf(expressions);
    this.values = values.clone();
  }

  /** The value of {@code expression}; null where Django gives {@code None}. */
  @SuppressWarnings("unchecked")
  public <V> V get(Expr<T, V> expression) {
    int i = expressions.indexOf(expression.node());
    if (i < 0) {
      throw new IllegalArgumentException(expression + " was not aggregated; this result has " + this);
    }
    return (V) values[i];
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : ", ").append(expressions.get(i).describe()).append('=').append(values[i]);
    }
    return b.append('}').toString();
  }
}
