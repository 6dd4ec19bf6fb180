package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.OrderTerm;
import dev.tether.meta.SqlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed value computed for each row of model {@code R}: a column ({@code Article_.headline}), a
 * column across relations ({@code Article_.reporter().hiredOn}), arithmetic
 * ({@code Article_.views.plus(1)}), an aggregate ({@code Reporter_.article().count()}) or a function
 * ({@code Article_.headline.lower()}). Django's {@code F()} and expressions; everything that filters,
 * orders, updates and annotates takes one, and the type parameters make a wrong mix (a date against a
 * number, the sum of a string) a compile error.
 *
 * @param <R> the model the expression is evaluated on
 * @param <V> the Java type of its values
 */
public abstract class Expr<R, V> {
  private final Expression node;

  Expr(Expression node) {
    this.node = Objects.requireNonNull(node);
  }

  /** The expression tree, for the query layer. */
  public final Expression node() {
    return node;
  }

  final Q<R> leaf(Lookup lookup, Object value) {
    if (node instanceof ColumnExpr c) {
      return Q.of(new Condition.Leaf(c, lookup, value));
    }
    return Q.of(new Condition.Compare(node, lookup, new Expression.Value(value, node.valueType())));
  }

  final Q<R> compare(Lookup lookup, Expr<R, ?> other) {
    return Q.of(new Condition.Compare(node, lookup, Objects.requireNonNull(other, "expression").node));
  }

  final Expression.Value value(Object v) {
    return new Expression.Value(v, node.valueType());
  }

  /** {@code = value}; {@code eq(null)} with a null-valued variable is {@code isNull(true)}, as Django's {@code field=None}. */
  public final Q<R> eq(V value) {
    return value == null ? isNull(true) : leaf(Lookup.EXACT, value);
  }

  /** {@code = other} for each row: Django's {@code filter(field=F("other"))}. */
  public final Q<R> eq(Expr<R, V> other) {
    return compare(Lookup.EXACT, other);
  }

  /** Not equal: {@code eq(value).not()}, so rows where the value is NULL match too. */
  public final Q<R> ne(V value) {
    return eq(value).not();
  }

  /** Not equal to {@code other}: {@code eq(other).not()}. */
  public final Q<R> ne(Expr<R, V> other) {
    return eq(other).not();
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
      vs.add(Objects.requireNonNull(v, () -> node.describe() + ".in(...) got a null value"));
    }
    return leaf(Lookup.IN, List.copyOf(vs));
  }

  /** {@code IS NULL} when {@code isNull}, else {@code IS NOT NULL}. */
  public final Q<R> isNull(boolean isNull) {
    return leaf(Lookup.IS_NULL, isNull);
  }

  /** Ascending order, Django's {@code order_by("field")} or {@code F("field").asc()}. */
  public final Order<R> asc() {
    return new Order<>(new OrderTerm(node, false));
  }

  /** Descending order, Django's {@code order_by("-field")} or {@code F("field").desc()}. */
  public final Order<R> desc() {
    return new Order<>(new OrderTerm(node, true));
  }

  /**
   * {@code SET column = value}, for {@code QuerySet.update(...)}. Only for a column of the model
   * being updated.
   */
  public final Assignment<R> set(V value) {
    return new Assignment<>(ownColumn().field(), value);
  }

  /**
   * {@code SET column = expression}, computed by the database for each row, so concurrent updates
   * lose nothing: {@code update(Article_.views.set(Article_.views.plus(1)))}, Django's
   * {@code update(views=F("views") + 1)}. The expression may use only the model's own columns.
   */
  public final Assignment<R> set(Expr<R, V> expression) {
    return new Assignment<>(ownColumn().field(), Objects.requireNonNull(expression, "set(expression)").node);
  }

  /** {@code SET column = NULL}. */
  public final Assignment<R> setNull() {
    return new Assignment<>(ownColumn().field(), null);
  }

  private ColumnExpr ownColumn() {
    if (!(node instanceof ColumnExpr c) || !c.path().isRoot() || c.transform() != null) {
      throw new IllegalArgumentException("update() can only set columns of the model itself, not "
          + node.describe());
    }
    return c;
  }

  /** The number of rows where the value is not NULL: Django's {@code Count("field")}. */
  public final NumberExpr<R, Long> count() {
    return Aggregates.agg(this, Expression.AggKind.COUNT, false, null, SqlType.LONG);
  }

  /** {@link #count()} of the rows where {@code filter} holds: {@code Count("field", filter=Q(...))}. */
  public final NumberExpr<R, Long> count(Q<R> filter) {
    return Aggregates.agg(this, Expression.AggKind.COUNT, false, filter, SqlType.LONG);
  }

  /** The number of distinct non-NULL values: {@code Count("field", distinct=True)}. */
  public final NumberExpr<R, Long> countDistinct() {
    return Aggregates.agg(this, Expression.AggKind.COUNT, true, null, SqlType.LONG);
  }

  /** {@link #countDistinct()} of the rows where {@code filter} holds. */
  public final NumberExpr<R, Long> countDistinct(Q<R> filter) {
    return Aggregates.agg(this, Expression.AggKind.COUNT, true, filter, SqlType.LONG);
  }

  /**
   * This value of the row of the enclosing query, for use inside a sub-query ({@code Q.exists},
   * {@code Values.subquery()}): Django's {@code OuterRef("field")}. {@code S} is the sub-query's model.
   */
  public final <S> ComparableExpr<S, V> outer() {
    return new ComparableExpr<>(new Expression.OuterRef(node));
  }

  /**
   * This expression's value as stored on {@code object} by {@code annotate(...)}:
   * {@code articles.of(reporter)}, Django's {@code reporter.articles}.
   *
   * @throws IllegalStateException when the object was not read by a query annotating this expression
   */
  @SuppressWarnings("unchecked")
  public final V of(R object) {
    return (V) Annotations.read(object, node);
  }

  @Override
  public String toString() {
    return node.describe();
  }
}
