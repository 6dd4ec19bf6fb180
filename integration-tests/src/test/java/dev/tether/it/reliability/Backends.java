package dev.tether.it.reliability;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Kills every server session on the test's own database except the caller's: what a server
 * restart does to a pool ({@code pg_terminate_backend} on PostgreSQL, {@code KILL} on MariaDB).
 */
final class Backends {
  private Backends() {}

  /** Kills the sessions; returns how many. */
  static int killAll(Database db) {
    try (Connection c = TestDatabases.rawConnection(db); Statement s = c.createStatement()) {
      if (TestDatabases.kind().equals("postgresql")) {
        try (ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
          rs.next();
          return rs.getInt(1);
        }
      }
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT id FROM information_schema.processlist"
          + " WHERE db = DATABASE() AND id <> CONNECTION_ID()")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      for (long id : ids) {
        try {
          s.execute("KILL " + id);
        } catch (SQLException gone) {
          // ended meanwhile
        }
      }
      return ids.size();
    } catch (SQLException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
