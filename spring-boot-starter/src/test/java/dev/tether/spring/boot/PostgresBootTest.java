package dev.tether.spring.boot;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link BootTransactionsTest} on PostgreSQL at {@code -Dtether.test.postgresql.url} (default: the
 * database {@code test} on the local server); skipped when unreachable, except under {@code CI=true}.
 */
class PostgresBootTest extends BootTransactionsTest {
  static final String URL = System.getProperty("tether.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getProperty("tether.test.postgresql.user", "postgres");

  @BeforeAll
  static void dropTables() {
    try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS example_todo, example_todo_list, tether_migrations");
    } catch (SQLException e) {
      String line = "PostgreSQL at " + URL + " is not reachable (" + e.getMessage() + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(line + " -- and CI=true requires it");
      }
      Assumptions.abort(line + ": its Boot tests are skipped");
    }
  }

  @DynamicPropertySource
  static void dataSource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.hikari.connection-init-sql", () -> "SET TIME ZONE 'UTC'");
  }
}
