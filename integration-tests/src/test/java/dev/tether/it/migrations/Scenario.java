package dev.tether.it.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Database;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.migrate.Commands;
import dev.tether.internal.migrate.Executor;
import dev.tether.internal.migrate.Migration;
import dev.tether.internal.migrate.MigrationLoader;
import dev.tether.internal.sql.Sql;
import dev.tether.it.TestDatabases;
import dev.tether.meta.ModelMeta;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One migration history under test: a directory of migration files and a database of the suite's
 * kind, emptied of the tables these tests make ({@code mig_*} and {@code tether_migrations}).
 * {@link #make} is makemigrations, {@link #migrate} is migrate.
 */
final class Scenario implements AutoCloseable {
  final Path dir;
  final Database db;
  final Engine engine;

  Scenario(Path dir) {
    this.dir = dir;
    this.db = TestDatabases.open();
    this.engine = Engines.of(db);
    dropTables();
  }

  /** makemigrations for {@code models}: returns what it printed. */
  String make(List<ModelMeta<?>> models) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new Commands(out, MigrationLoader.fromDirectory(dir), dir).makemigrations(models, null, false, false, false);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** makemigrations, checking the operations it reports. */
  void make(Fixtures models, String... operations) {
    String printed = make(models.build());
    String ops = printed.lines().filter(l -> l.startsWith("  - ")).map(l -> l.substring(4))
        .collect(Collectors.joining("\n"));
    assertEquals(String.join("\n", operations), ops, printed);
  }

  /** Writes {@code 0001_initial.json} of {@link ChangesTest#v1()} into {@code dir}, with no database. */
  static void writeV1(Path dir) {
    new Commands(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), List.of(), dir)
        .makemigrations(ChangesTest.v1().build(), null, false, false, false);
  }

  List<Migration> migrations() {
    return MigrationLoader.fromDirectory(dir);
  }

  /** migrate (to the last migration when {@code target} is null). */
  void migrate(String target) {
    new Executor(engine, migrations(), line -> { }).migrate(target);
  }

  void migrate() {
    migrate(null);
  }

  void sql(String... statements) {
    for (String s : statements) {
      engine.execute(s);
    }
  }

  /** Rows as {@code a|b|c} strings, NULL as {@code null}; booleans and numbers as the driver reads them. */
  List<String> rows(String select) {
    return engine.query(new Sql(select, List.of()), (rs, r) -> {
      List<String> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getString(i + 1);
        }
        out.add(String.join("|", Arrays.asList(row)));
      }
      return out;
    });
  }

  /** The lower-case tables of the database that these tests make. */
  List<String> tables() {
    return engine.withConnection(c -> {
      List<String> out = new ArrayList<>();
      DatabaseMetaData md = c.getMetaData();
      try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String t = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (t.startsWith("mig_") || t.startsWith("new__") || t.startsWith("tether_migrations")) {
            out.add(t);
          }
        }
      }
      out.sort(null);
      return out;
    }, "list tables");
  }

  /** The lower-case columns of {@code table}, in table order. */
  List<String> columns(String table) {
    return engine.withConnection(c -> {
      List<String> out = new ArrayList<>();
      try (var st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT * FROM " + engine.dialect().quote(table) + " WHERE 1 = 0")) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          out.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
        }
      }
      return out;
    }, "columns");
  }

  /** Whether {@code table} has an index (unique or not) on {@code column} alone. */
  boolean indexed(String table, String column, boolean unique) {
    return engine.withConnection(c -> {
      java.util.Map<String, List<String>> byName = new java.util.TreeMap<>();
      java.util.Map<String, Boolean> uniqueByName = new java.util.TreeMap<>();
      try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
        while (rs.next()) {
          String name = rs.getString("INDEX_NAME");
          if (name != null && rs.getString("COLUMN_NAME") != null) {
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            uniqueByName.put(name, !rs.getBoolean("NON_UNIQUE"));
          }
        }
      }
      for (var e : byName.entrySet()) {
        if (e.getValue().equals(List.of(column)) && uniqueByName.get(e.getKey()) == unique) {
          return true;
        }
      }
      return false;
    }, "indexes");
  }

  private void dropTables() {
    if (TestDatabases.isSqlite()) {
      return; // a new file each time
    }
    boolean maria = TestDatabases.kind().equals("mariadb");
    engine.atomic(() -> { // one connection: the session setting below stays on it
      if (maria) {
        engine.execute("SET FOREIGN_KEY_CHECKS = 0");
      }
      try {
        for (String t : tables()) {
          engine.execute("DROP TABLE " + engine.dialect().quote(t) + (maria ? "" : " CASCADE"));
        }
      } finally {
        if (maria) {
          engine.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
      }
      return null;
    });
  }

  @Override
  public void close() {
    db.close();
  }
}
