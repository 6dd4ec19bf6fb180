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

  /** Gives back a connection from {@link #acquire()}. */
  void release(Connection c);

  /** The statement cache of {@code c}, or null when the driver caches (pools). */
  default StatementCache statements(Connection c) {
    return null;
  }

  @Override
  void close();
}
