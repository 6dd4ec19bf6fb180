package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.tether.Database;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E601: an application that is a module must provide its generated registry itself (a named
 * module's {@code META-INF/services} is ignored, so {@code migrate()} would create no table).
 * compile-testing's in-memory files cannot make a module, so these tests run javac on files.
 */
class ModuleErrorsTest {
  @TempDir Path dir;

  private static final String REPORTER = """
      package app.models;

      import dev.tether.*;

      @Model
      public class Reporter extends ReporterModel {
          String name;
      }
      """;

  @Test
  void aModuleThatDoesNotProvideTheRegistryIsToldTheLineToAdd() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compileModule(List.of(), """
        module app {
            requires dev.tether.runtime;
        }
        """);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getMessage(Locale.ROOT)).isEqualTo("[TETHER-E601] module app does not provide"
        + " app.models.TetherModels, so Database.migrate() and makemigrations would not see its models (in a named"
        + " module, ServiceLoader ignores META-INF/services); add `provides dev.tether.meta.ModelRegistry with"
        + " app.models.TetherModels;` to module-info.java.");
    assertThat(errors.get(0).getSource().getName()).endsWith("module-info.java");
    assertThat(errors.get(0).getLineNumber()).isEqualTo(1);
  }

  @Test
  void aModuleProvidingTheGeneratedRegistryCompilesCleanly() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compileModule(List.of(), """
        module app {
            requires dev.tether.runtime;
            provides dev.tether.meta.ModelRegistry with app.models.TetherModels;
        }
        """);
    assertThat(errors).isEmpty();
    assertThat(Files.readString(dir.resolve("classes/META-INF/services/dev.tether.meta.ModelRegistry")))
        .isEqualTo("app.models.TetherModels\n");
  }

  @Test
  void providingAnotherRegistryIsNotEnough() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compileModule(List.of("-Atether.registry=app.AppModels"), """
        module app {
            requires dev.tether.runtime;
            provides dev.tether.meta.ModelRegistry with app.models.TetherModels;
        }
        """);
    assertThat(errors.stream().map(d -> d.getMessage(Locale.ROOT)).toList().toString())
        .contains("add `provides dev.tether.meta.ModelRegistry with app.AppModels;` to module-info.java");
  }

  @Test
  void testModelsPatchedIntoACompiledModuleAreNotChecked() throws IOException {
    // as Maven compiles a modular project's tests: module-info is a class, the tests --patch-module into it
    Path main = dir.resolve("main");
    Files.createDirectories(main.resolve("app"));
    Files.writeString(main.resolve("module-info.java"), "module app {\n    requires dev.tether.runtime;\n}\n");
    Files.writeString(main.resolve("app/Api.java"), "package app;\n\npublic class Api {\n}\n");
    assertThat(javac(List.of("--module-path", modulePath()), dir.resolve("main-classes"), main.resolve("module-info.java"),
        main.resolve("app/Api.java"))).isEmpty();
    Path test = dir.resolve("test");
    Files.createDirectories(test.resolve("app/models"));
    Files.writeString(test.resolve("app/models/Reporter.java"), REPORTER);
    List<Diagnostic<? extends JavaFileObject>> errors = javac(List.of("--module-path",
        dir.resolve("main-classes") + File.pathSeparator + modulePath(), "--patch-module", "app=" + test),
        dir.resolve("classes"), test.resolve("app/models/Reporter.java"));
    assertThat(errors).isEmpty();
  }

  /** javac on {@code module-info.java} and the Reporter model; returns the errors. */
  private List<Diagnostic<? extends JavaFileObject>> compileModule(List<String> options, String moduleInfo)
      throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("app/models"));
    Files.writeString(src.resolve("module-info.java"), moduleInfo);
    Files.writeString(src.resolve("app/models/Reporter.java"), REPORTER);
    List<String> all = new ArrayList<>(List.of("--module-path", modulePath()));
    all.addAll(options);
    return javac(all, dir.resolve("classes"), src.resolve("module-info.java"), src.resolve("app/models/Reporter.java"));
  }

  /** javac with Tether on {@code files}, classes to {@code classes}; returns every diagnostic but notes. */
  private List<Diagnostic<? extends JavaFileObject>> javac(List<String> options, Path classes, Path... files)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      fm.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(Files.createDirectories(classes)));
      fm.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT,
          List.of(Files.createDirectories(dir.resolve("generated"))));
      List<String> all = new ArrayList<>(List.of("-Xlint:all"));
      all.addAll(options);
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, all, null,
          fm.getJavaFileObjects(files));
      task.setProcessors(List.of(new TetherProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList();
  }

  /** The runtime (a module) and the modules it requires (HikariCP is optional: {@code requires static}). */
  private static String modulePath() {
    return String.join(File.pathSeparator, location(Database.class), location(org.sqlite.JDBC.class));
  }

  private static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
