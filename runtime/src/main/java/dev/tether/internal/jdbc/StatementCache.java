package dev.tether.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of one connection kept open by SQL text, least recently used first out:
 * SQLite's driver parses every {@code prepareStatement} anew, so a repeated query re-uses its
 * statement as hand-written JDBC code would. Only for a connection one thread uses at a time.
 */
final class StatementCache {
  private static final int SIZE = 128;
  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(SIZE, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() > SIZE) {
        closeQuietly(eldest.getValue());
        return true;
      }
      return false;
    }
  };

  StatementCache(Connection connection) {
    this.connection = connection;
  }

  /**
   * A statement for {@code sql}. A re-used one still holds its last values: the caller binds every
   * parameter (the same text has the same number of them), so clearing them first, a native call
   * per statement run on SQLite, would change nothing.
   */
  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = statements.remove(sql);
    if (ps == null || ps.isClosed()) {
      ps = connection.prepareStatement(sql);
    }
    return ps;
  }

  /** Gives a statement back for re-use (a statement that failed is closed instead). */
  void release(String sql, PreparedStatement ps, boolean ok) {
    if (!ok) {
      closeQuietly(ps);
      return;
    }
    PreparedStatement previous = statements.put(sql, ps);
    if (previous != null && previous != ps) {
      closeQuietly(previous);
    }
  }

  void clear() {
    for (PreparedStatement ps : statements.values()) {
      closeQuietly(ps);
    }
    statements.clear();
  }

  private static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException e) {
      // already unusable
    }
  }
}
