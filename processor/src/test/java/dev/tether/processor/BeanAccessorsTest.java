package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;
import static dev.tether.processor.Tether.source;

import com.google.testing.compile.Compilation;
import dev.tether.Database;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated JavaBeans accessors: code in another package fills in, saves and reads models
 * through {@code getX()/setX()} ({@code isX()} for a {@code boolean}), relations included; a method
 * the model declares itself wins; public fields work; private ones stay refused.
 */
class BeanAccessorsTest {
  @TempDir Path dir;

  private static final JavaFileObject REPORTER = model("Reporter", """
      String firstName;
      public String email;
      boolean active;
      @Field(nullable = true) Boolean verified;
      public String getEmail() { return email.toLowerCase(Locale.ROOT); }
      """);
  private static final JavaFileObject ARTICLE = model("Article", """
      String headline;
      @ForeignKey(onDelete = OnDelete.CASCADE) Reporter reporter;
      @OneToOne(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "edited") Reporter editor;
      @ManyToMany(relatedName = "read") List<Reporter> readers;
      """);
  /** Application code in another package, where the package-private fields are out of reach. */
  private static final JavaFileObject CLIENT = source("app.Client", """
      package app;

      import test.Article;
      import test.Reporter;

      public class Client {
          public static String run() {
              Reporter r = new Reporter();
              r.setFirstName("John");
              r.setEmail("John@Example.COM");
              r.setActive(true);
              r.setVerified(null);
              r.save();
              Article a = new Article();
              a.setHeadline("Hi");
              a.setReporter(r);
              a.save();
              Article back = Article.objects.get(test.Article_.id.eq(a.getId()));
              back.setEditor(back.getReporter());
              back.save();
              back.refreshFromDb();
              return back.getHeadline() + "|" + back.getReporter().getFirstName() + "|"
                  + back.getReporterId().equals(r.getId()) + "|" + back.getReporter().isActive() + "|"
                  + back.getReporter().getVerified() + "|" + back.getReporter().getEmail() + "|"
                  + back.getEditorId().equals(r.id()) + "|" + back.getEditor().getFirstName();
          }
      }
      """);

  @Test
  void codeInAnotherPackageUsesTheAccessors() throws IOException {
    Compilation c = compile(REPORTER, ARTICLE, CLIENT);
    assertCleanCompile(c);
    try (GeneratedCode code = GeneratedCode.load(c, dir);
        Database db = Database.open("jdbc:sqlite::memory:")) {
      db.migrate();
      Database.setDefault(db);
      // getEmail() is the model's own: it lower-cases
      assertThat(GeneratedCode.call(code.type("app.Client"), "run"))
          .isEqualTo("Hi|John|true|true|null|john@example.com|true|John");
    }
  }

  @Test
  void javaBeansIntrospectionSeesEveryColumnAsAProperty() throws Exception {
    // what Spring's BeanWrapper and most template engines build on
    try (GeneratedCode code = GeneratedCode.load(compile(REPORTER, ARTICLE), dir)) {
      Map<String, String> properties = new TreeMap<>();
      for (PropertyDescriptor p : Introspector.getBeanInfo(code.type("test.Article"), Object.class)
          .getPropertyDescriptors()) {
        properties.put(p.getName(), p.getPropertyType().getSimpleName() + (p.getReadMethod() != null ? " r" : "")
            + (p.getWriteMethod() != null ? "w" : ""));
      }
      assertThat(properties).containsExactly("editor", "Reporter rw", "editorId", "Long rw", "headline", "String rw",
          "id", "Long rw", "reporter", "Reporter rw", "reporterId", "Long rw").inOrder();
      PropertyDescriptor active = Arrays.stream(Introspector.getBeanInfo(code.type("test.Reporter"), Object.class)
          .getPropertyDescriptors()).filter(p -> p.getName().equals("active")).findFirst().orElseThrow();
      assertThat(active.getReadMethod().getName()).isEqualTo("isActive");
    }
  }

  @Test
  void aMethodTheModelDeclaresWinsOverTheAccessor() {
    Compilation c = compile(REPORTER, ARTICLE);
    assertCleanCompile(c);
    assertThat(c).generatedSourceFile("test.ReporterModel").contentsAsUtf8String().doesNotContain("getEmail()");
    assertThat(c).generatedSourceFile("test.ReporterModel").contentsAsUtf8String()
        .contains("public final void setEmail(String email)");
    assertThat(c).generatedSourceFile("test.ReporterModel").contentsAsUtf8String()
        .contains("public final boolean isActive()");
    assertThat(c).generatedSourceFile("test.ReporterModel").contentsAsUtf8String()
        .contains("public final Boolean getVerified()");
    // a many-to-many is a manager, not a value: no bean accessors
    assertThat(c).generatedSourceFile("test.ArticleModel").contentsAsUtf8String().doesNotContain("getReaders");
  }

  @Test
  void aStaticMethodOrAnotherReturnTypeOfTheSameNameAlsoWins() {
    JavaFileObject a = model("A", """
        String code;
        int rank;
        public static String getCode() { return "static"; }
        public Integer getRank() { return rank; }
        public void setRank(long r) { rank = (int) r; }
        """);
    Compilation c = compile(a);
    assertCleanCompile(c);
    assertThat(c).generatedSourceFile("test.AModel").contentsAsUtf8String().doesNotContain("getCode");
    assertThat(c).generatedSourceFile("test.AModel").contentsAsUtf8String().doesNotContain("getRank");
    assertThat(c).generatedSourceFile("test.AModel").contentsAsUtf8String().contains("void setCode(String code)");
    assertThat(c).generatedSourceFile("test.AModel").contentsAsUtf8String().doesNotContain("setRank");
  }

  @Test
  void nestedModelsGetAccessorsToo() {
    JavaFileObject shop = source("test.Shop", """
        package test;

        import dev.tether.*;

        public class Shop {
            @Model
            public static class Book extends BookModel {
                String title;
            }
        }
        """);
    Compilation c = compile(shop);
    assertCleanCompile(c);
    assertThat(c).generatedSourceFile("test.BookModel").contentsAsUtf8String()
        .contains("((Shop.Book) this).title = title;");
  }

  @Test
  void privateFieldsStayRefusedWithTheAccessorsAsTheHint() {
    JavaFileObject a = model("A", "private String secret;");
    assertOnlyError(compile(a), "code in other packages uses the generated getSecret()/setSecret()", a,
        "private String secret;");
  }
}
