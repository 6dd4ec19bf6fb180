package dev.tether.bench;

import dev.tether.bench.model.Article;
import dev.tether.bench.model.Article_;
import dev.tether.bench.model.PlainArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/** S3: every article with its reporter in one query, then each reporter's first name (W5 at scale, no limit). */
public class S3SelectRelated extends ScaleWorkload {

  @Benchmark
  public List<Article> tether(ScaleEnv env, Blackhole bh) {
    long cpu = CpuTime.start();
    List<Article> articles = Article.objects.selectRelated(Article_.reporter()).list();
    for (Article a : articles) {
      bh.consume(a.reporter().firstName);
    }
    CpuTime.stop(cpu);
    return articles;
  }

  @Benchmark
  public List<PlainArticle> jdbc(ScaleEnv env, Blackhole bh) throws SQLException {
    long cpu = CpuTime.start();
    Jdbc j = env.jdbc;
    String sql = "SELECT " + Mappers.ARTICLE_COLUMNS + ", " + Mappers.REPORTER_COLUMNS
        + " FROM article a INNER JOIN reporter r ON (a.reporter_id = r.id)";
    List<PlainArticle> articles = new ArrayList<>();
    Connection c = j.get();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        PlainArticle a = Mappers.article(j, rs, 1);
        a.reporter = Mappers.reporter(rs, 5);
        articles.add(a);
      }
    } finally {
      j.release(c);
    }
    for (PlainArticle a : articles) {
      bh.consume(a.reporter.firstName);
    }
    CpuTime.stop(cpu);
    return articles;
  }
}
