package dev.tether.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor's compile-time cost, beside a peer's (issues #10 and #22). Generates {@code --models=500}
 * related models (each with scalar fields, a CASCADE foreign key to the previous model, a nullable
 * SET_NULL key to model i/3, and on every fifth a many-to-many to model i-5), and the same domain as
 * JPA entities (the same columns, both ends of every relation declared, as JPA needs for what Tether
 * derives). Then it times six compilations:
 * <ul>
 *   <li>(A) the models with the Tether processor; (B) the models plus the sources (A) generated, with
 *       {@code -proc:none}; (C) the models with {@link CopyProcessor}, which writes the sources (A)
 *       generated through the {@code Filer} and does nothing else: javac's own price for a processor
 *       generating these files, the floor under A;
 *   <li>(H) the entities with Hibernate's metamodel processor ({@code org.hibernate.orm:hibernate-processor});
 *       (HB) and (HC) as B and C, for the sources (H) generated.
 * </ul>
 * A minus C (H minus HC) is what the processor itself costs, printed per model. Measured two ways,
 * in this order each round:
 * <ul>
 *   <li>warm: javac in this JVM, after {@code --warmup=2} rounds of each, median of {@code --reps=5}
 *       ({@code --reps=0} leaves it out);
 *   <li>cold: each compilation in a fresh JVM (what a clean command-line build pays), median of
 *       {@code --cold=5}; the time is the compile call's, without the JVM's start.
 * </ul>
 * The work happens in a new directory under {@code --dir} (default: the system's temporary
 * directory). Give it a RAM-backed one ({@code --dir=/dev/shm}) on a machine whose disk makes
 * creating a file cost more after many were deleted: each compilation deletes and writes thousands
 * of files, and such a disk charges them to whichever compilation comes next.
 * {@code --keep=true} leaves the sources and classes there and prints the path.
 */
public final class ProcessorCost {
  private static final String PROCESSOR = "dev.tether.processor.TetherProcessor";
  private static final String HIBERNATE = "org.hibernate.processor.HibernateProcessor";

  private ProcessorCost() {}

  public static void main(String[] args) throws Exception {
    int models = 500;
    int warmup = 2;
    int reps = 5;
    int cold = 5;
    boolean keep = false;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));
    for (String a : args) {
      String v = a.substring(a.indexOf('=') + 1);
      if (a.startsWith("--once=")) { // child JVM: one compilation; prints its nanoseconds
        String[] p = v.split(",", 2);
        long[] t = compile(Mode.valueOf(p[0]), Path.of(p[1]));
        System.out.println("NANOS " + t[0] + " " + t[1]);
        return;
      }
      models = a.startsWith("--models=") ? Integer.parseInt(v) : models;
      warmup = a.startsWith("--warmup=") ? Integer.parseInt(v) : warmup;
      reps = a.startsWith("--reps=") ? Integer.parseInt(v) : reps;
      cold = a.startsWith("--cold=") ? Integer.parseInt(v) : cold;
      keep |= a.equals("--keep=true");
      dir = a.startsWith("--dir=") ? Path.of(v) : dir;
    }
    Path root = Files.createTempDirectory(dir, "tether-proc-cost");
    try {
      Path src = root.resolve("src");
      generate(src, models);
      JpaDomain.generate(root.resolve("jpa"), models);
      extractRuntime(root.resolve("runtime"));
      extract(root.resolve("jpa-api"), "jakarta/persistence/");
      Mode[] modes = Mode.values();
      long[][][] warm = new long[modes.length][reps][];
      for (int i = reps == 0 ? 0 : -warmup; i < reps; i++) {
        for (Mode m : modes) {
          long[] t = compile(m, root);
          if (i >= 0) {
            warm[m.ordinal()][i] = t;
          }
        }
      }
      long[][][] coldRuns = new long[modes.length][cold][];
      for (int i = 0; i < cold; i++) {
        for (Mode m : modes) {
          coldRuns[m.ordinal()][i] = child(m, root);
        }
      }
      System.out.printf(Locale.ROOT, "%nProcessor cost: %d models, javac %s, %d cores%n", models,
          System.getProperty("java.version"), java.lang.Runtime.getRuntime().availableProcessors());
      System.out.println("| generated | files | files per model | bytes of source per model |");
      System.out.println("|---|---:|---:|---:|");
      for (String[] g : new String[][] {{"Tether", "a/gen"}, {"Hibernate", "h/gen"}}) {
        List<File> files = javaFiles(root.resolve(g[1]));
        long bytes = 0;
        for (File f : files) {
          bytes += f.length();
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %,d |%n", g[0], files.size(), files.size() / (double) models,
            bytes / models);
      }
      System.out.println();
      System.out.println("| compile | A: Tether | B: -proc:none | C: copying | H: Hibernate | HB: -proc:none "
          + "| HC: copying | A / H | A / B | C / B (floor) | (A - C) per model | (H - HC) per model |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      if (reps > 0) {
        row("warm, in-process, median of " + reps, warm, models);
      }
      if (cold > 0) {
        row("cold, fresh JVM, median of " + cold, coldRuns, models);
      }
    } finally {
      if (keep) {
        System.out.println("kept " + root);
      } else {
        delete(root);
      }
    }
  }

  /**
   * The six compilations, run in this order each time: NONE and COPY read the sources TETHER has
   * just generated, so TETHER comes first; HIBERNATE_NONE and HIBERNATE_COPY likewise after HIBERNATE.
   */
  enum Mode {
    TETHER("src", "runtime", "a", PROCESSOR, null),
    NONE("src", "runtime", "a", null, "a/gen"),
    COPY("src", "runtime", "c", CopyProcessor.class.getName(), "a/gen"),
    HIBERNATE("jpa", "jpa-api", "h", ProcessorCost.HIBERNATE, null),
    HIBERNATE_NONE("jpa", "jpa-api", "h", null, "h/gen"),
    HIBERNATE_COPY("jpa", "jpa-api", "hc", CopyProcessor.class.getName(), "h/gen");

    /** Under the work directory: the hand-written sources, the class path, the output. */
    final String sources;
    final String classPath;
    final String out;
    /** The processor; null for {@code -proc:none}. */
    final String processor;
    /** Generated sources this compilation compiles (NONE) or copies (COPY). */
    final String generated;

    Mode(String sources, String classPath, String out, String processor, String generated) {
      this.sources = sources;
      this.classPath = classPath;
      this.out = out;
      this.processor = processor;
      this.generated = generated;
    }
  }

  /**
   * Medians of wall-clock time of each compilation, the ratios, and each processor's own time per
   * model (above its copying floor).
   */
  private static void row(String what, long[][][] t, int models) {
    double[] w = new double[Mode.values().length];
    for (Mode m : Mode.values()) {
      w[m.ordinal()] = median(t[m.ordinal()], 0) / 1e9;
    }
    double a = w[Mode.TETHER.ordinal()];
    double b = w[Mode.NONE.ordinal()];
    double c = w[Mode.COPY.ordinal()];
    double h = w[Mode.HIBERNATE.ordinal()];
    double hc = w[Mode.HIBERNATE_COPY.ordinal()];
    System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %.2fx | %.2fx | %.2fx "
        + "| %.2f ms | %.2f ms |%n", what, a, b, c, h, w[Mode.HIBERNATE_NONE.ordinal()], hc, a / h, a / b, c / b,
        (a - c) * 1000 / models, (h - hc) * 1000 / models);
  }

  /** Writes {@code n} related models into {@code src/gen}. */
  static void generate(Path src, int n) throws IOException {
    Path dir = Files.createDirectories(src.resolve("gen"));
    for (int i = 0; i < n; i++) {
      String name = name(i);
      StringBuilder b = new StringBuilder();
      b.append("package gen;\n\nimport dev.tether.*;\nimport java.time.LocalDate;\nimport java.util.List;\n\n");
      b.append("@Model\npublic class ").append(name).append(" extends ").append(name).append("Model {\n");
      b.append("  @Field(maxLength = 40) String title;\n  int rank;\n  LocalDate created;\n");
      b.append("  @Field(nullable = true) String note;\n");
      if (i >= 1) {
        b.append("  @ForeignKey(onDelete = OnDelete.CASCADE) ").append(name(i - 1)).append(" parent;\n");
      }
      if (i >= 3) {
        b.append("  @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = \"linksFrom")
            .append(i).append("\") ").append(name(i / 3)).append(" link;\n");
      }
      if (i >= 5 && i % 5 == 0) {
        b.append("  @ManyToMany(relatedName = \"taggedBy").append(i).append("\") List<").append(name(i - 5))
            .append("> tags;\n");
      }
      b.append("\n  @Override\n  public String toString() {\n    return title;\n  }\n}\n");
      Files.writeString(dir.resolve(name + ".java"), b.toString());
    }
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "M%03d", i);
  }

  /**
   * One compilation of {@code root/<mode.sources>} against {@code root/<mode.classPath>}. A processor
   * generates into {@code root/<mode.out>/gen}; COPY modes copy {@code mode.generated} there through the
   * {@code Filer}; NONE modes compile those sources with {@code -proc:none}. Classes go to the mode's own
   * directory.
   */
  static long[] compile(Mode mode, Path root) throws IOException {
    Path out = root.resolve(mode.out);
    Path classes = out.resolve(mode.processor == null ? "classes-none" : "classes");
    delete(classes);
    Files.createDirectories(classes);
    List<File> files = javaFiles(root.resolve(mode.sources));
    List<String> options = new ArrayList<>(List.of("--release", "17", "-nowarn", "-encoding", "UTF-8",
        "-classpath", root.resolve(mode.classPath).toString(), "-d", classes.toString()));
    if (mode.processor == null) {
      options.add("-proc:none");
      files.addAll(javaFiles(root.resolve(mode.generated)));
    } else {
      delete(out.resolve("gen"));
      Files.createDirectories(out.resolve("gen"));
      options.addAll(List.of("-processor", mode.processor, "-processorpath", System.getProperty("java.class.path"),
          "-s", out.resolve("gen").toString()));
      if (mode.generated != null) {
        options.add("-A" + CopyProcessor.OPTION + "=" + root.resolve(mode.generated));
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = System.nanoTime();
    long cpu = cpuNanos();
    boolean ok;
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
    }
    long[] nanos = {System.nanoTime() - start, cpuNanos() - cpu};
    if (!ok) {
      throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics().subList(0,
          Math.min(5, diagnostics.getDiagnostics().size())));
    }
    return nanos;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** One compilation in a fresh JVM; its compile time, wall and CPU. */
  private static long[] child(Mode mode, Path root) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ProcessorCost.class.getName(),
        "--once=" + mode + "," + root)
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0 || !text.contains("NANOS ")) {
      throw new IllegalStateException("child compilation failed:\n" + text);
    }
    String[] t = text.substring(text.indexOf("NANOS ") + 6).trim().split(" ");
    return new long[] {Long.parseLong(t[0]), Long.parseLong(t[1])};
  }

  /**
   * The compile class path an application has: Tether's runtime classes only, copied out of this
   * jar (which also holds JMH, the drivers and the processor, and would slow both compilations
   * alike, hiding the processor's share).
   */
  static void extractRuntime(Path dir) throws IOException {
    extract(dir, "dev/tether/");
  }

  /** Copies the classes under {@code prefix} (Tether's: its runtime only) out of this jar into {@code dir}. */
  static void extract(Path dir, String prefix) throws IOException {
    Path jar = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
    if (!jar.toString().endsWith(".jar")) {
      throw new IllegalStateException("run from benchmarks.jar (java -cp benchmarks/target/benchmarks.jar ...)");
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
        String n = e.getName();
        if (e.isDirectory() || !n.startsWith(prefix) || n.startsWith("dev/tether/bench/")
            || n.startsWith("dev/tether/processor/")) {
          continue;
        }
        Path target = dir.resolve(n);
        Files.createDirectories(target.getParent());
        try (java.io.InputStream in = zip.getInputStream(e)) {
          Files.copy(in, target);
        }
      }
    }
  }

  private static List<File> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return new ArrayList<>(s.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList());
    }
  }

  private static double median(long[][] v, int column) {
    long[] s = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = v[i][column];
    }
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  private static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
