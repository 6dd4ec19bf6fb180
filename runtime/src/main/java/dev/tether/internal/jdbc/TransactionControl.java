package dev.tether.internal.jdbc;

import dev.tether.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * How {@code atomic} begins, commits and rolls back on one dialect. Servers use JDBC's
 * auto-commit switch and savepoint objects. SQLite sends {@code BEGIN IMMEDIATE} and the rest as
 * SQL, leaving the driver in auto-commit: its JDBC calls would open a transaction again right
 * after each commit, and with {@code IMMEDIATE} that would take the write lock between blocks.
 */
final class TransactionControl {
  private final String begin;

  TransactionControl(Dialect dialect) {
    this.begin = dialect.beginTransaction();
  }

  /** A savepoint set by {@link #savepoint}: JDBC's object, or the name SQL gave it. */
  record Mark(String name, Savepoint savepoint) {}

  void begin(Connection c) throws SQLException {
    if (begin == null) {
      c.setAutoCommit(false);
    } else {
      send(c, begin);
    }
  }

  void commit(Connection c) throws SQLException {
    if (begin == null) {
      c.commit();
    } else {
      send(c, "COMMIT");
    }
  }

  /** Rolls back; a failure is added to {@code cause}, unless SQLite had already rolled back itself. */
  void rollbackQuietly(Connection c, Throwable cause) {
    try {
      if (begin == null) {
        c.rollback();
      } else {
        send(c, "ROLLBACK");
      }
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
        cause.addSuppressed(e); // SQLite rolls back an interrupted write by itself
      }
    }
  }

  /** Puts the connection back in auto-commit once the block has ended. */
  void end(Connection c) throws SQLException {
    if (begin == null) {
      c.setAutoCommit(true);
    }
  }

  Mark savepoint(Connection c, String name) throws SQLException {
    if (begin == null) {
      return new Mark(name, c.setSavepoint(name));
    }
    send(c, "SAVEPOINT " + name);
    return new Mark(name, null);
  }

  void release(Connection c, Mark m) throws SQLException {
    if (m.savepoint() != null) {
      c.releaseSavepoint(m.savepoint());
    } else {
      send(c, "RELEASE SAVEPOINT " + m.name());
    }
  }

  void rollback(Connection c, Mark m) throws SQLException {
    if (m.savepoint() != null) {
      c.rollback(m.savepoint());
      c.releaseSavepoint(m.savepoint());
    } else {
      send(c, "ROLLBACK TO SAVEPOINT " + m.name());
      send(c, "RELEASE SAVEPOINT " + m.name());
    }
  }

  private static void send(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
