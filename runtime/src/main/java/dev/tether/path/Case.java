package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code CASE WHEN ... THEN ... ELSE ... END}, Django's {@code Case(When(q, then=v), default=d)}:
 * {@code Case.when(Book_.rating.gte(4.5), 1).otherwise(0)} is a {@code NumberExpr<Book, Integer>}, so
 * it can be summed; with other values it is a {@link ComparableExpr}. Every branch has the first
 * branch's type.
 */
public final class Case {
  private Case() {}

  /** A case with numeric results. */
  public static <R, N extends Number> Numbers<R, N> when(Q<R> condition, N then) {
    return new Numbers<>(start(condition, then));
  }

  /** A case with results of any type (text, dates...). */
  public static <R, V> Branches<R, V> when(Q<R> condition, V then) {
    return new Branches<>(start(condition, then));
  }

  private static List<Expression.When> start(Q<?> condition, Object then) {
    List<Expression.When> ws = new ArrayList<>();
    ws.add(new Expression.When(condition.condition(), value(then)));
    return ws;
  }

  private static Expression.Value value(Object v) {
    Objects.requireNonNull(v, "then(null)");
    return new Expression.Value(v, dev.tether.internal.query.ValueTypes.of(v));
  }

  /**
   * A case with results of type {@code V}.
   *
   * @param <R> the model the conditions are on
   * @param <V> the type of the results
   */
  public static final class Branches<R, V> {
    private final List<Expression.When> whens;

    Branches(List<Expression.When> whens) {
      this.whens = whens;
    }

    List<Expression.When> plus(Q<R> condition, Expression then) {
      List<Expression.When> ws = new ArrayList<>(whens);
      ws.add(new Expression.When(condition.condition(), then));
      return ws;
    }

    /** Another branch, tried after the earlier ones. */
    public Branches<R, V> when(Q<R> condition, V then) {
      return new Branches<>(plus(condition, value(then)));
    }

    /** Another branch whose result is an expression. */
    public Branches<R, V> when(Q<R> condition, Expr<R, V> then) {
      return new Branches<>(plus(condition, then.node()));
    }

    /** The result when no branch holds. */
    public ComparableExpr<R, V> otherwise(V value) {
      return new ComparableExpr<>(new Expression.Case(whens, value(value), whens.get(0).result().valueType()));
    }
  }

  /**
   * A case with numeric results.
   *
   * @param <R> the model the conditions are on
   * @param <N> the type of the results
   */
  public static final class Numbers<R, N extends Number> {
    private final List<Expression.When> whens;

    Numbers(List<Expression.When> whens) {
      this.whens = whens;
    }

    /** Another branch, tried after the earlier ones. */
    public Numbers<R, N> when(Q<R> condition, N then) {
      List<Expression.When> ws = new ArrayList<>(whens);
      ws.add(new Expression.When(condition.condition(), value(then)));
      return new Numbers<>(ws);
    }

    /** Another branch whose result is an expression. */
    public Numbers<R, N> when(Q<R> condition, Expr<R, N> then) {
      List<Expression.When> ws = new ArrayList<>(whens);
      ws.add(new Expression.When(condition.condition(), then.node()));
      return new Numbers<>(ws);
    }

    /** The result when no branch holds. */
    public NumberExpr<R, N> otherwise(N value) {
      return new NumberExpr<>(new Expression.Case(whens, value(value), whens.get(0).result().valueType()));
    }
  }
}
