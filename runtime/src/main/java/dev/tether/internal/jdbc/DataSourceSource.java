package dev.tether.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Connections from a pool: borrowed per statement, or per {@code atomic} block, and handed back
 * as they came. A connection in manual-commit mode belongs to its owner's transaction (see
 * {@code Engine.atomic}); Tether never switches it to auto-commit.
 */
final class DataSourceSource implements ConnectionSource {
  private final DataSource dataSource;
  private final SqlFunction<Connection, Void> prepare;
  private final AutoCloseable owned;
  private final Consumer<Connection> evict;

  /** An application's pool: Tether neither closes it nor evicts from it. */
  DataSourceSource(DataSource dataSource, SqlFunction<Connection, Void> prepare) {
    this(dataSource, prepare, null, null);
  }

  /**
   * @param prepare run on each borrowed connection (SQLite functions), or null
   * @param owned closed with the source when Tether created the pool, else null
   * @param evict retires a dead connection (and the pool's idle ones) in a pool Tether created, else null
   */
  DataSourceSource(DataSource dataSource, SqlFunction<Connection, Void> prepare, AutoCloseable owned,
      Consumer<Connection> evict) {
    this.dataSource = dataSource;
    this.prepare = prepare;
    this.owned = owned;
    this.evict = evict;
  }

  /** A pool the application configured may hand out its transaction manager's connection. */
  @Override
  public boolean sharesTransactions() {
    return owned == null;
  }

  @Override
  public Connection acquire() throws SQLException {
    Connection c = dataSource.getConnection();
    if (prepare != null) {
      try {
        prepare.apply(c);
      } catch (SQLException | RuntimeException e) {
        release(c);
        throw e;
      }
    }
    return c;
  }

  @Override
  public void release(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // the pool discards a broken connection
    }
  }

  /** Evicts a dead connection; when the pool is Tether's own, its idle ones are retired too. */
  @Override
  public void discard(Connection c) {
    if (evict != null) {
      evict.accept(c);
    }
    release(c);
  }

  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        // closing
      }
    }
  }
}
