package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.Expression;
import dev.tether.meta.SqlType;

/** Builds aggregate expressions; package helper of the expression types. */
final class Aggregates {
  private Aggregates() {}

  static <R, V extends Number> NumberExpr<R, V> agg(Expr<R, ?> arg, Expression.AggKind kind, boolean distinct,
      Q<R> filter, SqlType type) {
    return new NumberExpr<>(node(arg.node(), kind, distinct, filter, type));
  }

  static Expression.Agg node(Expression arg, Expression.AggKind kind, boolean distinct, Q<?> filter, SqlType type) {
    return new Expression.Agg(kind, arg, distinct, filter == null ? null : filter.condition(), type);
  }
}
