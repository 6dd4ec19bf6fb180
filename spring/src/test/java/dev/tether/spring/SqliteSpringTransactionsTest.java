package dev.tether.spring;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link SpringTransactionsTest} on an SQLite file through HikariCP. */
class SqliteSpringTransactionsTest extends SpringTransactionsTest {
  @TempDir Path dir;

  @Override
  HikariDataSource openDataSource() {
    return TestDataSources.sqlite(dir);
  }
}
