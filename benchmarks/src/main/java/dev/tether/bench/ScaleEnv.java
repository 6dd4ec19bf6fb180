package dev.tether.bench;

import dev.tether.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The data set of the scale workloads (S1 to S5), at {@link #articles} articles: 1,000 reporters;
 * article {@code i} (key {@code i + 1}) belongs to reporter 0 (key 1) when {@code i % 10 == 0}, so
 * that reporter has a tenth of all articles (100,000 of 1,000,000), else to reporter
 * {@code i % 1000}. Each size has its own SQLite file ({@code bench-<n>.db} beside the main one)
 * and its own PostgreSQL schema ({@code scale_<n>}), loaded once and kept.
 */
@State(Scope.Benchmark)
public class ScaleEnv {
  @Param({"sqlite", "postgresql"})
  public String db;

  @Param({"100000", "1000000"})
  public int articles;

  public Database tether;
  public Jdbc jdbc;
  /** Puts back what S5 deleted, outside the measured calls (see {@link Env#writer}). */
  public Jdbc writer;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    String url = url();
    jdbc = Jdbc.open(db, url);
    writer = Jdbc.open(db, url);
    tether = db.equals("sqlite") ? Database.open(url) : Database.open(url, Jdbc.pgUser(), Jdbc.pgPassword());
    tether.migrate();
    Database.setDefault(tether);
    ensure();
    Data.settle(jdbc);
  }

  private String url() throws SQLException {
    return db.equals("sqlite") ? Jdbc.sqliteUrl().replace("bench.db", "bench-" + articles + ".db")
        : Jdbc.pgUrlInSchema("scale_" + articles);
  }

  /** Reporter (0-based) of article {@code i}. */
  static int reporterOf(int i) {
    return i % 10 == 0 ? 0 : i % Data.REPORTERS;
  }

  /** How many articles reporter 0 (key 1) has: what S5 deletes. */
  int bigReporterArticles() {
    return (articles + 9) / 10;
  }

  private void ensure() throws SQLException {
    Connection c = jdbc.get();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM reporter), (SELECT COUNT(*) FROM article),"
            + " (SELECT MAX(id) FROM article), (SELECT COUNT(*) FROM article WHERE reporter_id = 1)")) {
      rs.next();
      if (rs.getLong(1) == Data.REPORTERS && rs.getLong(2) == articles && rs.getLong(3) == articles
          && rs.getLong(4) == bigReporterArticles()) {
        return;
      }
    } finally {
      jdbc.release(c);
    }
    Data.reset(jdbc);
    insert(jdbc, false);
  }

  /**
   * Inserts every reporter and article with their keys in one transaction, or with {@code onlyBig}
   * reporter 0 and its articles (what S5 deleted).
   */
  void insert(Jdbc j, boolean onlyBig) throws SQLException {
    Connection c = j.get();
    try {
      c.setAutoCommit(false);
      try (PreparedStatement r = c.prepareStatement(
              "INSERT INTO reporter (id, first_name, last_name, email) VALUES (?, ?, ?, ?)");
          PreparedStatement a = c.prepareStatement(
              "INSERT INTO article (id, headline, pub_date, reporter_id) VALUES (?, ?, ?, ?)")) {
        for (int k = 0; k < (onlyBig ? 1 : Data.REPORTERS); k++) {
          r.setLong(1, k + 1);
          r.setString(2, Data.firstName(k));
          r.setString(3, Data.lastName(k));
          r.setString(4, Data.email(k));
          r.addBatch();
        }
        r.executeBatch();
        int n = 0;
        for (int i = 0; i < articles; i++) {
          if (onlyBig && reporterOf(i) != 0) {
            continue;
          }
          a.setLong(1, i + 1);
          a.setString(2, Data.headline(i));
          j.setDate(a, 3, Data.pubDate(i));
          a.setLong(4, reporterOf(i) + 1);
          a.addBatch();
          if (++n % 1000 == 0) {
            a.executeBatch();
          }
        }
        a.executeBatch();
      }
      if (!j.sqlite) {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT setval(pg_get_serial_sequence('reporter', 'id'), (SELECT MAX(id) FROM reporter))");
          s.execute("SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT MAX(id) FROM article))");
        }
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
      j.release(c);
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    tether.close();
    jdbc.close();
    writer.close();
  }
}
