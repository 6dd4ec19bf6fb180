package dev.tether.internal.sql;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.Lookup;
import dev.tether.meta.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions to SQL inside a {@link Scope}: columns, bound values, arithmetic, aggregates,
 * functions, {@code CASE}, outer references and sub-queries (Django's {@code as_sql} of each
 * expression class), and comparisons of two expressions. Where databases differ it asks the dialect.
 */
final class ExprSql {
  private ExprSql() {}

  /** The SQL of {@code e} in scope {@code s}, its values added to the scope's parameters. */
  static String expression(Scope s, Expression e, int call, boolean vote) {
    if (e instanceof ColumnExpr c) {
      return s.column(c, call, vote);
    }
    if (e instanceof Expression.Value v) {
      return s.param(v.valueType(), v.value());
    }
    if (e instanceof Expression.Arith a) {
      String l = s.expression(a.lhs(), call, vote);
      String r = s.expression(a.rhs(), call, vote);
      SqlType t = a.valueType();
      return s.d.arithmetic(l, a.op(), r, t == SqlType.INT || t == SqlType.LONG || t == SqlType.SHORT);
    }
    if (e instanceof Expression.Agg g) {
      return aggregate(s, g);
    }
    if (e instanceof Expression.OuterRef o) {
      if (s.outer == null) {
        throw new IllegalArgumentException(o.describe() + " is used outside a sub-query");
      }
      List<Object> saved = s.outer.params;
      s.outer.params = s.params;
      try {
        return s.outer.expression(o.outer(), -1, false);
      } finally {
        s.outer.params = saved;
      }
    }
    if (e instanceof Expression.Subquery sq) {
      Sql sub = Select.nested(s.d, s, sq.query(), false);
      s.params.addAll(sub.params());
      return "(" + sub.text() + ")";
    }
    if (e instanceof Expression.Func f) {
      return function(s, f, call, vote);
    }
    if (e instanceof Expression.Case k) {
      StringBuilder b = new StringBuilder("CASE");
      for (Expression.When w : k.whens()) {
        b.append(" WHEN ").append(s.where(w.condition(), new Scope.Ctx(call, false, false)))
            .append(" THEN ").append(s.expression(w.result(), call, false));
      }
      return b.append(" ELSE ").append(s.expression(k.otherwise(), call, false)).append(" END").toString();
    }
    throw new IllegalArgumentException("Cannot compile " + e.describe());
  }

  /**
   * {@code FN([DISTINCT] arg)}; a filter becomes {@code CASE WHEN filter THEN arg END} inside, which
   * every database runs (Django's fallback where {@code FILTER (WHERE ...)} is missing). Joins for
   * the argument reuse those of earlier filter calls, as Django's annotations do.
   */
  private static String aggregate(Scope s, Expression.Agg g) {
    String fn = g.kind().name();
    String arg;
    if (g.filter() != null) {
      String cond = s.where(g.filter(), new Scope.Ctx(-1, false, false));
      String val = g.arg() == null ? "1" : s.expression(g.arg(), -1, false);
      arg = "CASE WHEN " + cond + " THEN " + val + " ELSE NULL END";
    } else {
      arg = g.arg() == null ? "*" : s.expression(g.arg(), -1, false);
    }
    return fn + "(" + (g.distinct() ? "DISTINCT " : "") + arg + ")";
  }

  private static String function(Scope s, Expression.Func f, int call, boolean vote) {
    List<String> args = new ArrayList<>();
    for (Expression a : f.args()) {
      args.add(s.expression(a, call, vote));
    }
    return switch (f.kind()) {
      case NOW -> s.d.now();
      case LOWER -> "LOWER(" + args.get(0) + ")";
      case UPPER -> "UPPER(" + args.get(0) + ")";
      case LENGTH -> s.d.length(args.get(0));
      case CONCAT -> s.d.concat(args);
      case COALESCE -> "COALESCE(" + String.join(", ", args) + ")";
      case CAST -> "CAST(" + args.get(0) + " AS " + s.d.castType(f.valueType()) + ")";
      case TRUNC_YEAR -> s.d.truncate("year", args.get(0), f.valueType());
      case TRUNC_MONTH -> s.d.truncate("month", args.get(0), f.valueType());
      case TRUNC_DAY -> s.d.truncate("day", args.get(0), f.valueType());
      default -> throw new IllegalArgumentException("Cannot compile " + f.describe());
    };
  }

  /** A comparison of two expressions (Django's {@code F()} on the right), or of an expression with a value. */
  static String compare(Scope s, Condition.Compare x, Scope.Ctx ctx) {
    boolean vote = ctx.conjunctive() && !ctx.negated() && x.lookup() != Lookup.IS_NULL;
    String lhs = s.expression(x.lhs(), ctx.call(), vote);
    String sql;
    if (x.rhs() instanceof Expression.Value v) {
      sql = s.predicate(lhs, x.lhs().valueType(), x.lookup(), v.value());
    } else {
      String op = switch (x.lookup()) {
        case EXACT -> " = ";
        case GT -> " > ";
        case GTE -> " >= ";
        case LT -> " < ";
        case LTE -> " <= ";
        default -> throw new IllegalArgumentException(x.lookup().javaName() + " cannot compare with an expression");
      };
      sql = lhs + op + s.expression(x.rhs(), ctx.call(), vote);
    }
    if (ctx.negated() && x.lookup() != Lookup.IS_NULL) {
      // two-valued logic, as Django: NOT keeps the rows where a nullable side is NULL
      StringBuilder b = new StringBuilder("(").append(sql);
      // Django's build_filter: the left side when it may be NULL (nullable or across a LEFT join),
      // the right side (an F()) when its field is nullable
      if (x.lhs() instanceof ColumnExpr c && c.nullable()) {
        b.append(" AND ").append(s.column(c, ctx.call(), false)).append(" IS NOT NULL");
      }
      if (x.rhs() instanceof ColumnExpr c && c.field().nullable()) {
        b.append(" AND ").append(s.column(c, ctx.call(), false)).append(" IS NOT NULL");
      }
      sql = b.append(')').toString();
    }
    return sql;
  }
}
