package dev.tether.bench;

import dev.tether.bench.model.Article;
import dev.tether.bench.model.PlainArticle;
import dev.tether.bench.model.PlainReporter;
import dev.tether.bench.model.Reporter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1: insert 1,000 reporters and 100,000 articles in one transaction; every object ends up with its
 * generated key. The tables are emptied (keys restarted) and the objects built before each call,
 * outside the measurement; the last call leaves the data set as the other workloads expect it.
 * About one call per iteration, so eight iterations.
 */
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 1)
public class W1Insert extends Workload {

  @State(Scope.Thread)
  public static class TetherRows {
    List<Reporter> reporters;
    List<Article> articles;

    @Setup(Level.Invocation)
    public void fresh(Env env) throws SQLException {
      Data.reset(env.writer);
      reporters = new ArrayList<>();
      articles = new ArrayList<>();
      Data.tetherObjects(reporters, articles);
    }
  }

  @State(Scope.Thread)
  public static class PlainRows {
    List<PlainReporter> reporters;
    List<PlainArticle> articles;

    @Setup(Level.Invocation)
    public void fresh(Env env) throws SQLException {
      Data.reset(env.writer);
      reporters = new ArrayList<>();
      articles = new ArrayList<>();
      Data.plainObjects(reporters, articles);
    }
  }

  /** {@code Manager.bulkCreate} twice inside one {@code atomic} block. */
  @Benchmark
  public List<Article> tether(Env env, TetherRows rows) {
    long cpu = CpuTime.start();
    env.tether.atomic(() -> {
      Reporter.objects.bulkCreate(rows.reporters);
      Article.objects.bulkCreate(rows.articles);
    });
    CpuTime.stop(cpu);
    return rows.articles;
  }

  /**
   * One transaction; per 1,000 rows one prepared multi-row {@code INSERT ... VALUES (...), (...)
   * RETURNING id} whose keys go to the objects,
   * prepared once for the full chunks. Of the hand-written ways tried that give every
   * object its key, this was the fastest on both databases (before it: SQLite one
   * {@code INSERT ... RETURNING} step per row, 1.5x slower; PostgreSQL JDBC batches of 1,000 with
   * {@code getGeneratedKeys()}, 1.15x slower). It is the statement Tether sends.
   */
  @Benchmark
  public List<PlainArticle> jdbc(Env env, PlainRows rows) throws SQLException {
    long cpu = CpuTime.start();
    Jdbc j = env.jdbc;
    Connection c = j.get();
    try {
      c.setAutoCommit(false);
      PreparedStatement full = null;
      for (int start = 0; start < rows.reporters.size(); start += CHUNK) {
        int n = Math.min(CHUNK, rows.reporters.size() - start);
        PreparedStatement ps = n == CHUNK && full != null ? full
            : c.prepareStatement(insert("reporter (first_name, last_name, email)", n));
        try {
          int p = 1;
          for (int i = start; i < start + n; i++) {
            PlainReporter r = rows.reporters.get(i);
            ps.setString(p++, r.firstName);
            ps.setString(p++, r.lastName);
            ps.setString(p++, r.email);
          }
          try (ResultSet rs = ps.executeQuery()) {
            for (int i = start; rs.next(); i++) {
              rows.reporters.get(i).id = rs.getLong(1);
            }
          }
        } finally {
          if (n == CHUNK) {
            full = ps;
          } else {
            ps.close();
          }
        }
      }
      full = close(full);
      for (int start = 0; start < rows.articles.size(); start += CHUNK) {
        int n = Math.min(CHUNK, rows.articles.size() - start);
        PreparedStatement ps = n == CHUNK && full != null ? full
            : c.prepareStatement(insert("article (headline, pub_date, reporter_id)", n));
        try {
          int p = 1;
          for (int i = start; i < start + n; i++) {
            PlainArticle a = rows.articles.get(i);
            ps.setString(p++, a.headline);
            j.setDate(ps, p++, a.pubDate);
            a.reporterId = a.reporter.id;
            ps.setLong(p++, a.reporterId);
          }
          try (ResultSet rs = ps.executeQuery()) {
            for (int i = start; rs.next(); i++) {
              rows.articles.get(i).id = rs.getLong(1);
            }
          }
        } finally {
          if (n == CHUNK) {
            full = ps;
          } else {
            ps.close();
          }
        }
      }
      close(full);
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
      j.release(c);
    }
    CpuTime.stop(cpu);
    return rows.articles;
  }

  private static final int CHUNK = 1000;

  /** Closes the statement kept for full chunks; returns null. */
  private static PreparedStatement close(PreparedStatement ps) throws SQLException {
    if (ps != null) {
      ps.close();
    }
    return null;
  }

  /** {@code INSERT INTO table (a, b, c) VALUES (?, ?, ?), ... RETURNING id} for {@code rows} rows of three. */
  private static String insert(String tableAndColumns, int rows) {
    StringBuilder b = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
    for (int r = 0; r < rows; r++) {
      b.append(r == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
    }
    return b.append(" RETURNING id").toString();
  }
}
