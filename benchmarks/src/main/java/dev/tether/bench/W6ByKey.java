package dev.tether.bench;

import dev.tether.bench.model.Article;
import dev.tether.bench.model.Article_;
import dev.tether.bench.model.PlainArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.infra.Blackhole;

/**
 * W6: 10,000 look-ups of an article by primary key, autocommit. Tether makes 10,000 {@code get()}
 * calls, each on its own (a connection from the pool, the statement from its cache); the twin
 * borrows one connection and re-runs one prepared statement. A call takes up to a second, hence
 * longer iterations.
 */
@Measurement(iterations = 5, time = 3)
public class W6ByKey extends Workload {
  private static final long[] KEYS = Data.lookupKeys();

  @Benchmark
  public void tether(Env env, Blackhole bh) {
    long cpu = CpuTime.start();
    for (long k : KEYS) {
      bh.consume(Article.objects.get(Article_.id.eq(k)));
    }
    CpuTime.stop(cpu);
  }

  /**
   * The fastest hand-written way to do the same 10,000 look-ups: one connection, one prepared
   * statement bound and run for each key, each row mapped by index.
   */
  @Benchmark
  public void jdbc(Env env, Blackhole bh) throws SQLException {
    long cpu = CpuTime.start();
    Jdbc j = env.jdbc;
    Connection c = j.get();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + Mappers.ARTICLE_COLUMNS + " FROM article a WHERE a.id = ?")) {
      for (long k : KEYS) {
        ps.setLong(1, k);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("no article " + k);
          }
          bh.consume(Mappers.article(j, rs, 1));
        }
      }
    } finally {
      j.release(c);
    }
    CpuTime.stop(cpu);
  }
}
