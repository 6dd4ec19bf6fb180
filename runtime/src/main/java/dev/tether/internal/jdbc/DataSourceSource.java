package dev.tether.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** Connections from a pool: borrowed per statement, or per {@code atomic} block. */
final class DataSourceSource implements ConnectionSource {
  private final DataSource dataSource;
  private final SqlFunction<Connection, Void> prepare;
  private final AutoCloseable owned;

  /**
   * @param prepare run on each borrowed connection (SQLite functions), or null
   * @param owned closed with the source when Tether created the pool, else null
   */
  DataSourceSource(DataSource dataSource, SqlFunction<Connection, Void> prepare, AutoCloseable owned) {
    this.dataSource = dataSource;
    this.prepare = prepare;
    this.owned = owned;
  }

  @Override
  public Connection acquire() throws SQLException {
    Connection c = dataSource.getConnection();
    if (!c.getAutoCommit()) {
      c.setAutoCommit(true);
    }
    if (prepare != null) {
      prepare.apply(c);
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
    if (owned instanceof HikariDataSource pool) {
      pool.evictConnection(c);
      var bean = pool.getHikariPoolMXBean();
      if (bean != null) {
        bean.softEvictConnections(); // a restart killed them too: the next borrow opens a fresh one
      }
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
