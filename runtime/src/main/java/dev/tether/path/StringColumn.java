package dev.tether.path;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;

/**
 * A text column: {@code Article_.headline}. Its lookups and functions are those of {@link StringExpr}.
 *
 * @param <R> the model being filtered
 */
public class StringColumn<R> extends StringExpr<R> implements FieldPath<R> {
  /** For generated code. */
  public StringColumn(PathNode path, FieldMeta field) {
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
