package dev.tether.internal.sql;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Expression;
import dev.tether.meta.Choices;
import dev.tether.meta.RowReader;
import dev.tether.meta.SqlType;

/** Reads the value of one selected expression (a projection's or an annotation's) from a row. */
public final class ExprValues {
  private ExprValues() {}

  /** The next column's value as {@code e}'s type: an enum column's constant through its choices. */
  public static Object read(RowReader r, Expression e) {
    if (e.valueType() == SqlType.ENUM) {
      Choices<?> c = choices(e);
      if (c == null) {
        throw new IllegalArgumentException(e.describe() + " is an enum whose choices are unknown: recompile its model");
      }
      return r.getChoice(c);
    }
    return r.getValue(e);
  }

  /** The choices of an enum expression: a column's, or those of the column a MIN, MAX or COALESCE reads. */
  private static Choices<?> choices(Expression e) {
    if (e instanceof ColumnExpr c) {
      return c.field().choices();
    }
    if (e instanceof Expression.Agg g && g.arg() != null) {
      return choices(g.arg());
    }
    if (e instanceof Expression.Func f && !f.args().isEmpty()) {
      return choices(f.args().get(0));
    }
    if (e instanceof Expression.Subquery s) {
      return choices(s.query().projection().get(0));
    }
    return null;
  }
}
