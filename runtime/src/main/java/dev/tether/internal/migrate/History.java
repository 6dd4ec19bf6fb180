package dev.tether.internal.migrate;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.schema.SchemaSql;
import dev.tether.internal.schema.Table;
import dev.tether.internal.schema.Table.Column;
import dev.tether.internal.sql.Sql;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The migrations a database has applied, in table {@code tether_migrations}: one row per
 * migration with its app, the checksum of its file and when it was applied. Django's
 * {@code django_migrations} ({@code MigrationRecorder}), plus the checksum. A table from before
 * apps (no {@code app} column, names unique on their own) is brought forward on first use: its
 * rows are kept, in the default app {@code ""}.
 */
final class History {
  static final String TABLE = "tether_migrations";
  /** Where the rows of a table from before apps wait while the table is rebuilt. */
  static final String OLD = "tether_migrations_old";
  private static final Table SHAPE = new Table(TABLE, List.of(
      new Column(FieldMeta.autoId(), null, null),
      new Column(FieldMeta.of("app", "app", SqlType.STRING).withMaxLength(255), null, null),
      new Column(FieldMeta.of("name", "name", SqlType.STRING).withMaxLength(255), null, null),
      new Column(FieldMeta.of("checksum", "checksum", SqlType.STRING).withMaxLength(64), null, null),
      new Column(FieldMeta.of("applied", "applied", SqlType.STRING).withMaxLength(40), null, null)),
      List.of(List.of("app", "name")));

  private final Engine engine;

  History(Engine engine) {
    this.engine = engine;
  }

  boolean exists() {
    return tables(engine).contains(TABLE);
  }

  /**
   * Creates the table when it is missing, and brings a table from before apps forward. Each step
   * can be repeated, so a rebuild cut short (MariaDB commits each schema change) finishes on the
   * next run: the old table is renamed, the new one created, the rows copied, the old one dropped.
   */
  void ensure() {
    Set<String> tables = tables(engine);
    boolean current = tables.contains(TABLE) && columns(engine, TABLE).contains("app");
    if (current && !tables.contains(OLD)) {
      return;
    }
    var d = engine.dialect();
    try {
      engine.atomic(() -> {
        if (tables.contains(TABLE) && !current) {
          engine.execute("ALTER TABLE " + d.quote(TABLE) + " RENAME TO " + d.quote(OLD));
        }
        if (!current) {
          for (String s : SchemaSql.createTable(d, SHAPE)) {
            engine.execute(s);
          }
        }
        if (tables.contains(OLD) || tables.contains(TABLE) && !current) {
          if (count() == 0) {
            String cols = d.quote("name") + ", " + d.quote("checksum") + ", " + d.quote("applied");
            engine.execute("INSERT INTO " + d.quote(TABLE) + " (" + d.quote("app") + ", " + cols + ") SELECT '', "
                + cols + " FROM " + d.quote(OLD) + " ORDER BY " + d.quote("id"));
          }
          engine.execute("DROP TABLE " + d.quote(OLD));
        }
        return null;
      });
    } catch (RuntimeException e) {
      if (!tables(engine).contains(TABLE) || !columns(engine, TABLE).contains("app") || tables(engine).contains(OLD)) {
        throw e;
      }
      // another migrate run (SQLite has no session lock) created or upgraded it meanwhile
    }
  }

  private long count() {
    return engine.query(new Sql("SELECT COUNT(*) FROM " + engine.dialect().quote(TABLE), List.of()), (rs, r) -> {
      rs.next();
      return rs.getLong(1);
    });
  }

  /**
   * Applied migrations ({@link Migration#id()}) to their checksums, in the order they were
   * applied; empty when the table does not exist.
   */
  Map<String, String> applied() {
    if (!exists()) {
      return Map.of();
    }
    var d = engine.dialect();
    boolean apps = columns(engine, TABLE).contains("app");
    String q = (apps ? d.quote("app") : "''") + ", " + d.quote("name") + ", " + d.quote("checksum");
    return engine.query(new Sql("SELECT " + q + " FROM " + d.quote(TABLE) + " ORDER BY " + d.quote("id"), List.of()),
        (rs, r) -> {
          Map<String, String> out = new LinkedHashMap<>();
          while (rs.next()) {
            out.put(Migration.id(rs.getString(1), rs.getString(2)), rs.getString(3));
          }
          return out;
        });
  }

  void record(Migration m) {
    var d = engine.dialect();
    engine.update(new Sql("INSERT INTO " + d.quote(TABLE) + " (" + d.quote("app") + ", " + d.quote("name") + ", "
        + d.quote("checksum") + ", " + d.quote("applied") + ") VALUES (?, ?, ?, ?)",
        List.of(m.app(), m.name(), m.checksum(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())));
  }

  void forget(Migration m) {
    var d = engine.dialect();
    engine.update(new Sql("DELETE FROM " + d.quote(TABLE) + " WHERE " + d.quote("app") + " = ? AND "
        + d.quote("name") + " = ?", List.of(m.app(), m.name())));
  }

  /** The tables of the database, in lower case. */
  static Set<String> tables(Engine engine) {
    return engine.withConnection(c -> names(c, null), "list tables");
  }

  /** The columns of {@code table}, in lower case. */
  static Set<String> columns(Engine engine, String table) {
    return engine.withConnection(c -> names(c, table), "list the columns of " + table);
  }

  private static Set<String> names(Connection c, String table) throws SQLException {
    Set<String> out = new TreeSet<>();
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet rs = table == null ? md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})
        : md.getColumns(c.getCatalog(), c.getSchema(), escape(table, md.getSearchStringEscape()), "%")) {
      while (rs.next()) {
        out.add(rs.getString(table == null ? "TABLE_NAME" : "COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String escape(String name, String escape) {
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }
}
