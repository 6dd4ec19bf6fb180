package dev.tether.spring;

import com.zaxxer.hikari.HikariDataSource;

/** {@link SpringTransactionsTest} on PostgreSQL through HikariCP. */
class PostgresSpringTransactionsTest extends SpringTransactionsTest {
  @Override
  HikariDataSource openDataSource() {
    return TestDataSources.postgres();
  }
}
