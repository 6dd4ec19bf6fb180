package dev.tether.bench;

import dev.tether.bench.model.Article;
import dev.tether.bench.model.PlainArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.infra.Blackhole;

/**
 * S2: every article as an object, streamed: {@code stream()} keeps one chunk (2,000 objects) in
 * memory. The JVM gets 128 MB of heap, a third of what the list of 1,000,000 articles takes, so a
 * side that held every row would fail. The twin reads the same way: on PostgreSQL a cursor (a
 * transaction, fetch size 2,000), on SQLite row by row.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms128m", "-Xmx128m"})
public class S2Stream extends ScaleWorkload {

  @Benchmark
  public void tether(ScaleEnv env, Blackhole bh) {
    long cpu = CpuTime.start();
    try (Stream<Article> s = Article.objects.all().stream()) {
      s.forEach(bh::consume);
    }
    CpuTime.stop(cpu);
  }

  @Benchmark
  public void jdbc(ScaleEnv env, Blackhole bh) throws SQLException {
    long cpu = CpuTime.start();
    Jdbc j = env.jdbc;
    Connection c = j.get();
    try {
      if (!j.sqlite) {
        c.setAutoCommit(false);
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT " + Mappers.ARTICLE_COLUMNS + " FROM article a")) {
        ps.setFetchSize(2000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            PlainArticle a = Mappers.article(j, rs, 1);
            bh.consume(a);
          }
        }
      }
      if (!j.sqlite) {
        c.commit();
      }
    } finally {
      if (!j.sqlite) {
        c.setAutoCommit(true);
      }
      j.release(c);
    }
    CpuTime.stop(cpu);
  }
}
