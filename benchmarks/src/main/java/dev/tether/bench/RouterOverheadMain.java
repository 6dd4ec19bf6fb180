package dev.tether.bench;

import dev.tether.Database;
import dev.tether.Databases;
import dev.tether.ReplicaRouter;
import dev.tether.bench.model.Article;
import dev.tether.bench.model.Article_;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link RouterOverhead} interleaved, for a machine whose load drifts: in one JVM, rounds of
 * W6's 10,000 look-ups by key alternate between the plain default database and the replica
 * router (primary and replica both on the same database), so both sides see the same load. Prints
 * the median wall and thread-CPU time of each side and the median of the per-round ratios.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.tether.bench.RouterOverheadMain --db=sqlite --rounds=30 --warmup=10
 * </pre>
 */
public final class RouterOverheadMain {
  private RouterOverheadMain() {}

  public static void main(String[] args) throws Exception {
    String kind = "sqlite";
    int rounds = 30;
    int warmup = 10;
    for (String a : args) {
      String v = a.substring(a.indexOf('=') + 1);
      if (a.startsWith("--db=")) {
        kind = v;
      } else if (a.startsWith("--rounds=")) {
        rounds = Integer.parseInt(v);
      } else if (a.startsWith("--warmup=")) {
        warmup = Integer.parseInt(v);
      } else {
        throw new IllegalArgumentException("expected --db=, --rounds= or --warmup=, got " + a);
      }
    }
    RouterOverhead.Setting s = new RouterOverhead.Setting();
    s.db = kind;
    try (Jdbc j = Jdbc.open(kind)) {
      Database schema = s.open();
      schema.migrate();
      schema.close();
      Data.ensure(j);
      Data.settle(j);
    }
    long[] keys = Data.lookupKeys();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try (Database plain = s.open();
        Databases routed = Databases.builder().add("default", s.open()).add("replica", s.open())
            .router(ReplicaRouter.of("default", "replica")).build()) {
      double[][] wall = new double[2][rounds];
      double[][] cpus = new double[2][rounds];
      double[] ratios = new double[rounds];
      double[] cpuRatios = new double[rounds];
      for (int r = -warmup; r < rounds; r++) {
        for (int side = 0; side < 2; side++) {
          // alternate which side goes first, so neither always follows the other
          int which = (r & 1) == 0 ? side : 1 - side;
          if (which == 0) {
            Database.setDefault(plain);
          } else {
            routed.install();
          }
          long c0 = cpu.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          long sink = 0;
          for (long k : keys) {
            sink += Article.objects.get(Article_.id.eq(k)).id();
          }
          long t1 = System.nanoTime();
          long c1 = cpu.getCurrentThreadCpuTime();
          if (sink == 42) {
            System.out.print("");
          }
          if (r >= 0) {
            wall[which][r] = (t1 - t0) / 1e6;
            cpus[which][r] = (c1 - c0) / 1e6;
          }
        }
        if (r >= 0) {
          ratios[r] = wall[1][r] / wall[0][r];
          cpuRatios[r] = cpus[1][r] / cpus[0][r];
        }
      }
      Database.setDefault(null);
      System.out.printf("%s, %d rounds of 10,000 gets by key (after %d warm-up rounds)%n", kind, rounds, warmup);
      System.out.printf("plain   median %.1f ms (CPU %.1f ms)%n", median(wall[0]), median(cpus[0]));
      System.out.printf("routed  median %.1f ms (CPU %.1f ms)%n", median(wall[1]), median(cpus[1]));
      System.out.printf("routed / plain: median of per-round ratios %.4f (CPU %.4f)%n", median(ratios),
          median(cpuRatios));
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
