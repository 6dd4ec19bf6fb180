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
 * The processor's compile-time cost (issue #10, item 3). Generates {@code --models=500} related
 * models (each with scalar fields, a CASCADE foreign key to the previous model, a nullable SET_NULL
 * key to model i/3, and on every fifth a many-to-many to model i-5), then times three compilations
 * of the same program: (A) the models with the Tether processor; (B) the models plus the sources
 * (A) generated, with {@code -proc:none}; (C) the models with {@link CopyProcessor}, which writes
 * the sources (A) generated through the {@code Filer} and does nothing else: javac's own price for
 * a processor generating these files, the floor under A. Measured two ways, alternating A, B, C:
 * <ul>
 *   <li>warm: javac in this JVM, after {@code --warmup=2} rounds of each, median of {@code --reps=5};
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
      extractRuntime(root.resolve("runtime"));
      Mode[] modes = Mode.values();
      long[][][] warm = new long[modes.length][reps][];
      for (int i = -warmup; i < reps; i++) {
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
      int files = countJava(root.resolve("a/gen"));
      System.out.printf(Locale.ROOT, "%nProcessor cost: %d models (%d generated sources), javac %s, %d cores%n", models,
          files, System.getProperty("java.version"), java.lang.Runtime.getRuntime().availableProcessors());
      System.out.println("| compile | A: Tether processor | B: -proc:none | C: copying processor | A / B | C / B (floor) "
          + "| A / B CPU |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|");
      row("warm, in-process, median of " + reps, warm);
      if (cold > 0) {
        row("cold, fresh JVM, median of " + cold, coldRuns);
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
   * The three compilations, run in this order each time: NONE and COPY read the sources TETHER has
   * just generated, so TETHER comes first.
   */
  enum Mode {
    TETHER, NONE, COPY
  }

  /**
   * Medians of wall-clock time of each compilation, and of CPU time (the JVM's, JIT and GC threads
   * included) of A and B.
   */
  private static void row(String what, long[][][] t) {
    double wa = median(t[Mode.TETHER.ordinal()], 0) / 1e9;
    double wb = median(t[Mode.NONE.ordinal()], 0) / 1e9;
    double wc = median(t[Mode.COPY.ordinal()], 0) / 1e9;
    double ca = median(t[Mode.TETHER.ordinal()], 1) / 1e9;
    double cb = median(t[Mode.NONE.ordinal()], 1) / 1e9;
    System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s | %.2fx | %.2fx | %.2fx |%n", what, wa, wb, wc,
        wa / wb, wc / wb, ca / cb);
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
   * One compilation of the models in {@code root/src}. TETHER generates into {@code root/a/gen};
   * NONE compiles the models plus those sources with {@code -proc:none}; COPY copies them, through
   * the {@code Filer}, into {@code root/c/gen}. Classes go to the mode's own {@code classes}.
   */
  static long[] compile(Mode mode, Path root) throws IOException {
    Path out = root.resolve(mode == Mode.COPY ? "c" : "a");
    Path classes = out.resolve(mode == Mode.NONE ? "classes-none" : "classes");
    delete(classes);
    Files.createDirectories(classes);
    List<File> files = javaFiles(root.resolve("src"));
    List<String> options = new ArrayList<>(List.of("--release", "17", "-nowarn", "-encoding", "UTF-8",
        "-classpath", root.resolve("runtime").toString(), "-d", classes.toString()));
    if (mode == Mode.NONE) {
      options.add("-proc:none");
      files.addAll(javaFiles(out.resolve("gen")));
    } else {
      delete(out.resolve("gen"));
      Files.createDirectories(out.resolve("gen"));
      options.addAll(List.of("-processor", mode == Mode.TETHER ? PROCESSOR : CopyProcessor.class.getName(),
          "-processorpath", System.getProperty("java.class.path"), "-s", out.resolve("gen").toString()));
      if (mode == Mode.COPY) {
        options.add("-A" + CopyProcessor.OPTION + "=" + root.resolve("a/gen"));
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
    Path jar = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
    if (!jar.toString().endsWith(".jar")) {
      throw new IllegalStateException("run from benchmarks.jar (java -cp benchmarks/target/benchmarks.jar ...)");
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
        String n = e.getName();
        if (e.isDirectory() || !n.startsWith("dev/tether/") || n.startsWith("dev/tether/bench/")
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

  private static int countJava(Path dir) throws IOException {
    return javaFiles(dir).size();
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
