package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.tether.processor.GeneratedCode.all;
import static dev.tether.processor.GeneratedCode.call;

import dev.tether.Database;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.ModelRegistry;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial recompiles, as {@code useIncrementalCompilation=false} and IDEs do them: javac gets only
 * the touched sources, the rest of the module is class files in the output directory. Each case
 * then checks the generated code (reverse members, registry) and runs it: a cascade on SQLite.
 */
class PartialCompileTest {
  static final String REPORTER = """
      package test;

      import dev.tether.*;

      @Model
      public class Reporter extends ReporterModel {
          @Field(maxLength = 30) String name;
      }
      """;
  static final String ARTICLE = """
      package test;

      import dev.tether.*;

      @Model
      public class Article extends ArticleModel {
          @Field(maxLength = 100) String headline;
          @ForeignKey(onDelete = OnDelete.CASCADE) Reporter reporter;
      }
      """;
  static final String STORY = ARTICLE.replace("Article", "Story");
  /** Uses the generated API of both models, so a stale or missing member fails its compilation. */
  static final String APP = """
      package test;

      public class App {
          static int articles(Reporter r) {
              return (int) r.articleSet().count();
          }
      }
      """;

  @TempDir Path dir;
  private DirCompiler javac;

  @BeforeEach
  void fullBuild() {
    javac = new DirCompiler(dir).write("test.Reporter", REPORTER).write("test.Article", ARTICLE).write("test.App", APP);
    assertSuccess(javac.compileAll());
  }

  @Test
  void touchingTheTargetAloneKeepsItsReverseAccessor() throws Exception {
    assertSuccess(javac.compile("test.Reporter"));
    assertThat(methods("test.ReporterModel")).contains("articleSet");
    assertThat(registry()).containsExactly("Article", "Reporter");
    assertCascades("test.Article");
  }

  @Test
  void touchingTheSourceAloneKeepsEveryModelInTheRegistry() throws Exception {
    assertSuccess(javac.compile("test.Article"));
    assertThat(registry()).containsExactly("Article", "Reporter");
    assertThat(methods("test.ReporterModel")).contains("articleSet");
    assertThat(Files.readString(javac.out.resolve("META-INF/tether/models.list")))
        .contains("test.Article test.Reporter\ntest.Reporter\n");
    assertCascades("test.Article");
  }

  @Test
  void aPartialBuildWritesWhatAFullBuildWrites() throws Exception {
    String full = generated();
    assertSuccess(javac.compile("test.Article"));
    assertThat(generated()).isEqualTo(full);
    assertSuccess(javac.compile("test.Reporter"));
    assertThat(generated()).isEqualTo(full);
  }

  @Test
  void aNewRelationInTheTouchedFileReachesTheUntouchedTarget() throws Exception {
    javac.write("test.Article", ARTICLE.replace("Reporter reporter;", "Reporter reporter;\n"
        + "    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = \"edited\") Reporter editor;"));
    assertSuccess(javac.compile("test.Article"));
    assertThat(methods("test.ReporterModel")).containsAtLeast("articleSet", "edited");
  }

  @Test
  void renamingAModelDropsTheOldOneEverywhere() throws Exception {
    javac.delete("test.Article").write("test.Story", STORY).write("test.App", APP.replace("articleSet", "storySet"));
    assertSuccess(javac.compile("test.Story", "test.App"));
    assertThat(registry()).containsExactly("Reporter", "Story");
    assertThat(methods("test.ReporterModel")).contains("storySet");
    assertThat(methods("test.ReporterModel")).doesNotContain("articleSet");
    assertThat(Files.readString(javac.out.resolve("META-INF/tether/models.list"))).doesNotContain("Article");
    assertCascades("test.Story");
  }

  @Test
  void deletingAModelDropsItFromTheRegistryAndItsTarget() throws Exception {
    javac.delete("test.Article").delete("test.App");
    assertSuccess(javac.compile("test.Reporter"));
    assertThat(registry()).containsExactly("Reporter");
    assertThat(methods("test.ReporterModel")).doesNotContain("articleSet");
  }

  private static void assertSuccess(DirCompiler.Result r) {
    assertWithMessage(r.text()).that(r.success()).isTrue();
  }

  private String generated() throws Exception {
    StringBuilder b = new StringBuilder();
    for (String f : List.of("ReporterModel", "Reporter_", "ArticleModel", "Article_", "TetherModels")) {
      b.append(Files.readString(javac.gen.resolve("test/" + f + ".java")));
    }
    return b.toString();
  }

  private List<String> methods(String type) throws Exception {
    try (GeneratedCode code = GeneratedCode.of(javac.out)) {
      return Arrays.stream(code.type(type).getDeclaredMethods()).map(Method::getName).toList();
    }
  }

  private List<String> registry() throws Exception {
    try (GeneratedCode code = GeneratedCode.of(javac.out)) {
      ModelRegistry r = (ModelRegistry) code.type("test.TetherModels").getConstructor().newInstance();
      return r.models().stream().map(ModelMeta::name).sorted().toList();
    }
  }

  /** Creates a reporter with one related row, deletes the reporter: the row goes too. */
  private void assertCascades(String source) throws Exception {
    try (GeneratedCode code = GeneratedCode.of(javac.out); Database db = Database.open("jdbc:sqlite::memory:")) {
      db.migrate();
      Database.setDefault(db);
      Object reporter = code.save("test.Reporter", "name", "John");
      code.save(source, "headline", "Hello", "reporter", reporter);
      call(reporter, "delete");
      assertThat(all(code.meta(source), db).count()).isEqualTo(0);
    }
  }
}
