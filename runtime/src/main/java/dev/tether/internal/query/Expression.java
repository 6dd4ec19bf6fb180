package dev.tether.internal.query;

import dev.tether.meta.SqlType;
import java.util.List;

/**
 * A value computed per row (or per group) in SQL: a column, a bound constant, arithmetic, an
 * aggregate, a function or a {@code CASE}. Django's {@code Expression} tree ({@code F},
 * {@code Value}, {@code CombinedExpression}, {@code Aggregate}, {@code Func}, {@code Case}); the
 * compiler turns it into SQL text and bound values.
 */
public interface Expression {
  /** The type of the values, which decides how they are bound and read. */
  SqlType valueType();

  /** Whether an aggregate occurs in this expression (so a condition on it belongs in HAVING). */
  default boolean containsAggregate() {
    return false;
  }

  /** A readable form for messages and default aliases. */
  String describe();

  /** A constant, always sent as a bound parameter: Django's {@code Value}. */
  record Value(Object value, SqlType valueType) implements Expression {
    @Override
    public String describe() {
      return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }
  }

  /** {@code lhs op rhs} for {@code + - * /}: Django's {@code CombinedExpression}. */
  record Arith(Expression lhs, char op, Expression rhs, SqlType valueType) implements Expression {
    @Override
    public boolean containsAggregate() {
      return lhs.containsAggregate() || rhs.containsAggregate();
    }

    @Override
    public String describe() {
      return "(" + lhs.describe() + " " + op + " " + rhs.describe() + ")";
    }
  }

  /** The aggregate functions, Django's {@code Count}, {@code Sum}, {@code Avg}, {@code Min}, {@code Max}. */
  enum AggKind {
    COUNT, SUM, AVG, MIN, MAX
  }

  /**
   * {@code FN([DISTINCT] arg)} over the rows of a group, counting only rows where {@code filter}
   * holds when it is not null (Django's {@code filter=Q(...)}); {@code arg} null is {@code COUNT(*)}.
   */
  record Agg(AggKind kind, Expression arg, boolean distinct, Condition filter, SqlType valueType)
      implements Expression {
    @Override
    public boolean containsAggregate() {
      return true;
    }

    @Override
    public String describe() {
      String a = arg == null ? "*" : arg.describe();
      return a.replace('.', '_') + "__" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The functions of {@link Func}. */
  enum FuncKind {
    LOWER, UPPER, LENGTH, CONCAT, COALESCE, NOW, CAST, TRUNC_YEAR, TRUNC_MONTH, TRUNC_DAY
  }

  /** A database function: Django's {@code Lower}, {@code Coalesce}, {@code Cast}, {@code TruncMonth}... */
  record Func(FuncKind kind, List<Expression> args, SqlType valueType) implements Expression {
    public Func {
      args = List.copyOf(args);
    }

    @Override
    public boolean containsAggregate() {
      return args.stream().anyMatch(Expression::containsAggregate);
    }

    @Override
    public String describe() {
      StringBuilder b = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT)).append('(');
      for (int i = 0; i < args.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(args.get(i).describe());
      }
      return b.append(')').toString();
    }
  }

  /**
   * A value of the row of the enclosing query, used inside a sub-query: Django's {@code OuterRef}.
   */
  record OuterRef(Expression outer) implements Expression {
    @Override
    public SqlType valueType() {
      return outer.valueType();
    }

    @Override
    public String describe() {
      return "outer(" + outer.describe() + ")";
    }
  }

  /**
   * The single value of a one-column sub-query (its first row), Django's {@code Subquery}; NULL
   * when it has no row.
   */
  record Subquery(Query query) implements Expression {
    @Override
    public SqlType valueType() {
      return query.projection().get(0).valueType();
    }

    @Override
    public String describe() {
      return "subquery(" + query.model().name() + ")";
    }
  }

  /** One {@code WHEN condition THEN result} of a {@link Case}. */
  record When(Condition condition, Expression result) {}

  /** {@code CASE WHEN ... THEN ... ELSE otherwise END}: Django's {@code Case(When(...), default=...)}. */
  record Case(List<When> whens, Expression otherwise, SqlType valueType) implements Expression {
    public Case {
      whens = List.copyOf(whens);
    }

    @Override
    public boolean containsAggregate() {
      return whens.stream().anyMatch(w -> w.result().containsAggregate()) || otherwise.containsAggregate();
    }

    @Override
    public String describe() {
      return "case";
    }
  }
}
