package dev.tether.bench;

import dev.tether.bench.model.Reporter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** S4: every reporter with its number of articles (W8 at scale: 1,000 groups over all articles). */
public class S4AnnotateCount extends ScaleWorkload {

  @Benchmark
  public long tether(ScaleEnv env) {
    long cpu = CpuTime.start();
    long total = 0;
    for (Reporter r : Reporter.objects.annotate(W8AnnotateCount.ARTICLES).list()) {
      total += W8AnnotateCount.ARTICLES.of(r);
    }
    CpuTime.stop(cpu);
    return total;
  }

  @Benchmark
  public long jdbc(ScaleEnv env) throws SQLException {
    long cpu = CpuTime.start();
    Connection c = env.jdbc.get();
    List<W8AnnotateCount.Counted> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(W8AnnotateCount.SQL); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        W8AnnotateCount.Counted x = new W8AnnotateCount.Counted();
        x.reporter = Mappers.reporter(rs, 1);
        x.articles = rs.getLong(5);
        out.add(x);
      }
    } finally {
      env.jdbc.release(c);
    }
    long total = 0;
    for (W8AnnotateCount.Counted x : out) {
      total += x.articles;
    }
    CpuTime.stop(cpu);
    return total;
  }
}
