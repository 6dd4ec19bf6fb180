package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.tether.processor.GeneratedCode.all;
import static dev.tether.processor.GeneratedCode.call;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.compileWith;
import static dev.tether.processor.Tether.source;

import com.google.testing.compile.Compilation;
import dev.tether.Database;
import dev.tether.ManyRelatedManager;
import dev.tether.RelatedManager;
import dev.tether.meta.Entity;
import com.palantir.javapoet.ClassName;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor inside the Eclipse compiler (ecj 3.40, which Eclipse and VS Code's Java support
 * run): it generates the same sources as under javac, the classes behave the same on SQLite,
 * deferral across rounds works, and errors land on the same element.
 */
class EclipseCompilerTest {
  @TempDir Path dir;

  private static final String REPORTER = """
      package test;

      import dev.tether.*;

      @Model
      public class Reporter extends ReporterModel {
          String name;
      }
      """;
  private static final String ARTICLE = """
      package test;

      import dev.tether.*;
      import java.util.List;

      @Model(ordering = "headline")
      public class Article extends ArticleModel {
          String headline;
          @ForeignKey(onDelete = OnDelete.CASCADE)
          Reporter reporter;
          @OneToOne(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "featured")
          Reporter editor;
          @ManyToMany(relatedName = "read")
          List<Reporter> readers;
      }
      """;

  @Test
  void generatesWhatJavacGenerates() {
    Ecj ecj = Ecj.compile(dir, List.of(), "test.Reporter", REPORTER, "test.Article", ARTICLE);
    assertWithMessage(ecj.report()).that(ecj.errors()).isEmpty();
    Compilation javac = Tether.compile(source("test.Reporter", REPORTER), source("test.Article", ARTICLE));
    assertCleanCompile(javac);
    for (String type : List.of("test.ReporterModel", "test.Reporter_", "test.ArticleModel", "test.Article_",
        "test.TetherModels")) {
      assertWithMessage(type).that(ecj.generated(type)).isEqualTo(text(javac, type));
    }
  }

  @Test
  void generatedCodeBehavesAsJavacs() throws IOException {
    Ecj ecj = Ecj.compile(dir.resolve("ecj"), List.of(), "test.Reporter", REPORTER, "test.Article", ARTICLE);
    assertWithMessage(ecj.report()).that(ecj.success).isTrue();
    String byEcj;
    try (GeneratedCode code = GeneratedCode.load(ecj.classes)) {
      byEcj = scenario(code);
    }
    String byJavac;
    try (GeneratedCode code = GeneratedCode.load(
        Tether.compile(source("test.Reporter", REPORTER), source("test.Article", ARTICLE)), dir.resolve("javac"))) {
      byJavac = scenario(code);
    }
    assertThat(byEcj).isEqualTo("articles=2 featured=B read=1 cascade=2 left=0");
    assertThat(byEcj).isEqualTo(byJavac);
  }

  /** Relations both ways, then a cascading delete, on a fresh SQLite database. */
  @SuppressWarnings("unchecked")
  private static String scenario(GeneratedCode code) {
    try (Database db = Database.open("jdbc:sqlite::memory:")) {
      db.migrate();
      Database.setDefault(db);
      Object r = code.save("test.Reporter", "name", "Ann");
      Object a = code.save("test.Article", "headline", "A", "reporter", r);
      code.save("test.Article", "headline", "B", "reporter", r, "editor", r);
      ((ManyRelatedManager<Entity>) call(a, "readers")).add(List.of((Entity) r));
      long articles = ((RelatedManager<?>) call(r, "articleSet")).count();
      Object featured = GeneratedCode.get(call(r, "featured"), "headline");
      long read = ((ManyRelatedManager<?>) call(r, "read")).count();
      call(r, "delete");
      long left = all(code.meta("test.Article"), db).count();
      return "articles=" + articles + " featured=" + featured + " read=" + read + " cascade=" + (articles - left)
          + " left=" + left;
    }
  }

  @Test
  void commandLineFindsTheProcessorOnTheProcessorPath() throws Exception {
    // as a build runs ecj: the processor found through its META-INF/services entry; -cp comes before -processorpath
    Path src = Files.createDirectories(dir.resolve("src/test"));
    Files.writeString(src.resolve("Reporter.java"), REPORTER);
    Files.writeString(src.resolve("Article.java"), ARTICLE);
    String processorPath = location(TetherProcessor.class) + File.pathSeparator + location(ClassName.class);
    StringWriter out = new StringWriter();
    boolean ok = BatchCompiler.compile(new String[] {"-source", "17", "-target", "17", "-cp", Ecj.classPath(),
        "-processorpath", processorPath, "-d", dir.resolve("classes").toString(),
        "-s", dir.resolve("generated").toString(), src.toString()}, new PrintWriter(out), new PrintWriter(out), null);
    assertWithMessage(out.toString()).that(ok).isTrue();
    assertThat(Files.readString(dir.resolve("classes/META-INF/services/dev.tether.meta.ModelRegistry")))
        .isEqualTo("test.TetherModels\n");
    assertThat(Files.readString(dir.resolve("generated/test/ReporterModel.java")))
        .contains("public final RelatedManager<Article> articleSet()");
  }

  private static String location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void defersToTheRoundWhereAnotherProcessorMakesTheType() {
    String order = """
        package test;

        import dev.tether.*;

        @Model(table = "orders")
        public class Order extends OrderModel {
            Colour colour;
            @ForeignKey(onDelete = OnDelete.CASCADE)
            Customer customer;
        }
        """;
    String customer = """
        package test;

        import dev.tether.*;

        @Model
        public class Customer extends CustomerModel {
            String name;
        }
        """;
    List<Processor> generator = List.of(new MultipleRoundsTest.OneFileGenerator("test.Colour",
        "package test;\npublic enum Colour { RED, GREEN }\n"));
    Ecj ecj = Ecj.compile(dir, generator, "test.Order", order, "test.Customer", customer);
    assertWithMessage(ecj.report()).that(ecj.errors()).isEmpty();
    assertThat(ecj.generated("test.Order_")).contains("FieldMeta.of(\"colour\", \"colour\", SqlType.ENUM)");
    assertThat(ecj.generated("test.CustomerModel")).contains("public final RelatedManager<Order> orderSet()");
    assertThat(ecj.generated("test.TetherModels")).contains("List.of(Customer_.META, Order_.META)");
  }

  @Test
  void aGeneratedModelIsARelationTarget() throws IOException {
    String tag = """
        package test;
        import dev.tether.Model;
        @Model
        public class Tag extends TagModel {
            String label;
        }
        """;
    String post = """
        package test;

        import dev.tether.*;

        @Model
        public class Post extends PostModel {
            String title;
            @ForeignKey(onDelete = OnDelete.CASCADE)
            Tag tag;
        }
        """;
    Ecj ecj = Ecj.compile(dir, List.of(new MultipleRoundsTest.OneFileGenerator("test.Tag", tag)), "test.Post", post);
    assertWithMessage(ecj.report()).that(ecj.errors()).isEmpty();
    try (GeneratedCode code = GeneratedCode.load(ecj.classes);
        Database db = Database.open("jdbc:sqlite::memory:")) {
      db.migrate();
      Database.setDefault(db);
      Object t = code.save("test.Tag", "label", "java");
      code.save("test.Post", "title", "Hi", "tag", t);
      assertThat(((RelatedManager<?>) call(t, "postSet")).count()).isEqualTo(1);
    }
  }

  @Test
  void aLaterRoundModelPointingAtAWrittenOneIsRefusedAsUnderJavac() {
    String article = """
        package test;
        import dev.tether.*;
        @Model
        public class Article extends ArticleModel {
            String headline;
            @ForeignKey(onDelete = OnDelete.CASCADE)
            Reporter reporter;
        }
        """;
    Ecj ecj = Ecj.compile(dir, List.of(new MultipleRoundsTest.OneFileGenerator("test.Article", article)),
        "test.Reporter", REPORTER);
    List<Diagnostic<? extends JavaFileObject>> errors = ecj.errors();
    assertWithMessage(ecj.report()).that(errors).hasSize(1);
    assertThat(errors.get(0).getMessage(Locale.ROOT)).startsWith("[TETHER-E312] Article.reporter points at Reporter");
    assertThat(errors.get(0).getSource().getName()).endsWith("Article.java");
    assertThat(errors.get(0).getLineNumber()).isEqualTo(6);
  }

  @Test
  void nestedModelsAndSelfRelations() {
    String shop = """
        package test;

        import dev.tether.*;

        public class Shop {
            @Model
            public static class Category extends CategoryModel {
                String name;
                @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "children")
                Category parent;
            }
        }
        """;
    Ecj ecj = Ecj.compile(dir, List.of(), "test.Shop", shop);
    assertWithMessage(ecj.report()).that(ecj.errors()).isEmpty();
    Compilation javac = Tether.compile(source("test.Shop", shop));
    assertCleanCompile(javac);
    for (String type : List.of("test.CategoryModel", "test.Category_", "test.TetherModels")) {
      assertWithMessage(type).that(ecj.generated(type)).isEqualTo(text(javac, type));
    }
  }

  @Test
  void errorsLandOnTheElementAsUnderJavac() {
    String bad = """
        package test;

        import dev.tether.*;

        @Model
        public class Bad extends BadModel {
            private String secret;
            @ForeignKey(onDelete = OnDelete.SET_NULL)
            Reporter reporter;
        }
        """;
    Ecj ecj = Ecj.compile(dir, List.of(), "test.Reporter", REPORTER, "test.Bad", bad);
    assertThat(ecj.success).isFalse();
    List<Diagnostic<? extends JavaFileObject>> errors = ecj.errors();
    assertWithMessage(ecj.report()).that(errors).hasSize(2);
    assertThat(line(errors, "[TETHER-E201] model field secret is private")).isEqualTo(7);
    assertThat(line(errors, "[TETHER-E308]")).isEqualTo(8);
    for (Diagnostic<? extends JavaFileObject> e : errors) {
      assertThat(e.getSource().getName()).endsWith("Bad.java");
    }
  }

  @Test
  void aTypeNeverGeneratedIsReportedOnTheModel() {
    String order = """
        package test;

        import dev.tether.*;

        @Model
        public class Order extends OrderModel {
            Colour colour;
        }
        """;
    Ecj ecj = Ecj.compile(dir, List.of(), "test.Order", order);
    assertThat(ecj.success).isFalse();
    assertWithMessage(ecj.report()).that(ecj.report()).contains("[TETHER-E901] type Colour used by Order");
    assertWithMessage(ecj.report()).that(ecj.report()).doesNotContain("OrderModel cannot be resolved");
  }

  private static long line(List<Diagnostic<? extends JavaFileObject>> errors, String message) {
    return errors.stream().filter(d -> d.getMessage(Locale.ROOT).contains(message)).findFirst()
        .orElseThrow(() -> new AssertionError("no error " + message)).getLineNumber();
  }

  private static String text(Compilation c, String type) {
    try {
      return c.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
