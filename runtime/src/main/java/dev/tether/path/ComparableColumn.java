package dev.tether.path;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;

/**
 * A column with an order that is neither a number, a date nor text; see {@link ComparableExpr}.
 *
 * @param <R> the model being filtered
 * @param <V> the column's Java type
 */
public class ComparableColumn<R, V> extends ComparableExpr<R, V> implements FieldPath<R> {
  /** For generated code. */
  public ComparableColumn(PathNode path, FieldMeta field) {
    super(new ColumnExpr(path, field));
  }

  /** The column expression, for the query layer. */
  public final ColumnExpr expr() {
    return (ColumnExpr) node();
  }

  @Override
  public final FieldMeta ownColumn() {
    return Column.own(expr());
  }
}
