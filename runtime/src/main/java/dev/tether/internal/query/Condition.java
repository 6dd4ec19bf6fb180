package dev.tether.internal.query;

import java.util.List;

/** A node of a filter's condition tree, Django's {@code WhereNode}. */
public sealed interface Condition {

  /** {@code lhs <lookup> value}. */
  record Leaf(ColumnExpr lhs, Lookup lookup, Object value) implements Condition {}

  /**
   * {@code lhs <lookup> rhs} where either side is an expression other than a plain column with a
   * value: Django's {@code F()} comparisons and filters on annotations.
   */
  record Compare(Expression lhs, Lookup lookup, Expression rhs) implements Condition {}

  /** The query has a row (it may refer to the outer row): Django's {@code Exists(...)}. */
  record Exists(Query query) implements Condition {}

  /** Every child holds. */
  record And(List<Condition> children) implements Condition {
    public And {
      children = List.copyOf(children);
    }
  }

  /** At least one child holds. */
  record Or(List<Condition> children) implements Condition {
    public Or {
      children = List.copyOf(children);
    }
  }

  /** The child does not hold (two-valued: NULL counts as false inside). */
  record Not(Condition child) implements Condition {}

  /**
   * The row's composite key is one of {@code keys} (each a list of column values in
   * {@code columns} order): {@code (a, b) IN ((?, ?), ...)} where the dialect compares row values,
   * else an OR of ANDs. Django 5.2's {@code pk__in} on a {@code CompositePrimaryKey}.
   */
  record KeyIn(List<ColumnExpr> columns, List<List<Object>> keys) implements Condition {
    public KeyIn {
      columns = List.copyOf(columns);
      keys = List.copyOf(keys);
    }
  }

  /** Always true (an empty filter). */
  record True() implements Condition {}
}
