package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.Expression;
import dev.tether.meta.SqlType;
import java.util.Objects;

/**
 * A numeric expression: arithmetic ({@code plus}, {@code minus}, {@code times}, {@code div}, with a
 * value or another expression of the same type, Django's {@code F("views") + 1}) and the aggregates
 * {@code sum}/{@code avg}. Only numbers have these, so summing a string does not compile.
 *
 * @param <R> the model the expression is evaluated on
 * @param <V> the Java type of its values
 */
public class NumberExpr<R, V extends Number> extends ComparableExpr<R, V> {
  NumberExpr(Expression node) {
    super(node);
  }

  private NumberExpr<R, V> arith(char op, Expression rhs) {
    return new NumberExpr<>(new Expression.Arith(node(), op, rhs, node().valueType()));
  }

  /** {@code this + value}. */
  public final NumberExpr<R, V> plus(V value) {
    return arith('+', value(Objects.requireNonNull(value, "plus(null)")));
  }

  /** {@code this + other}. */
  public final NumberExpr<R, V> plus(Expr<R, V> other) {
    return arith('+', other.node());
  }

  /** {@code this - value}. */
  public final NumberExpr<R, V> minus(V value) {
    return arith('-', value(Objects.requireNonNull(value, "minus(null)")));
  }

  /** {@code this - other}. */
  public final NumberExpr<R, V> minus(Expr<R, V> other) {
    return arith('-', other.node());
  }

  /** {@code this * value}. */
  public final NumberExpr<R, V> times(V value) {
    return arith('*', value(Objects.requireNonNull(value, "times(null)")));
  }

  /** {@code this * other}. */
  public final NumberExpr<R, V> times(Expr<R, V> other) {
    return arith('*', other.node());
  }

  /** {@code this / value}; integer division for integer types, as Django's {@code F() / n}. */
  public final NumberExpr<R, V> div(V value) {
    return arith('/', value(Objects.requireNonNull(value, "div(null)")));
  }

  /** {@code this / other}. */
  public final NumberExpr<R, V> div(Expr<R, V> other) {
    return arith('/', other.node());
  }

  /** This value, or {@code fallback} where it is NULL: Django's {@code Coalesce}. */
  public final NumberExpr<R, V> coalesce(V fallback) {
    return new NumberExpr<>(new Expression.Func(Expression.FuncKind.COALESCE,
        java.util.List.of(node(), value(Objects.requireNonNull(fallback, "coalesce(null)"))), node().valueType()));
  }

  /** This value, or {@code other}'s where it is NULL. */
  public final NumberExpr<R, V> coalesce(Expr<R, V> other) {
    return new NumberExpr<>(new Expression.Func(Expression.FuncKind.COALESCE,
        java.util.List.of(node(), other.node()), node().valueType()));
  }

  private <X extends Number> NumberExpr<R, X> cast(SqlType to) {
    return new NumberExpr<>(new Expression.Func(Expression.FuncKind.CAST, java.util.List.of(node()), to));
  }

  /** As a {@code Double}: Django's {@code Cast(expr, FloatField())}. */
  public final NumberExpr<R, Double> asDouble() {
    return cast(SqlType.DOUBLE);
  }

  /** As a {@code Long} (truncated toward zero where the database truncates): {@code Cast(expr, BigIntegerField())}. */
  public final NumberExpr<R, Long> asLong() {
    return cast(SqlType.LONG);
  }

  /** As a {@code BigDecimal}: {@code Cast(expr, DecimalField())}. */
  public final NumberExpr<R, java.math.BigDecimal> asDecimal() {
    return cast(SqlType.DECIMAL);
  }

  /**
   * The sum over a group, of the expression's own type as Django's {@code Sum} (NULL when the group
   * has no value; an {@code Integer} sum that overflows throws).
   */
  public final NumberExpr<R, V> sum() {
    return new NumberExpr<>(aggNode(Expression.AggKind.SUM, null));
  }

  /** {@link #sum()} over the rows where {@code filter} holds. */
  public final NumberExpr<R, V> sum(Q<R> filter) {
    return new NumberExpr<>(aggNode(Expression.AggKind.SUM, filter));
  }

  /** The sum of the distinct values: {@code Sum("field", distinct=True)}. */
  public final NumberExpr<R, V> sumDistinct() {
    return new NumberExpr<>(Aggregates.node(node(), Expression.AggKind.SUM, true, null, node().valueType()));
  }

  /**
   * The mean over a group as a {@code Double}, Django's {@code Avg} (a float for integer and float
   * fields; where Django gives a {@code Decimal} for a decimal field, this stays a {@code Double}).
   */
  public final NumberExpr<R, Double> avg() {
    return new NumberExpr<>(Aggregates.node(node(), Expression.AggKind.AVG, false, null, SqlType.DOUBLE));
  }

  /** {@link #avg()} over the rows where {@code filter} holds. */
  public final NumberExpr<R, Double> avg(Q<R> filter) {
    return new NumberExpr<>(Aggregates.node(node(), Expression.AggKind.AVG, false, filter, SqlType.DOUBLE));
  }

  /** The mean of the distinct values: {@code Avg("field", distinct=True)}. */
  public final NumberExpr<R, Double> avgDistinct() {
    return new NumberExpr<>(Aggregates.node(node(), Expression.AggKind.AVG, true, null, SqlType.DOUBLE));
  }

  @Override
  public NumberExpr<R, V> min() {
    return new NumberExpr<>(aggNode(Expression.AggKind.MIN, null));
  }

  @Override
  public NumberExpr<R, V> min(Q<R> filter) {
    return new NumberExpr<>(aggNode(Expression.AggKind.MIN, filter));
  }

  @Override
  public NumberExpr<R, V> max() {
    return new NumberExpr<>(aggNode(Expression.AggKind.MAX, null));
  }

  @Override
  public NumberExpr<R, V> max(Q<R> filter) {
    return new NumberExpr<>(aggNode(Expression.AggKind.MAX, filter));
  }
}
