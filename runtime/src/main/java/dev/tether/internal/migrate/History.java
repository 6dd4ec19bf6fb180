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
 * migration with the checksum of its file and when it was applied. Django's
 * {@code django_migrations} ({@code MigrationRecorder}), plus the checksum.
 */
final class History {
  static final String TABLE = "tether_migrations";
  private static final Table SHAPE = new Table(TABLE, List.of(
      new Column(FieldMeta.autoId(), null, null),
      new Column(FieldMeta.of("name", "name", SqlType.STRING).withMaxLength(255).asUnique(), null, null),
      new Column(FieldMeta.of("checksum", "checksum", SqlType.STRING).withMaxLength(64), null, null),
      new Column(FieldMeta.of("applied", "applied", SqlType.STRING).withMaxLength(40), null, null)), List.of());

  private final Engine engine;

  History(Engine engine) {
    this.engine = engine;
  }

  boolean exists() {
    return tables(engine).contains(TABLE);
  }

  /** Creates the table when it is missing. */
  void ensure() {
    if (!exists()) {
      try {
        engine.atomic(() -> {
          for (String s : SchemaSql.createTable(engine.dialect(), SHAPE)) {
            engine.execute(s);
          }
          return null;
        });
      } catch (RuntimeException e) {
        if (!exists()) {
          throw e;
        }
        // another migrate run created it meanwhile
      }
    }
  }

  /** Applied migration names to their checksums, in order; empty when the table does not exist. */
  Map<String, String> applied() {
    if (!exists()) {
      return Map.of();
    }
    String q = engine.dialect().quote("name") + ", " + engine.dialect().quote("checksum");
    return engine.query(new Sql("SELECT " + q + " FROM " + engine.dialect().quote(TABLE) + " ORDER BY "
        + engine.dialect().quote("name"), List.of()), (rs, r) -> {
          Map<String, String> out = new LinkedHashMap<>();
          while (rs.next()) {
            out.put(rs.getString(1), rs.getString(2));
          }
          return out;
        });
  }

  void record(Migration m) {
    var d = engine.dialect();
    engine.update(new Sql("INSERT INTO " + d.quote(TABLE) + " (" + d.quote("name") + ", " + d.quote("checksum")
        + ", " + d.quote("applied") + ") VALUES (?, ?, ?)",
        List.of(m.name(), m.checksum(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())));
  }

  void forget(Migration m) {
    var d = engine.dialect();
    engine.update(new Sql("DELETE FROM " + d.quote(TABLE) + " WHERE " + d.quote("name") + " = ?",
        List.of(m.name())));
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
