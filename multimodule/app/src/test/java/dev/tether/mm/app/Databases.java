package dev.tether.mm.app;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tether.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * The database these tests run on, chosen as in the integration tests: {@code -Dtether.test.db=sqlite},
 * {@code postgresql} or {@code mariadb}, the servers at {@code tether.test.postgresql.url} and
 * {@code tether.test.mariadb.url} (default: database {@code test}). Each {@link #open()} gives an
 * empty database; an unreachable server skips the tests, or fails them under {@code CI=true}.
 */
final class Databases {
  static final String POSTGRES_URL = System.getProperty("tether.test.postgresql.url",
      "jdbc:postgresql://127.0.0.1:5432/test");
  static final String POSTGRES_USER = System.getProperty("tether.test.postgresql.user", "postgres");
  static final String MARIADB_URL = System.getProperty("tether.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
  static final String MARIADB_USER = System.getProperty("tether.test.mariadb.user", "root");

  private Databases() {}

  static String kind() {
    return System.getProperty("tether.test.db", "sqlite").toLowerCase(Locale.ROOT);
  }

  /** An empty database of the configured kind, with nothing created yet. */
  static Database open() {
    switch (kind()) {
      case "postgresql":
        run(POSTGRES_URL, POSTGRES_USER, s -> {
          s.execute("DROP SCHEMA public CASCADE");
          s.execute("CREATE SCHEMA public");
        });
        return Database.open(POSTGRES_URL, POSTGRES_USER, "", 4);
      case "mariadb":
        run(MARIADB_URL, MARIADB_USER, s -> {
          List<String> tables = new ArrayList<>();
          try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
              + " WHERE table_schema = DATABASE()")) {
            while (rs.next()) {
              tables.add(rs.getString(1));
            }
          }
          s.execute("SET FOREIGN_KEY_CHECKS = 0");
          for (String t : tables) {
            s.execute("DROP TABLE `" + t.replace("`", "``") + "`");
          }
          s.execute("SET FOREIGN_KEY_CHECKS = 1");
        });
        return Database.open(MARIADB_URL, MARIADB_USER, "", 4);
      default:
        try {
          Path dir = Files.createTempDirectory("tether-mm");
          dir.toFile().deleteOnExit();
          return Database.open("jdbc:sqlite:" + dir.resolve("test.db"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
    }
  }

  private interface Sql {
    void run(Statement s) throws SQLException;
  }

  private static void run(String url, String user, Sql sql) {
    Connection c;
    try {
      c = DriverManager.getConnection(url, user, "");
    } catch (SQLException e) {
      String line = "[tether] " + kind() + " at " + url + " is not reachable (" + e.getMessage()
          + "): the multi-module tests are skipped";
      if ("true".equals(System.getenv("CI"))) {
        fail(line + " -- and CI=true requires every database");
      }
      Assumptions.abort(line);
      return;
    }
    try (c; Statement s = c.createStatement()) {
      sql.run(s);
    } catch (SQLException e) {
      throw new IllegalStateException("could not reset " + url + ": " + e.getMessage(), e);
    }
  }
}
