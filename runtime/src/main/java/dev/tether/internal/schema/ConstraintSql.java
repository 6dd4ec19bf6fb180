package dev.tether.internal.schema;

import dev.tether.internal.dialect.Dialect;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.TableConstraint;
import dev.tether.meta.TableConstraint.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The DDL of {@code @Unique}, {@code @Index} and {@code @Check}: Django's
 * {@code UniqueConstraint}/{@code CheckConstraint} {@code constraint_sql}, {@code create_sql},
 * {@code remove_sql} and {@code Index.create_sql}. A check and a unique constraint without
 * condition are written inside CREATE TABLE ({@code CONSTRAINT name CHECK (...)},
 * {@code CONSTRAINT name UNIQUE (...)}); a unique constraint with a condition is a partial
 * {@code CREATE UNIQUE INDEX ... WHERE}, and on SQLite every unique constraint is a unique index.
 * Where the dialect has no partial indexes (MariaDB) a declaration with a condition is left out and
 * a warning logged, as Django does on MySQL.
 */
public final class ConstraintSql {
  private static final System.Logger LOG = System.getLogger("dev.tether.migrations");

  private ConstraintSql() {}

  /** The clause inside CREATE TABLE, or null when the declaration is created after the table. */
  public static String inline(Dialect d, TableConstraint c, Function<String, FieldMeta> fields) {
    if (c.kind() == Kind.CHECK) {
      return "CONSTRAINT " + d.quote(c.name()) + " CHECK (" + Condition.sql(d, c.condition(), fields) + ")";
    }
    if (c.kind() == Kind.UNIQUE && c.condition() == null && !d.uniqueConstraintsAsIndexes()) {
      return "CONSTRAINT " + d.quote(c.name()) + " UNIQUE " + columns(d, c, fields);
    }
    return null;
  }

  /** The statements creating it once the table exists (none when it is inline or left out). */
  public static List<String> afterCreate(Dialect d, String table, TableConstraint c,
      Function<String, FieldMeta> fields) {
    if (c.kind() == Kind.CHECK || inline(d, c, fields) != null || skipped(d, table, c)) {
      return List.of();
    }
    String sql = "CREATE " + (c.kind() == Kind.UNIQUE ? "UNIQUE " : "") + "INDEX " + d.quote(c.name()) + " ON "
        + d.quote(table) + " " + columns(d, c, fields);
    if (c.condition() != null) {
      sql += " WHERE " + Condition.sql(d, c.condition(), fields);
    }
    return List.of(sql);
  }

  /**
   * The statements adding it to an existing table, or null when the dialect cannot (a check on
   * SQLite): the table is then rebuilt.
   */
  public static List<String> add(Dialect d, String table, TableConstraint c, Function<String, FieldMeta> fields) {
    String clause = inline(d, c, fields);
    if (clause == null) {
      return afterCreate(d, table, c, fields);
    }
    if (!d.canAlterColumns()) {
      return null;
    }
    return List.of("ALTER TABLE " + d.quote(table) + " ADD " + clause);
  }

  /** The statements dropping it, or null when the table must be rebuilt instead (a check on SQLite). */
  public static List<String> drop(Dialect d, String table, TableConstraint c, Function<String, FieldMeta> fields) {
    if (c.kind() == Kind.CHECK) {
      return d.canAlterColumns() ? List.of(d.dropConstraint(table, c.name(), false)) : null;
    }
    if (inline(d, c, fields) != null) {
      return List.of(d.dropConstraint(table, c.name(), true));
    }
    if (c.condition() != null && !d.supportsPartialIndexes()) {
      return List.of();
    }
    return List.of(d.dropIndex(table, c.name()));
  }

  /** Whether the dialect leaves it out (a condition where there are no partial indexes); logs why. */
  private static boolean skipped(Dialect d, String table, TableConstraint c) {
    if (c.condition() == null || d.supportsPartialIndexes()) {
      return false;
    }
    LOG.log(System.Logger.Level.WARNING, "{0} {1} on table {2} has a condition and is not created: this database"
        + " has no partial indexes (Django skips it on MySQL the same way)", c.isIndex() ? "Index" : "Unique constraint",
        c.name(), table);
    return true;
  }

  private static String columns(Dialect d, TableConstraint c, Function<String, FieldMeta> fields) {
    List<String> out = new ArrayList<>();
    for (String f : c.fields()) {
      boolean desc = f.startsWith("-");
      String name = desc ? f.substring(1) : f;
      FieldMeta m = fields.apply(name);
      if (m == null) {
        throw new IllegalArgumentException(c.name() + " names " + name + ", which is not a field of the table");
      }
      out.add(d.quote(m.column()) + (desc ? " DESC" : ""));
    }
    return "(" + String.join(", ", out) + ")";
  }
}
