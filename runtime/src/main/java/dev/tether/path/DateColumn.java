package dev.tether.path;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;

/**
 * A date or date-time column: {@code Article_.pubDate}; see {@link DateExpr}.
 *
 * @param <R> the model being filtered
 * @param <V> the column's Java type
 */
public class DateColumn<R, V> extends DateExpr<R, V> implements FieldPath<R> {
  /** For generated code. */
  public DateColumn(PathNode path, FieldMeta field) {
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
