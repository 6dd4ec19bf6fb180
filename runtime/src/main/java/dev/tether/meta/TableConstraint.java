package dev.tether.meta;

import java.util.List;
import java.util.Objects;

/**
 * One constraint or index a model declares over its fields: {@code @Unique}, {@code @Index} or
 * {@code @Check}, as Django's {@code Meta.constraints} ({@code UniqueConstraint},
 * {@code CheckConstraint}) and {@code Meta.indexes} ({@code Index}). Generated metadata lists them
 * ({@link ModelMeta#constraints()}); migrations record them.
 *
 * @param kind unique constraint, index or check
 * @param name the name in the database (never empty: an index's generated name is filled in by the processor)
 * @param fields Java field names; for an index, {@code -} before a field for descending; empty for a check
 * @param condition the condition, in Tether's condition language as the processor normalised it;
 *     null for none (a check always has one)
 */
public record TableConstraint(Kind kind, String name, List<String> fields, String condition) {
  /** What the declaration is. */
  public enum Kind {
    /** {@code @Unique}: Django's {@code UniqueConstraint}. */
    UNIQUE,
    /** {@code @Index}: Django's {@code Index}. */
    INDEX,
    /** {@code @Check}: Django's {@code CheckConstraint}. */
    CHECK
  }

  public TableConstraint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    fields = List.copyOf(fields);
    if (condition != null && condition.isEmpty()) {
      condition = null;
    }
  }

  /** A {@code @Unique}: {@code condition} null or empty for every row. */
  public static TableConstraint unique(String name, String condition, String... fields) {
    return new TableConstraint(Kind.UNIQUE, name, List.of(fields), condition);
  }

  /** An {@code @Index}: {@code condition} null or empty for every row. */
  public static TableConstraint index(String name, String condition, String... fields) {
    return new TableConstraint(Kind.INDEX, name, List.of(fields), condition);
  }

  /** A {@code @Check}. */
  public static TableConstraint check(String name, String condition) {
    return new TableConstraint(Kind.CHECK, name, List.of(), Objects.requireNonNull(condition, "condition"));
  }

  /** Whether it is an index in the database rather than a constraint (Django's AddIndex/AddConstraint). */
  public boolean isIndex() {
    return kind == Kind.INDEX;
  }

  /** The field names without the {@code -} of descending order. */
  public List<String> fieldNames() {
    return fields.stream().map(f -> f.startsWith("-") ? f.substring(1) : f).toList();
  }

  /**
   * The name of the {@code @Unique} of a registered model on table {@code table} over exactly
   * these columns (in any order), or null: for SQLite, whose UNIQUE errors name the columns
   * ({@code UNIQUE constraint failed: article.reporter_id, article.slug}) but not the index.
   */
  public static String uniqueNamed(String table, java.util.Collection<String> columns) {
    java.util.Set<String> wanted = new java.util.HashSet<>(columns);
    for (ModelMeta<?> m : Registries.models()) {
      if (!m.table().equals(table)) {
        continue;
      }
      for (TableConstraint c : m.constraints()) {
        if (c.kind() != Kind.UNIQUE || c.fields().size() != wanted.size()) {
          continue;
        }
        java.util.Set<String> cols = new java.util.HashSet<>();
        for (String f : c.fieldNames()) {
          FieldMeta fm = m.field(f);
          if (fm != null) {
            cols.add(fm.column());
          }
        }
        if (cols.equals(wanted)) {
          return c.name();
        }
      }
    }
    return null;
  }
}
