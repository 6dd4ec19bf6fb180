package dev.tether.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Where an engine gets connections: one kept open (SQLite), or a pool (servers). */
public interface ConnectionSource extends AutoCloseable {
  /**
   * A connection for the calling thread; blocks while none is free. Tether's own connections are
   * in auto-commit mode; an application's may be in its owner's transaction (manual commit).
   */
  Connection acquire() throws SQLException;

  /**
   * A connection for a statement that only reads, outside any transaction: SQLite's readers beside
   * its one writer; the same as {@link #acquire()} elsewhere.
   */
  default Connection acquireReader() throws SQLException {
    return acquire();
  }

  /** Gives back a connection from {@link #acquire()} or {@link #acquireReader()}. */
  void release(Connection c);

  /**
   * Gives back a connection that turned out to be dead, so that it is not handed out again; a
   * pool Tether owns also retires its idle connections, which a server restart killed as well.
   */
  default void discard(Connection c) {
    release(c);
  }

  /**
   * Whether a connection from here may be in a transaction Tether did not begin (an application's
   * pool, behind its transaction manager); Tether's own connections never are.
   */
  default boolean sharesTransactions() {
    return false;
  }

  /** The statement cache of {@code c}, or null when the driver caches (pools). */
  default StatementCache statements(Connection c) {
    return null;
  }

  @Override
  void close();
}
