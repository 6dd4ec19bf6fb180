package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.tether.processor.GeneratedCode.all;
import static dev.tether.processor.GeneratedCode.call;
import static dev.tether.processor.GeneratedCode.filter;

import dev.tether.Database;
import dev.tether.QuerySet;
import dev.tether.RelatedManager;
import dev.tether.meta.Entity;
import dev.tether.path.ModelPath;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relations to a model of another compilation (module {@code core}, compiled first and on the
 * class path of module {@code app}): the target's key type comes from its class file, the reverse
 * side is reached through {@code ReporterRelations_}, and deletes cascade across the modules.
 */
class CrossCompilationTest {
  static final String REPORTER = """
      package core;

      import dev.tether.*;

      @Model
      public class Reporter extends ReporterModel {
          @PrimaryKey @Field(maxLength = 10) public String code;
          @Field(maxLength = 30) public String name;
      }
      """;
  static final String COMMENT = """
      package app;

      import core.Reporter;
      import dev.tether.*;

      @Model
      public class Comment extends CommentModel {
          @Field(maxLength = 100) public String text;
          @ForeignKey(onDelete = OnDelete.CASCADE) public Reporter reporter;
      }
      """;
  static final String PROFILE = """
      package app;

      import core.Reporter;
      import dev.tether.*;
      import java.util.List;

      @Model
      public class Profile extends ProfileModel {
          @Field(maxLength = 100) public String bio;
          @OneToOne(onDelete = OnDelete.CASCADE) public Reporter reporter;
          @ManyToMany(relatedName = "fans") public List<Reporter> follows;
      }
      """;

  @TempDir Path dir;
  private DirCompiler core;
  private DirCompiler app;

  @BeforeEach
  void build() {
    core = new DirCompiler(dir.resolve("core")).write("core.Reporter", REPORTER);
    assertSuccess(core.compileAll());
    app = new DirCompiler(dir.resolve("app"), core.out).write("app.Comment", COMMENT).write("app.Profile", PROFILE);
  }

  @Test
  void theKeyTypeIsReadFromTheTargetsClassFile() throws Exception {
    assertSuccess(app.compileAll());
    try (GeneratedCode code = GeneratedCode.of(core.out, app.out)) {
      assertThat(code.type("app.CommentModel").getMethod("reporterId").getReturnType()).isEqualTo(String.class);
    }
  }

  @Test
  void theReverseSideIsReachedThroughTheGeneratedEntryPoint() throws Exception {
    assertSuccess(app.compileAll());
    try (GeneratedCode code = GeneratedCode.of(core.out, app.out)) {
      Class<?> relations = code.type("app.ReporterRelations_");
      assertThat(Arrays.stream(relations.getDeclaredMethods()).map(Method::getName).distinct().sorted().toList())
          .containsExactly("comment", "commentSet", "fans", "profile");
    }
  }

  @Test
  void aPartialRecompileOfTheDependentModuleKeepsEveryReverseMember() throws Exception {
    assertSuccess(app.compileAll());
    assertSuccess(app.compile("app.Comment"));
    try (GeneratedCode code = GeneratedCode.of(core.out, app.out)) {
      Class<?> relations = code.type("app.ReporterRelations_");
      assertThat(Arrays.stream(relations.getDeclaredMethods()).map(Method::getName).distinct().sorted().toList())
          .containsExactly("comment", "commentSet", "fans", "profile");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void reverseQueriesManagersAndCascadesWorkAcrossTheModules() throws Exception {
    assertSuccess(app.compileAll());
    try (GeneratedCode code = GeneratedCode.of(core.out, app.out); Database db = Database.open("jdbc:sqlite::memory:")) {
      db.migrate();
      Database.setDefault(db);
      Class<?> relations = code.type("app.ReporterRelations_");
      Object reporter = code.save("core.Reporter", "code", "r1", "name", "John");
      code.save("app.Comment", "text", "hi", "reporter", reporter);
      code.save("app.Profile", "bio", "b", "reporter", reporter);
      RelatedManager<?> comments = (RelatedManager<?>) call(relations, "commentSet", reporter);
      assertThat(comments.count()).isEqualTo(1);
      assertThat(call(call(relations, "profile", reporter), "pk")).isNotNull();

      Object path = call(relations, "comment");
      Object q = call(GeneratedCode.get(path, "text"), "eq", "hi");
      assertThat(filter(code.meta("core.Reporter"), db, q).count()).isEqualTo(1);
      QuerySet<Entity> reporters = (QuerySet<Entity>) all(code.meta("core.Reporter"), db);
      Entity loaded = reporters.prefetchRelated((ModelPath<Entity, ?>) path).list().get(0);
      try (var queries = db.captureQueries()) {
        assertThat(((RelatedManager<?>) call(relations, "commentSet", loaded)).list()).hasSize(1);
        assertThat(queries.count()).isEqualTo(0);
      }

      call(reporter, "delete");
      assertThat(all(code.meta("app.Comment"), db).count()).isEqualTo(0);
      assertThat(all(code.meta("app.Profile"), db).count()).isEqualTo(0);
    }
  }

  @Test
  void aTargetWithoutItsGeneratedCodeIsACompileErrorSayingWhatToDo() throws Exception {
    try (Stream<Path> files = Files.list(core.out.resolve("core"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("Reporter_")).toList()) {
        Files.delete(f);
      }
    }
    app.delete("app.Profile");
    DirCompiler.Result r = app.compileAll();
    assertThat(r.success()).isFalse();
    assertThat(r.text()).contains("Comment.java:9 [TETHER-E315] Comment.reporter points at Reporter, which was"
        + " compiled elsewhere but whose generated code (core.Reporter_) is not on the class path");
    assertThat(r.text()).contains("compile the module that declares Reporter with tether-processor");
    assertWithMessage(r.text()).that(r.diagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
        .count()).isEqualTo(1);
  }

  private static void assertSuccess(DirCompiler.Result r) {
    assertWithMessage(r.text()).that(r.success()).isTrue();
  }
}
