package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A column reached from model {@code R}, possibly across relations: {@code Article_.headline},
 * {@code Article_.reporter().firstName}. Its methods are Django's field lookups.
 *
 * @param <R> the model being filtered
 * @param <V> the column's Java type
 */
public class Column<R, V> implements FieldPath<R> {
  private final ColumnExpr expr;

  /** For generated code. */
  public Column(PathNode path, FieldMeta field) {
    this(new ColumnExpr(path, field));
  }

  Column(ColumnExpr expr) {
    this.expr = expr;
  }

  /** The column expression, for the query layer. */
  public final ColumnExpr expr() {
    return expr;
  }

  final Q<R> leaf(Lookup lookup, Object value) {
    return Q.of(new Condition.Leaf(expr, lookup, value));
  }

  /** {@code = value}; {@code eq(null)} is {@code isNull(true)}, as Django's {@code field=None}. */
  public final Q<R> eq(V value) {
    return value == null ? isNull(true) : leaf(Lookup.EXACT, value);
  }

  /** Not equal: {@code eq(value).not()}, so rows where the column is NULL match too. */
  public final Q<R> ne(V value) {
    return eq(value).not();
  }

  /** {@code IN (values...)}; an empty list matches nothing. */
  @SafeVarargs
  public final Q<R> in(V... values) {
    return in(Arrays.asList(values));
  }

  /** {@code IN (values...)}; an empty collection matches nothing. */
  public final Q<R> in(Collection<? extends V> values) {
    List<Object> vs = new ArrayList<>(values.size());
    for (V v : values) {
      vs.add(Objects.requireNonNull(v, () -> expr.describe() + ".in(...) got a null value"));
    }
    return leaf(Lookup.IN, List.copyOf(vs));
  }

  /** {@code IS NULL} when {@code isNull}, else {@code IS NOT NULL}. */
  public final Q<R> isNull(boolean isNull) {
    return leaf(Lookup.IS_NULL, isNull);
  }

  /** Ascending order, Django's {@code order_by("field")}. */
  public final Order<R> asc() {
    return new Order<>(new OrderTerm(expr, false));
  }

  /** Descending order, Django's {@code order_by("-field")}. */
  public final Order<R> desc() {
    return new Order<>(new OrderTerm(expr, true));
  }

  /** {@code SET column = value}, for {@code QuerySet.update(...)}. */
  public final Assignment<R> set(V value) {
    if (!expr.path().isRoot() || expr.transform() != null) {
      throw new IllegalArgumentException("update() can only set columns of the model itself, not "
          + expr.describe());
    }
    return new Assignment<>(expr.field(), value);
  }

  @Override
  public final FieldMeta ownColumn() {
    if (!expr.path().isRoot() || expr.transform() != null) {
      throw new IllegalArgumentException("expected a column of the model itself, not " + expr.describe());
    }
    return expr.field();
  }

  @Override
  public String toString() {
    return expr.describe();
  }
}
