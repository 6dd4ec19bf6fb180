package dev.tether.it.reliability;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Turns {@code conn_slow} into a view that takes about {@code seconds} to read: {@code pg_sleep}
 * on PostgreSQL, {@code SLEEP} on MariaDB, a recursive count on SQLite (no sleep function there,
 * so the time depends on the machine: tens of millions of steps). {@link #drop} puts the table back.
 */
final class SlowView {
  private SlowView() {}

  static void create(Database db, int seconds) {
    String view = switch (TestDatabases.kind()) {
      case "postgresql" -> "CREATE VIEW conn_slow AS SELECT 1::bigint AS id, 1::bigint AS n FROM pg_sleep(" + seconds + ")";
      case "mariadb" -> "CREATE VIEW conn_slow AS SELECT 1 AS id, SLEEP(" + seconds + ") + 1 AS n";
      default -> "CREATE VIEW conn_slow AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
          + " WHERE x < " + seconds * 20_000_000L + ") SELECT 1 AS id, count(*) AS n FROM c";
    };
    run(db, "DROP TABLE conn_slow", view);
  }

  static void drop(Database db) {
    run(db, "DROP VIEW IF EXISTS conn_slow");
    db.migrate(); // the table again, for the next test's reset
  }

  static void run(Database db, String... statements) {
    try (Connection c = TestDatabases.rawConnection(db); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
