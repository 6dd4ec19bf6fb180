package dev.tether.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every workload, Tether and its JDBC twin, on SQLite and PostgreSQL (skipped when the server
 * does not answer), prints one table of medians and ratios per database, then measures the
 * processor's compile-time cost. Options, all optional:
 * <pre>
 *   --db=sqlite,postgresql   databases
 *   --only=W3|W5             a regex over the workload classes (W1 to W8 unless given; S1 to S5,
 *                            the scale workloads at 100,000 and 1,000,000 articles: --only='S\d')
 *   --articles=100000        the scale workloads' sizes (default both)
 *   --rounds=1               run everything this many times; the table gives the median ratio
 *                            and each round's (on a shared machine, use 3)
 *   --warmup=3 --iterations=5 --time=1   override the workloads' JMH iterations (and seconds each)
 *   --prof=gc                another JMH profiler (gc adds allocated bytes per call to the table)
 *   --json=FILE.json         also write JMH's JSON results, one file per database and round
 *   --compile=yes|no|only    the processor-cost measurement ({@link ProcessorCost})
 *   --compile-dir=/dev/shm   where it compiles (its {@code --dir}; a RAM disk keeps disk noise out)
 * </pre>
 * For anything else (JFR, stack profiling) use JMH's own command line:
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main W3Join -p db=sqlite -prof jfr}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (String a : args) {
      if (!a.startsWith("--") || !a.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got " + a);
      }
      opt.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    String compile = opt.getOrDefault("compile", "yes");
    if (!compile.equals("only")) {
      runWorkloads(opt);
    }
    if (!compile.equals("no")) {
      ProcessorCost.main(opt.containsKey("compile-dir") ? new String[] {"--dir=" + opt.get("compile-dir")}
          : new String[0]);
    }
  }

  /**
   * One JMH run per database and round, so each Tether benchmark runs right after its twin (JMH
   * orders by name: {@code W1Insert.jdbc}, {@code W1Insert.tether}, {@code W2LoadAll.jdbc}...): a
   * machine whose load drifts tilts both alike.
   */
  private static void runWorkloads(Map<String, String> opt) throws RunnerException {
    List<String> dbs = new ArrayList<>();
    for (String db : opt.getOrDefault("db", "sqlite,postgresql").split(",")) {
      if (!db.equals("postgresql") || Jdbc.pgAvailable()) {
        dbs.add(db);
      }
    }
    int rounds = Integer.parseInt(opt.getOrDefault("rounds", "1"));
    Map<String, List<RunResult>> byKey = new LinkedHashMap<>();
    List<String> workloads = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (String db : dbs) {
        ChainedOptionsBuilder b = new OptionsBuilder()
            .include("dev\\.tether\\.bench\\.(" + opt.getOrDefault("only", "W\\d") + ")\\w*\\.")
            .param("db", db)
            .addProfiler(CpuTime.class);
        if (opt.containsKey("articles")) {
          b.param("articles", opt.get("articles").split(","));
        }
        if (opt.containsKey("warmup")) {
          b.warmupIterations(Integer.parseInt(opt.get("warmup")));
        }
        if (opt.containsKey("iterations")) {
          b.measurementIterations(Integer.parseInt(opt.get("iterations")));
        }
        if (opt.containsKey("time")) {
          b.warmupTime(TimeValue.seconds(Long.parseLong(opt.get("time"))))
              .measurementTime(TimeValue.seconds(Long.parseLong(opt.get("time"))));
        }
        if (opt.containsKey("prof")) {
          b.addProfiler(opt.get("prof"));
        }
        if (opt.containsKey("json")) {
          b.resultFormat(ResultFormatType.JSON).result(opt.get("json").replace(".json", "") + "-" + db + "-" + round + ".json");
        }
        for (RunResult r : new Runner(b.build()).run()) {
          String bench = r.getParams().getBenchmark();
          String workload = bench.substring("dev.tether.bench.".length(), bench.lastIndexOf('.'))
              + (r.getParams().getParam("articles") != null ? " " + r.getParams().getParam("articles") : "");
          if (!workloads.contains(workload)) {
            workloads.add(workload);
          }
          byKey.computeIfAbsent(workload + "/" + bench.substring(bench.lastIndexOf('.') + 1) + "/" + db,
              k -> new ArrayList<>()).add(r);
        }
      }
    }
    System.out.println(table(byKey, workloads, dbs, rounds));
    System.out.println(growth(byKey, workloads, dbs));
  }

  /**
   * For workloads run at several sizes ({@code "S1Load 100000"}, {@code "S1Load 1000000"}): how
   * each side's median time grows from the smallest size to each larger one (10x the rows: 10x the
   * time when linear).
   */
  static String growth(Map<String, List<RunResult>> byKey, List<String> workloads, List<String> dbs) {
    StringBuilder out = new StringBuilder();
    for (String db : dbs) {
      boolean header = false;
      for (String w : workloads) {
        int space = w.indexOf(' ');
        if (space < 0) {
          continue;
        }
        String base = w.substring(0, space);
        String smallest = null;
        for (String other : workloads) {
          if (other.startsWith(base + " ") && (smallest == null
              || Long.parseLong(other.substring(space + 1)) < Long.parseLong(smallest.substring(space + 1)))) {
            smallest = other;
          }
        }
        if (smallest == null || smallest.equals(w)) {
          continue;
        }
        List<RunResult> t0 = byKey.get(smallest + "/tether/" + db);
        List<RunResult> j0 = byKey.get(smallest + "/jdbc/" + db);
        List<RunResult> t1 = byKey.get(w + "/tether/" + db);
        List<RunResult> j1 = byKey.get(w + "/jdbc/" + db);
        if (t0 == null || j0 == null || t1 == null || j1 == null) {
          continue;
        }
        if (!header) {
          out.append(String.format(Locale.ROOT, "%n%s: growth from %s to %s rows%n", db,
              smallest.substring(space + 1), w.substring(space + 1)));
          out.append("| workload | Tether ms | growth | JDBC ms | growth |\n|---|---:|---:|---:|---:|\n");
          header = true;
        }
        double tm0 = median(t0, BenchMain::median);
        double tm1 = median(t1, BenchMain::median);
        double jm0 = median(j0, BenchMain::median);
        double jm1 = median(j1, BenchMain::median);
        out.append(String.format(Locale.ROOT, "| %s | %s -> %s | %.1fx | %s -> %s | %.1fx |%n", base,
            ms(tm0), ms(tm1), tm1 / tm0, ms(jm0), ms(jm1), jm1 / jm0));
      }
    }
    return out.toString();
  }

  /**
   * One row per workload and database: the medians of both (over rounds, each the p0.50 of the
   * calls JMH timed), the ratio (the median of the rounds' ratios, each listed when there are
   * several), the ratio of CPU time ({@link CpuTime}), and allocation when measured.
   */
  static String table(Map<String, List<RunResult>> byKey, List<String> workloads, List<String> dbs, int rounds) {
    StringBuilder out = new StringBuilder();
    for (String db : dbs) {
      out.append(String.format(Locale.ROOT, "%n%s: median time per call, ms%n", db));
      out.append("| workload | Tether | JDBC | ratio | CPU Tether / JDBC | CPU ratio | calls timed | alloc/call Tether / JDBC |\n");
      out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (String w : workloads) {
        List<RunResult> t = byKey.get(w + "/tether/" + db);
        List<RunResult> j = byKey.get(w + "/jdbc/" + db);
        if (t == null || j == null || t.size() != j.size()) {
          continue;
        }
        double[] ratios = new double[t.size()];
        double[] cpu = new double[t.size()];
        for (int i = 0; i < t.size(); i++) {
          ratios[i] = median(t.get(i)) / median(j.get(i));
          cpu[i] = secondary(t.get(i), "cpu.p50") / secondary(j.get(i), "cpu.p50");
        }
        double ratio = median(ratios);
        StringBuilder each = new StringBuilder();
        for (int i = 0; rounds > 1 && i < ratios.length; i++) {
          each.append(i == 0 ? " (" : ", ").append(String.format(Locale.ROOT, "%.2f", ratios[i]));
        }
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | **%.2fx**%s%s | %s / %s | %.2fx | %d / %d | %s / %s |%n",
            w, ms(median(t, BenchMain::median)), ms(median(j, BenchMain::median)), ratio,
            each.length() > 0 ? each + ")" : "", ratio > 1.05 ? " over 1.05" : "",
            ms(median(t, r -> secondary(r, "cpu.p50"))), ms(median(j, r -> secondary(r, "cpu.p50"))), median(cpu),
            t.get(0).getPrimaryResult().getStatistics().getN(), j.get(0).getPrimaryResult().getStatistics().getN(),
            alloc(t.get(0)), alloc(j.get(0))));
      }
    }
    return out.toString();
  }

  /** The p0.50 of the calls JMH timed. */
  static double median(RunResult r) {
    return r.getPrimaryResult().getStatistics().getPercentile(50);
  }

  private static double median(List<RunResult> rs, ToDoubleFunction<RunResult> f) {
    return median(rs.stream().mapToDouble(f).toArray());
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double secondary(RunResult r, String suffix) {
    for (String name : r.getSecondaryResults().keySet()) {
      if (name.endsWith(suffix)) {
        return r.getSecondaryResults().get(name).getScore();
      }
    }
    return Double.NaN;
  }

  private static String ms(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  /** Bytes allocated per call, when the gc profiler ran. */
  private static String alloc(RunResult r) {
    double bytes = secondary(r, "gc.alloc.rate.norm");
    return Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
