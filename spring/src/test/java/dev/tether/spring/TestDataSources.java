package dev.tether.spring;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The pools the Spring tests run on: an SQLite file, or PostgreSQL at
 * {@code -Dtether.test.postgresql.url} (default: database {@code test} on the local server). When
 * PostgreSQL is unreachable its tests are skipped, except under {@code CI=true}.
 */
final class TestDataSources {
  static final String POSTGRES_URL = System.getProperty("tether.test.postgresql.url",
      "jdbc:postgresql://127.0.0.1:5432/test");
  static final String POSTGRES_USER = System.getProperty("tether.test.postgresql.user", "postgres");

  private TestDataSources() {}

  static HikariDataSource sqlite(Path dir) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl("jdbc:sqlite:" + dir.resolve("spring.db"));
    c.setMaximumPoolSize(4);
    return new HikariDataSource(c);
  }

  /** A pool on PostgreSQL, with the Spring tests' tables dropped. */
  static HikariDataSource postgres() {
    try (Connection c = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS spring_note, tether_migrations");
    } catch (SQLException e) {
      String line = "PostgreSQL at " + POSTGRES_URL + " is not reachable (" + e.getMessage() + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(line + " -- and CI=true requires it");
      }
      Assumptions.abort(line + ": its Spring tests are skipped");
    }
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(POSTGRES_URL);
    c.setUsername(POSTGRES_USER);
    c.setMaximumPoolSize(4);
    c.setConnectionInitSql("SET TIME ZONE 'UTC'");
    return new HikariDataSource(c);
  }
}
