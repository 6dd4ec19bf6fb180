package dev.tether.bench;

import dev.tether.bench.model.PlainReporter;
import dev.tether.bench.model.Reporter;
import dev.tether.bench.model.Reporter_;
import dev.tether.path.NumberExpr;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W8: every reporter with the number of articles they wrote (1,000 reporters over 100,000
 * articles), Django's {@code Reporter.objects.annotate(Count("article"))}; the JDBC twin sends the
 * same SQL and reads the same values.
 */
public class W8AnnotateCount extends Workload {
  static final NumberExpr<Reporter, Long> ARTICLES = Reporter_.article().count();

  /** The SQL Tether generates for {@link #tether}, written out by hand. */
  static final String SQL = "SELECT \"reporter\".\"id\", \"reporter\".\"first_name\", \"reporter\".\"last_name\","
      + " \"reporter\".\"email\", COUNT(\"article\".\"id\") AS \"article_id__count\" FROM \"reporter\""
      + " LEFT OUTER JOIN \"article\" ON (\"reporter\".\"id\" = \"article\".\"reporter_id\")"
      + " GROUP BY \"reporter\".\"id\", \"reporter\".\"first_name\", \"reporter\".\"last_name\", \"reporter\".\"email\"";

  /** A reporter and its count, as the JDBC side keeps them. */
  public static final class Counted {
    public PlainReporter reporter;
    public long articles;
  }

  @Benchmark
  public long tether(Env env) {
    long cpu = CpuTime.start();
    long total = 0;
    for (Reporter r : Reporter.objects.annotate(ARTICLES).list()) {
      total += ARTICLES.of(r);
    }
    CpuTime.stop(cpu);
    return total;
  }

  @Benchmark
  public long jdbc(Env env) throws SQLException {
    long cpu = CpuTime.start();
    Connection c = env.jdbc.get();
    List<Counted> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Counted x = new Counted();
        x.reporter = Mappers.reporter(rs, 1);
        x.articles = rs.getLong(5);
        out.add(x);
      }
    } finally {
      env.jdbc.release(c);
    }
    long total = 0;
    for (Counted x : out) {
      total += x.articles;
    }
    CpuTime.stop(cpu);
    return total;
  }
}
