package dev.tether.internal.schema;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.jdbc.Engine;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the DDL of models: tables with their types, NOT NULL, UNIQUE, defaults, what the dialect
 * needs to keep generated keys ahead of chosen ones, then the foreign key constraints (inside
 * CREATE TABLE on SQLite, which cannot add them later; once every table exists elsewhere), then
 * one index per indexed or foreign key column. Django's {@code BaseDatabaseSchemaEditor}. Only
 * missing tables are created.
 */
public final class SchemaEditor {
  private SchemaEditor() {}

  /** Creates the missing tables of {@code models} (and of their join tables), with constraints and indexes. */
  public static void createTables(Engine engine, List<? extends ModelMeta<?>> models) {
    Map<String, ModelMeta<?>> byTable = new LinkedHashMap<>();
    for (ModelMeta<?> m : withJoinTables(models)) {
      ModelMeta<?> prev = byTable.putIfAbsent(m.table(), m);
      if (prev != null && prev != m) {
        throw new IllegalStateException("models " + prev.name() + " and " + m.name()
            + " both map to table " + m.table());
      }
    }
    engine.atomic(() -> {
      Set<String> existing = engine.withConnection(SchemaEditor::tables, "list tables");
      List<ModelMeta<?>> missing = new ArrayList<>();
      for (ModelMeta<?> m : byTable.values()) {
        if (!existing.contains(m.table())) {
          missing.add(m);
        }
      }
      for (String ddl : ddl(engine.dialect(), missing)) {
        engine.execute(ddl);
      }
      return null;
    });
  }

  static List<ModelMeta<?>> withJoinTables(List<? extends ModelMeta<?>> models) {
    List<ModelMeta<?>> all = new ArrayList<>();
    for (ModelMeta<?> m : models) {
      all.add(m);
      for (var m2m : m.manyToMany()) {
        if (m2m.autoCreated()) { // a through model of the application is a model of its own
          all.add(m2m.through());
        }
      }
    }
    return all;
  }

  private static Set<String> tables(Connection c) throws java.sql.SQLException {
    Set<String> out = new HashSet<>();
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }

  /**
   * The statements creating {@code models}: tables, what the dialect adds to generated keys, then
   * foreign keys (where added later), then indexes.
   */
  public static List<String> ddl(Dialect d, List<? extends ModelMeta<?>> models) {
    List<String> tables = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>(); // a dialect's shared function is created once
    List<String> constraints = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    for (ModelMeta<?> m : models) {
      tables.add(createTable(d, m));
      if (!m.hasCompositeKey() && m.pk().autoIncrement()) {
        keys.addAll(d.autoKeyStatements(m.table(), m.pk()));
      }
      for (FieldMeta f : m.fields()) {
        if (f.foreignKey() != null && !d.inlineForeignKeys()) {
          constraints.add("ALTER TABLE " + d.quote(m.table()) + " ADD CONSTRAINT "
              + d.quote(name(m.table(), f.column(), "fk")) + " FOREIGN KEY (" + d.quote(f.column()) + ")"
              + references(d, f));
        }
        if (f.indexed() && !f.unique() && !f.primaryKey()) {
          indexes.add("CREATE INDEX " + d.quote(name(m.table(), f.column(), "idx")) + " ON "
              + d.quote(m.table()) + " (" + d.quote(f.column()) + ")");
        }
      }
      for (dev.tether.meta.TableConstraint c : m.constraints()) {
        indexes.addAll(ConstraintSql.afterCreate(d, m.table(), c, m::field));
      }
    }
    tables.addAll(keys);
    tables.addAll(constraints);
    tables.addAll(indexes);
    return tables;
  }

  /** A constraint or index name within the 63 characters PostgreSQL allows. */
  static String name(String table, String column, String suffix) {
    String n = table + "_" + column + "_" + suffix;
    if (n.length() <= 63) {
      return n;
    }
    String hash = Integer.toHexString(n.hashCode());
    return n.substring(0, 63 - hash.length() - 1) + "_" + hash;
  }

  /**
   * {@code CONSTRAINT "article_status_check" CHECK ("status" IN ('d', 'p'))}: the values an enum
   * column may hold, as a table constraint; null for a column without choices. The values come from
   * the compiled enum (or a migration's record of it), written as literals as Django writes its
   * checks: DDL takes no parameters.
   */
  public static String choicesCheck(Dialect d, String table, FieldMeta f) {
    if (f.choices() == null || f.choices().values().isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder("CONSTRAINT ").append(d.quote(checkName(table, f.column()))).append(" CHECK (")
        .append(d.quote(f.column())).append(" IN (");
    int i = 0;
    for (Object v : f.choices().values()) {
      b.append(i++ == 0 ? "" : ", ").append(v instanceof Number n ? String.valueOf(n.longValue()) : d.literal((String) v));
    }
    return b.append("))").toString();
  }

  /** The name of an enum column's CHECK constraint (Django's {@code %(table)s_%(column)s_check}). */
  public static String checkName(String table, String column) {
    return name(table, column, "check");
  }

  private static String references(Dialect d, FieldMeta f) {
    ModelMeta<?> t = f.foreignKey().target();
    return " REFERENCES " + d.quote(t.table()) + " (" + d.quote(f.foreignKey().targetField().column()) + ")"
        + d.foreignKeySuffix();
  }

  static String createTable(Dialect d, ModelMeta<?> m) {
    StringBuilder b = new StringBuilder("CREATE TABLE ").append(d.quote(m.table())).append(" (");
    boolean first = true;
    boolean composite = m.hasCompositeKey();
    for (FieldMeta f : m.fields()) {
      if (!first) {
        b.append(", ");
      }
      first = false;
      if (f.primaryKey() && f.autoIncrement()) {
        b.append(d.autoKeyDefinition(f));
        continue;
      }
      b.append(d.quote(f.column())).append(' ').append(d.columnType(f));
      b.append(f.nullable() ? " NULL" : " NOT NULL");
      if (f.primaryKey() && !composite) {
        b.append(" PRIMARY KEY");
      } else if (f.unique()) {
        b.append(" UNIQUE");
      }
      if (f.defaultValue() != null) {
        b.append(" DEFAULT ").append(d.defaultLiteral(f));
      }
      if (f.foreignKey() != null && d.inlineForeignKeys()) {
        b.append(references(d, f));
      }
    }
    if (composite) {
      List<String> key = new ArrayList<>();
      for (FieldMeta f : m.keyFields()) {
        key.add(f.column());
      }
      b.append(", ").append(SchemaSql.compositeKey(d, key));
    }
    for (dev.tether.meta.TableConstraint c : m.constraints()) {
      String clause = ConstraintSql.inline(d, c, m::field);
      if (clause != null) {
        b.append(", ").append(clause);
      }
    }
    for (List<FieldMeta> group : m.uniqueTogether()) {
      b.append(", UNIQUE (");
      for (int i = 0; i < group.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(d.quote(group.get(i).column()));
      }
      b.append(')');
    }
    for (FieldMeta f : m.fields()) {
      String check = choicesCheck(d, m.table(), f);
      if (check != null) {
        b.append(", ").append(check);
      }
    }
    return b.append(')').append(d.tableOptions()).toString();
  }
}
