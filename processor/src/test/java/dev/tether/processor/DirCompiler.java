package dev.tether.processor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Drives javac as a build tool does, with real directories: sources under {@code src}, classes
 * into {@code out} (which is on the class path too, as Maven and IDEs put it), generated sources
 * into {@code gen}. A partial recompile passes only some sources; the rest are the class files
 * an earlier call left in {@code out}.
 */
final class DirCompiler {
  final Path src;
  final Path out;
  final Path gen;
  private final List<Path> classPath = new ArrayList<>();

  DirCompiler(Path root, Path... dependencies) {
    this.src = root.resolve("src");
    this.out = root.resolve("classes");
    this.gen = root.resolve("generated");
    classPath.addAll(List.of(dependencies));
    try {
      Files.createDirectories(src);
      Files.createDirectories(out);
      Files.createDirectories(gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result of one javac run. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    String text() {
      StringBuilder b = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        b.append(d.getKind()).append(' ').append(d.getSource() == null ? "-" : d.getSource().getName())
            .append(':').append(d.getLineNumber()).append(' ').append(d.getMessage(Locale.ROOT)).append('\n');
      }
      return b.toString();
    }
  }

  /** Writes {@code src/test/<name>.java}. */
  DirCompiler write(String name, String text) {
    try {
      Path f = src.resolve(name.replace('.', '/') + ".java");
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a source and its class files, generated ones included, as an IDE does when a file is deleted. */
  DirCompiler delete(String name) {
    try {
      Files.deleteIfExists(src.resolve(name.replace('.', '/') + ".java"));
      Path pkg = out.resolve(name.substring(0, name.lastIndexOf('.')).replace('.', '/'));
      String simple = name.substring(name.lastIndexOf('.') + 1);
      if (!Files.isDirectory(pkg)) {
        return this;
      }
      try (Stream<Path> files = Files.list(pkg)) {
        for (Path f : files.toList()) {
          String n = f.getFileName().toString();
          if (n.equals(simple + ".class") || n.startsWith(simple + "$") || n.startsWith(simple + "_")
              || n.startsWith(simple + "Model")) {
            Files.delete(f);
          }
        }
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles every source under {@code src}: a full build. */
  Result compileAll() {
    try (Stream<Path> files = Files.walk(src)) {
      return compile(files.filter(f -> f.toString().endsWith(".java")).map(f -> src.relativize(f).toString()
          .replace(File.separatorChar, '.').replaceAll("\\.java$", "")).toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles only these sources (qualified names), the rest coming from {@code out} and the class path. */
  Result compile(String... names) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<File> sources = new ArrayList<>();
      for (String n : names) {
        sources.add(src.resolve(n.replace('.', '/') + ".java").toFile());
      }
      List<String> cp = new ArrayList<>();
      cp.add(out.toString());
      classPath.forEach(p -> cp.add(p.toString()));
      cp.add(System.getProperty("java.class.path"));
      List<String> options = List.of("-d", out.toString(), "-s", gen.toString(), "-implicit:none",
          "-classpath", String.join(File.pathSeparator, cp), "-sourcepath", "", "-Xlint:-processing");
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(sources));
      task.setProcessors(List.of(new TetherProcessor()));
      boolean ok = task.call();
      return new Result(ok, diagnostics.getDiagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
