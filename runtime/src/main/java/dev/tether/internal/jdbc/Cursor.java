package dev.tether.internal.jdbc;

import dev.tether.TetherException;
import dev.tether.meta.RowReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An open result read a chunk at a time (see {@link Engine#openCursor}). It holds its statement,
 * and outside an {@code atomic} block its own connection (on PostgreSQL in a read transaction of
 * its own), until {@link #close()}: when the rows run out, when its reader closes it, or when the
 * {@code atomic} block it was opened in ends.
 */
public final class Cursor implements AutoCloseable {
  private final Engine engine;
  private final Connection connection;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final RowReader reader;
  /** Whether the connection was acquired for this cursor (outside atomic). */
  private final boolean ownConnection;
  /** Whether this cursor switched auto-commit off (and so ends the transaction). */
  private final boolean ownTransaction;
  private final String sql;
  private boolean closed;
  private String closedBy;
  /** The transaction the cursor was opened in (closed when it ends), or null. */
  Object owner;
  /** The savepoint depth it was opened at. */
  int depth;

  Cursor(Engine engine, Connection connection, PreparedStatement statement, ResultSet rows, RowReader reader,
      boolean ownConnection, boolean ownTransaction, String sql) {
    this.engine = engine;
    this.connection = connection;
    this.statement = statement;
    this.rows = rows;
    this.reader = reader;
    this.ownConnection = ownConnection;
    this.ownTransaction = ownTransaction;
    this.sql = sql;
  }

  /** Moves to the next row; false (and closed) when there is none. */
  public boolean next() {
    if (closed) {
      throw new IllegalStateException("the stream is closed" + (closedBy == null ? "" : ": " + closedBy)
          + "; read it before then");
    }
    try {
      if (rows.next()) {
        reader.seek(1);
        return true;
      }
    } catch (SQLException e) {
      TetherException t = engine.translate(e, sql);
      close();
      throw t;
    }
    close();
    return false;
  }

  /** Reads the current row's columns. */
  public RowReader reader() {
    return reader;
  }

  public boolean isClosed() {
    return closed;
  }

  /** Closed because its transaction ended ({@code why}); reading on throws saying so. */
  void closeBecause(String why) {
    if (!closed) {
      closedBy = why;
      close();
    }
  }

  /** Closes the result and statement, ends its own transaction and gives back its own connection. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    try {
      rows.close();
      statement.close();
    } catch (SQLException e) {
      failure = engine.translate(e, sql);
    }
    try {
      if (ownTransaction) {
        try {
          connection.commit(); // it only read
        } finally {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      failure = failure != null ? failure : engine.translate(e, "COMMIT");
    } finally {
      engine.cursorClosed(this, ownConnection ? connection : null);
    }
    if (failure != null) {
      throw failure;
    }
  }
}
