package dev.tether.bench;

import dev.tether.Database;
import dev.tether.Databases;
import dev.tether.ReplicaRouter;
import dev.tether.bench.model.Article;
import dev.tether.bench.model.Article_;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The replica router's cost per query: W6's 10,000 look-ups by key ({@code Article.objects.get}),
 * once on a plain default database ({@code plain}) and once through {@link Databases} with a
 * {@link ReplicaRouter} whose primary and replica are two handles on the same database
 * ({@code routed}: every get is routed to the replica, which takes the same time as the primary),
 * so the difference is the routing alone: the router chain, the replica choice, the failover
 * bookkeeping. Not a workload with a JDBC twin; run it on its own:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main RouterOverhead -p db=sqlite}.
 */
@Measurement(iterations = 5, time = 3)
public class RouterOverhead extends Workload {
  private static final long[] KEYS = Data.lookupKeys();

  /** One database, or a primary and a replica on it; Article.objects goes to either. */
  @State(Scope.Benchmark)
  public static class Setting {
    @Param({"sqlite", "postgresql"})
    public String db;

    Database plain;
    Databases routed;

    Database open() {
      return db.equals("sqlite") ? Database.open(Jdbc.sqliteUrl())
          : Database.open(Jdbc.pgUrl(), Jdbc.pgUser(), Jdbc.pgPassword());
    }

    @Setup(Level.Trial)
    public void open(org.openjdk.jmh.infra.BenchmarkParams params) throws SQLException {
      try (Jdbc j = Jdbc.open(db)) {
        Database schema = open();
        schema.migrate();
        schema.close();
        Data.ensure(j);
        Data.settle(j);
      }
      if (params.getBenchmark().endsWith("routed")) {
        routed = Databases.builder().add("default", open()).add("replica", open())
            .router(ReplicaRouter.of("default", "replica")).build().install();
      } else {
        plain = open();
        Database.setDefault(plain);
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      if (routed != null) {
        routed.close();
      }
      if (plain != null) {
        plain.close();
      }
    }
  }

  @Benchmark
  public void plain(Setting s, Blackhole bh) {
    for (long k : KEYS) {
      bh.consume(Article.objects.get(Article_.id.eq(k)));
    }
  }

  @Benchmark
  public void routed(Setting s, Blackhole bh) {
    for (long k : KEYS) {
      bh.consume(Article.objects.get(Article_.id.eq(k)));
    }
  }
}
