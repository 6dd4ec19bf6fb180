package dev.tether.processor;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.tether.Database;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * One run of the Eclipse compiler (ecj, the compiler inside Eclipse and VS Code's Java support)
 * through its {@code javax.tools} face, with Tether's processor and any others: sources are written
 * under {@code dir/src}, classes go to {@code dir/classes}, generated sources to {@code dir/generated}.
 */
final class Ecj {
  final Path classes;
  final Path generated;
  final boolean success;
  final List<Diagnostic<? extends JavaFileObject>> diagnostics;

  private Ecj(Path classes, Path generated, boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    this.classes = classes;
    this.generated = generated;
    this.success = success;
    this.diagnostics = diagnostics;
  }

  /** Compiles {@code sources} ({@code qualified name, text} pairs) with {@code others} before Tether. */
  static Ecj compile(Path dir, List<Processor> others, String... sources) {
    try {
      Path src = dir.resolve("src");
      Path classes = Files.createDirectories(dir.resolve("classes"));
      Path generated = Files.createDirectories(dir.resolve("generated"));
      List<File> files = new ArrayList<>();
      for (int i = 0; i < sources.length; i += 2) {
        Path f = src.resolve(sources[i].replace('.', '/') + ".java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, sources[i + 1], StandardCharsets.UTF_8);
        files.add(f.toFile());
      }
      JavaCompiler ecj = new EclipseCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        fm.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
        fm.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
        fm.setLocation(StandardLocation.CLASS_PATH, List.of(new File(classPath())));
        JavaCompiler.CompilationTask task = ecj.getTask(new StringWriter(), fm, diagnostics,
            List.of("-source", "17", "-target", "17", "-encoding", "UTF-8"), null, fm.getJavaFileObjectsFromFiles(files));
        List<Processor> all = new ArrayList<>(others);
        all.add(new TetherProcessor());
        task.setProcessors(all);
        boolean ok = task.call();
        return new Ecj(classes, generated, ok, diagnostics.getDiagnostics());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What models compile against: the runtime's classes alone (its dependencies appear in no signature
   * the generated code uses). The tests' whole class path, ecj and Guava included, makes each run
   * several times slower.
   */
  static String classPath() {
    try {
      return Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a generated source, e.g. {@code test.ArticleModel}. */
  String generated(String qualifiedName) {
    try {
      return Files.readString(generated.resolve(qualifiedName.replace('.', '/') + ".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Diagnostic<? extends JavaFileObject>> errors() {
    return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
  }

  /** Every diagnostic, one per line, for assertion messages. */
  String report() {
    StringBuilder b = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      b.append(d.getKind()).append(' ').append(d.getSource() == null ? "-" : d.getSource().getName()).append(':')
          .append(d.getLineNumber()).append(' ').append(d.getMessage(Locale.ROOT)).append('\n');
    }
    return b.toString();
  }
}
