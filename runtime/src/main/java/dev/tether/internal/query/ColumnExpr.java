package dev.tether.internal.query;

import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;

/**
 * A column reached by a path, optionally transformed ({@code year}, {@code month}, ...): the
 * left-hand side of a lookup or an ordering term.
 */
public record ColumnExpr(PathNode path, FieldMeta field, String transform) implements Expression {
  public ColumnExpr(PathNode path, FieldMeta field) {
    this(path, field, null);
  }

  /** The same column through a date-part transform. */
  public ColumnExpr transformed(String part) {
    return new ColumnExpr(path, field, part);
  }

  /** The type of the expression's values: the column's, or an integer for a date part. */
  @Override
  public SqlType valueType() {
    return transform == null ? field.type() : SqlType.INT;
  }

  /** Whether the expression can be NULL for a row that exists. */
  public boolean nullable() {
    return field.nullable() || path.steps().stream().anyMatch(n -> n.hop().mayBeMissing());
  }

  /** {@code reporter.firstName}, {@code pubDate.year}. */
  @Override
  public String describe() {
    String p = path.describe();
    String s = p.isEmpty() ? field.name() : p + "." + field.name();
    return transform == null ? s : s + "." + transform;
  }
}
