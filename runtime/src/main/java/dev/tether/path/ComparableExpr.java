package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.Lookup;
import java.util.List;
import java.util.Objects;

/**
 * An expression with an order (numbers, dates, text): adds {@code gt}, {@code gte}, {@code lt},
 * {@code lte}, {@code between}, and the aggregates {@code min}/{@code max}.
 *
 * @param <R> the model the expression is evaluated on
 * @param <V> the Java type of its values
 */
public class ComparableExpr<R, V> extends Expr<R, V> {
  ComparableExpr(Expression node) {
    super(node);
  }

  /** An expression over a node built by Tether's internals (sub-queries); not for users. */
  public static <R, V> ComparableExpr<R, V> wrap(Expression node) {
    return new ComparableExpr<>(node);
  }

  /** {@code > value}. */
  public final Q<R> gt(V value) {
    return leaf(Lookup.GT, Objects.requireNonNull(value, "gt(null)"));
  }

  /** {@code > other} for each row: Django's {@code filter(field__gt=F("other"))}. */
  public final Q<R> gt(Expr<R, V> other) {
    return compare(Lookup.GT, other);
  }

  /** {@code >= value}. */
  public final Q<R> gte(V value) {
    return leaf(Lookup.GTE, Objects.requireNonNull(value, "gte(null)"));
  }

  /** {@code >= other} for each row. */
  public final Q<R> gte(Expr<R, V> other) {
    return compare(Lookup.GTE, other);
  }

  /** {@code < value}. */
  public final Q<R> lt(V value) {
    return leaf(Lookup.LT, Objects.requireNonNull(value, "lt(null)"));
  }

  /** {@code < other} for each row. */
  public final Q<R> lt(Expr<R, V> other) {
    return compare(Lookup.LT, other);
  }

  /** {@code <= value}. */
  public final Q<R> lte(V value) {
    return leaf(Lookup.LTE, Objects.requireNonNull(value, "lte(null)"));
  }

  /** {@code <= other} for each row. */
  public final Q<R> lte(Expr<R, V> other) {
    return compare(Lookup.LTE, other);
  }

  /** {@code BETWEEN low AND high}, both ends included: Django's {@code __range}. */
  public final Q<R> between(V low, V high) {
    return leaf(Lookup.RANGE, List.of(Objects.requireNonNull(low, "between(null, ...)"),
        Objects.requireNonNull(high, "between(..., null)")));
  }

  /** The smallest value of a group, NULL when it has none: Django's {@code Min}. */
  public ComparableExpr<R, V> min() {
    return new ComparableExpr<>(aggNode(Expression.AggKind.MIN, null));
  }

  /** {@link #min()} over the rows where {@code filter} holds. */
  public ComparableExpr<R, V> min(Q<R> filter) {
    return new ComparableExpr<>(aggNode(Expression.AggKind.MIN, filter));
  }

  /** The largest value of a group, NULL when it has none: Django's {@code Max}. */
  public ComparableExpr<R, V> max() {
    return new ComparableExpr<>(aggNode(Expression.AggKind.MAX, null));
  }

  /** {@link #max()} over the rows where {@code filter} holds. */
  public ComparableExpr<R, V> max(Q<R> filter) {
    return new ComparableExpr<>(aggNode(Expression.AggKind.MAX, filter));
  }

  final Expression.Agg aggNode(Expression.AggKind kind, Q<R> filter) {
    return Aggregates.node(node(), kind, false, filter, node().valueType());
  }
}
