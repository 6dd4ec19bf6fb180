package dev.tether.path;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;

/**
 * A numeric column: {@code Article_.views}; arithmetic and {@code sum}/{@code avg} come from
 * {@link NumberExpr}.
 *
 * @param <R> the model being filtered
 * @param <V> the column's Java type
 */
public class NumberColumn<R, V extends Number> extends NumberExpr<R, V> implements FieldPath<R> {
  /** For generated code. */
  public NumberColumn(PathNode path, FieldMeta field) {
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
