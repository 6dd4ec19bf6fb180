package dev.tether.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

/**
 * An SQLite file in WAL mode: one writer connection, which threads take in turn for every write
 * and every {@code atomic} block, beside a few reader connections for the statements outside a
 * transaction that only read. WAL lets those readers see the last commit while the writer works,
 * so a slow query no longer holds up every other thread. Readers are opened on first need.
 */
final class SqliteSource implements ConnectionSource {
  /** How many reader connections at most; a reader is opened when every open one is busy. */
  static final int READERS = 4;

  /** Opens one more reader connection on the same file. */
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  private final SingleConnectionSource writer;
  private final Opener opener;
  private final Semaphore readerPermits = new Semaphore(READERS, true);
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private final Map<Connection, StatementCache> readerStatements = new ConcurrentHashMap<>();
  private volatile boolean closed;

  SqliteSource(Connection writer, Opener opener) {
    this.writer = new SingleConnectionSource(writer);
    this.opener = opener;
  }

  @Override
  public Connection acquire() throws SQLException {
    return writer.acquire();
  }

  @Override
  public Connection acquireReader() throws SQLException {
    try {
      readerPermits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for an SQLite reader connection", e);
    }
    try {
      if (closed) {
        throw new SQLException("the database is closed");
      }
      Connection c = idle.pollFirst();
      if (c == null) {
        c = opener.open();
        readerStatements.put(c, new StatementCache(c));
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      readerPermits.release();
      throw e;
    }
  }

  @Override
  public StatementCache statements(Connection c) {
    StatementCache reader = readerStatements.get(c);
    return reader != null ? reader : writer.statements(c);
  }

  @Override
  public void release(Connection c) {
    if (!readerStatements.containsKey(c)) {
      writer.release(c);
      return;
    }
    if (closed) {
      closeReader(c);
    } else {
      idle.addFirst(c);
      if (closed && idle.remove(c)) {
        closeReader(c); // close() ran meanwhile
      }
    }
    readerPermits.release();
  }

  private void closeReader(Connection c) {
    StatementCache cache = readerStatements.remove(c);
    if (cache != null) {
      cache.clear();
    }
    try {
      c.close();
    } catch (SQLException e) {
      // closing
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Connection c; (c = idle.pollFirst()) != null; ) {
      closeReader(c);
    }
    writer.close();
  }
}
