package dev.tether.spring;

import dev.tether.Database;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Tether inside Spring-managed transactions.
 * <pre>{@code
 * @Bean(destroyMethod = "close")
 * Database database(DataSource dataSource) {
 *   Database db = TetherSpring.database(dataSource);
 *   Database.setDefault(db);
 *   return db;
 * }
 * }</pre>
 * The database borrows its connections through {@link DataSourceUtils#getConnection} and gives
 * them back through {@link DataSourceUtils#releaseConnection} (by a
 * {@link TransactionAwareDataSourceProxy}), so inside a transaction of a
 * {@code DataSourceTransactionManager} over the same {@code DataSource} ({@code @Transactional},
 * {@code TransactionTemplate}) Tether's statements run on that transaction's connection, next to
 * {@code JdbcTemplate}'s: they see each other's writes, and commit or roll back together, when
 * Spring says. Tether never changes that connection's auto-commit, and {@code db.atomic(...)}
 * there is a savepoint, rolled back alone when its block throws. Outside Spring transactions the
 * database works as {@link Database#of(DataSource)} does: each statement borrows a connection,
 * and {@code atomic} is a transaction of its own.
 */
public final class TetherSpring {
  private TetherSpring() {}

  /**
   * A database over {@code dataSource} (the one the transaction manager manages, not a proxy of
   * it) that joins the calling thread's Spring transaction. Closing the database does not close
   * the data source.
   */
  public static Database database(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return Database.of(dataSource instanceof TransactionAwareDataSourceProxy
        ? dataSource
        : new TransactionAwareDataSourceProxy(dataSource));
  }
}
