package dev.tether.internal.schema;

import dev.tether.meta.FieldMeta;
import dev.tether.meta.TableConstraint;
import java.util.List;

/**
 * A table as DDL sees it: columns in order (with the table and column each foreign key
 * references) and column groups that are unique together. Migrations build it from their project
 * state, so DDL never needs the models the application compiled.
 *
 * @param uniqueTogether column names that are unique together (a join table's key pair)
 * @param constraints the model's {@code @Unique}, {@code @Index} and {@code @Check} declarations
 */
public record Table(String name, List<Column> columns, List<List<String>> uniqueTogether,
    List<TableConstraint> constraints) {
  public Table {
    columns = List.copyOf(columns);
    uniqueTogether = List.copyOf(uniqueTogether);
    constraints = List.copyOf(constraints);
  }

  /** A table without {@code @Unique}, {@code @Index} or {@code @Check} declarations. */
  public Table(String name, List<Column> columns, List<List<String>> uniqueTogether) {
    this(name, columns, uniqueTogether, List.of());
  }

  /** The column of Java field {@code field}, or null: how declarations and conditions find their columns. */
  public FieldMeta field(String field) {
    for (Column c : columns) {
      if (c.field().name().equals(field)) {
        return c.field();
      }
    }
    return null;
  }

  /** The same table with these declarations. */
  public Table withConstraints(List<TableConstraint> list) {
    return new Table(name, columns, uniqueTogether, list);
  }

  /**
   * One column: its field (type, length, nullability, default, unique, index, key) and, for a
   * foreign key, the table and column it references.
   */
  public record Column(FieldMeta field, String refTable, String refColumn) {
    public String name() {
      return field.column();
    }

    public boolean references() {
      return refTable != null;
    }

    /** Whether the column has its own CREATE INDEX: indexed, neither unique nor the key. */
    public boolean hasIndex() {
      return field.indexed() && !field.unique() && !field.primaryKey();
    }

    public Column withField(FieldMeta f) {
      return new Column(f, refTable, refColumn);
    }
  }

  /** The primary key's column names in table order: several for a composite key. */
  public List<String> keyColumns() {
    return columns.stream().filter(c -> c.field().primaryKey()).map(Column::name).toList();
  }

  /** The column named {@code column}; throws when there is none. */
  public Column column(String column) {
    for (Column c : columns) {
      if (c.name().equals(column)) {
        return c;
      }
    }
    throw new IllegalArgumentException("table " + name + " has no column " + column);
  }

  /** Whether the table has a column named {@code column}. */
  public boolean has(String column) {
    return columns.stream().anyMatch(c -> c.name().equals(column));
  }

  /** The same table under another name. */
  public Table named(String newName) {
    return new Table(newName, columns, uniqueTogether, constraints);
  }
}
