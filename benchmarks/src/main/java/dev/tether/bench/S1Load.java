package dev.tether.bench;

import dev.tether.bench.model.Article;
import dev.tether.bench.model.PlainArticle;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** S1: every article as an object (W2 at scale). */
public class S1Load extends ScaleWorkload {

  @Benchmark
  public List<Article> tether(ScaleEnv env) {
    long cpu = CpuTime.start();
    List<Article> articles = Article.objects.all().list();
    CpuTime.stop(cpu);
    return articles;
  }

  @Benchmark
  public List<PlainArticle> jdbc(ScaleEnv env) throws SQLException {
    long cpu = CpuTime.start();
    List<PlainArticle> articles = Mappers.articles(env.jdbc, "SELECT " + Mappers.ARTICLE_COLUMNS + " FROM article a");
    CpuTime.stop(cpu);
    return articles;
  }
}
