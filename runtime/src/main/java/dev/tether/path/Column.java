package dev.tether.path;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;

/**
 * A column reached from model {@code R}, possibly across relations: {@code Article_.isActive},
 * {@code Article_.reporter().id}. Its methods (Django's field lookups) are those of {@link Expr}.
 *
 * @param <R> the model being filtered
 * @param <V> the column's Java type
 */
public class Column<R, V> extends Expr<R, V> implements FieldPath<R> {
  /** For generated code. */
  public Column(PathNode path, FieldMeta field) {
    super(new ColumnExpr(path, field));
  }

  /** The column expression, for the query layer. */
  public final ColumnExpr expr() {
    return (ColumnExpr) node();
  }

  @Override
  public final FieldMeta ownColumn() {
    return own(expr());
  }

  /** The field {@code expr} reads, when it is a column of the model itself (every column type's {@code ownColumn()}). */
  static FieldMeta own(ColumnExpr expr) {
    if (!expr.path().isRoot() || expr.transform() != null) {
      throw new IllegalArgumentException("expected a column of the model itself, not " + expr.describe());
    }
    return expr.field();
  }
}
