package dev.tether.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
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
