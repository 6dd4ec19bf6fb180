package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;
import static dev.tether.processor.Tether.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Abstract base models ({@code @AbstractModel}, {@code inherits}) and autoNow fields: E106, E107, E213-E216, E314. */
class AbstractModelTest {
  static JavaFileObject base(String name, String body) {
    return base("test", name, body);
  }

  static JavaFileObject base(String pkg, String name, String body) {
    return source(pkg + "." + name, """
        package %s;

        import dev.tether.*;
        import java.time.*;

        @AbstractModel
        public abstract class %s extends %sModel {
        %s
        }
        """.formatted(pkg, name, name, body));
  }

  static final String TIMESTAMPED = """
      @Field(autoNowAdd = true)
      Instant createdAt;
      @Field(autoNow = true)
      LocalDateTime updatedAt;
      @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true)
      User owner;
      """;

  private static String generated(Compilation c, String name) throws IOException {
    return c.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", name).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void modelsInheritTheFieldsAndEachGetsItsReverseAccessor() throws IOException {
    Compilation c = compile(base("Timestamped", TIMESTAMPED), model("User", "String name;"),
        model("Article", "@Model(inherits = Timestamped.class)", "String title;"),
        model("Comment", "@Model(inherits = Timestamped.class)", "String text;"));
    assertCleanCompile(c);
    assertThat(generated(c, "TimestampedModel.java")).contains("public abstract class TimestampedModel extends Entity");
    String article = generated(c, "ArticleModel.java");
    assertThat(article).contains("public abstract class ArticleModel extends Timestamped");
    assertThat(article).contains("public final User owner()");
    String user = generated(c, "UserModel.java");
    assertThat(user).contains("articleSet()");
    assertThat(user).contains("commentSet()");
    String meta = generated(c, "Article_.java");
    assertThat(meta).contains("FieldMeta.of(\"createdAt\", \"created_at\", SqlType.INSTANT).withAutoNow(false)");
    assertThat(meta).contains("FieldMeta.of(\"updatedAt\", \"updated_at\", SqlType.DATETIME).withAutoNow(true)");
    assertThat(meta).contains("o.updatedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC)");
  }

  @Test
  void relatedNamePlaceholdersBecomeEachModelsName() throws IOException {
    Compilation c = compile(base("Owned", "@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"owned{Class}s\")\nUser owner;"),
        model("User", "String name;"), model("NewsItem", "@Model(inherits = Owned.class)", "String title;"),
        model("Photo", "@Model(inherits = Owned.class)", "String url;"));
    assertCleanCompile(c);
    String user = generated(c, "UserModel.java");
    assertThat(user).contains("ownedNewsItems()");
    assertThat(user).contains("ownedPhotos()");
  }

  @Test
  void aBaseInAnotherPackageWithPublicFields() {
    JavaFileObject b = base("test.common", "Stamped", "@Field(autoNowAdd = true)\npublic Instant createdAt;");
    JavaFileObject a = model("Article", "@Model(inherits = test.common.Stamped.class)", "String title;");
    assertCleanCompile(compile(b, a));
  }

  @Test
  void e106InheritsAModelOrAPlainClass() {
    JavaFileObject a = model("A", "@Model(inherits = B.class)", "String x;");
    assertOnlyError(compile(a, model("B", "String y;")),
        "[TETHER-E106] A inherits B, which is not an @AbstractModel", a, "inherits = B.class");
  }

  @Test
  void e107AbstractModelThatIsAlsoAModel() {
    JavaFileObject b = source("test.B", """
        package test;

        import dev.tether.*;

        @AbstractModel
        @Model
        public class B extends BModel {
          String y;
        }
        """);
    com.google.testing.compile.CompilationSubject.assertThat(compile(b)).hadErrorContaining("[TETHER-E107] @AbstractModel cannot be used on a class that is also a @Model");
  }

  @Test
  void e101AbstractModelMustExtendItsBase() {
    JavaFileObject b = source("test.B", """
        package test;

        import dev.tether.*;

        @AbstractModel
        public abstract class B {
          String y;
        }
        """);
    assertOnlyError(compile(b), "[TETHER-E101] B must extend its generated base BModel", b, "public abstract class B");
  }

  @Test
  void e213PackagePrivateFieldOfABaseInAnotherPackage() {
    JavaFileObject b = base("test.common", "Stamped", "Instant createdAt;");
    JavaFileObject a = model("Article", "@Model(inherits = test.common.Stamped.class)", "String title;");
    assertOnlyError(compile(b, a), "[TETHER-E213] Article inherits field createdAt from Stamped in another package",
        a, "public class Article");
  }

  @Test
  void e214FieldHidesAnInheritedOne() {
    JavaFileObject a = model("Article", "@Model(inherits = Timestamped.class)", "Instant createdAt;");
    Compilation c = compile(base("Timestamped", "Instant createdAt;"), a);
    assertOnlyError(c, "[TETHER-E214] field createdAt hides the field of the same name that Article inherits from"
        + " Timestamped", a, "Instant createdAt;");
  }

  @Test
  void e215AutoNowOnSomethingElseThanATime() {
    JavaFileObject a = model("A", "@Field(autoNow = true)\nString stamp;");
    assertOnlyError(compile(a), "[TETHER-E215] autoNow/autoNowAdd on stamp of type java.lang.String", a, "@Field");
    JavaFileObject b = model("B", "@Field(autoNowAdd = true)\n@ForeignKey(onDelete = OnDelete.CASCADE)\nC c;");
    com.google.testing.compile.CompilationSubject.assertThat(compile(b, model("C", "String x;"))).hadErrorContaining("[TETHER-E215] autoNow/autoNowAdd on c");
  }

  @Test
  void e216AutoNowWithAutoNowAddOrADefault() {
    JavaFileObject a = model("A", "@Field(autoNow = true, autoNowAdd = true)\nInstant stamp;");
    assertOnlyError(compile(a), "[TETHER-E216] autoNow, autoNowAdd and defaultValue on stamp are mutually exclusive",
        a, "@Field");
    JavaFileObject b = model("B", "@Field(autoNowAdd = true, defaultValue = \"2020-01-01\")\nLocalDate day;");
    assertOnlyError(compile(b), "[TETHER-E216]", b, "@Field");
  }

  @Test
  void e314RelatedNameOnABaseWithoutPlaceholderIsReportedOnce() {
    JavaFileObject b = base("Owned", "@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"things\")\nUser owner;");
    Compilation c = compile(b, model("User", "String name;"), model("A", "@Model(inherits = Owned.class)", ""),
        model("B", "@Model(inherits = Owned.class)", ""));
    assertOnlyError(c, "[TETHER-E314] relatedName \"things\" on Owned.owner would be the same for every model"
        + " inheriting Owned", b, "relatedName = \"things\"");
  }

  @Test
  void aFaultInABaseIsReportedOnceOnTheBase() {
    JavaFileObject b = base("Owned", "private String secret;");
    Compilation c = compile(b, model("A", "@Model(inherits = Owned.class)", ""),
        model("B", "@Model(inherits = Owned.class)", ""));
    assertOnlyError(c, "[TETHER-E201] model field secret is private", b, "private String secret;");
  }

  @Test
  void aModelWithAnErrorStillSeesItsInheritedFields() {
    // the header-only base extends the abstract model, so using createdAt adds no "cannot find symbol"
    JavaFileObject a = model("Article", "@Model(inherits = Timestamped.class)",
        "private String secret;\nboolean recent() { return createdAt != null; }");
    assertOnlyError(compile(base("Timestamped", "Instant createdAt;"), a), "[TETHER-E201]", a, "private String secret;");
  }

  @Test
  void aManyToManyOnTheBaseGetsAJoinTablePerModel() throws IOException {
    Compilation c = compile(base("Tagged", "@ManyToMany(relatedName = \"{class}s\")\njava.util.List<Tag> tags;"),
        model("Tag", "String name;"), model("Article", "@Model(inherits = Tagged.class)", "String title;"),
        model("Photo", "@Model(inherits = Tagged.class)", "String url;"));
    assertCleanCompile(c);
    assertThat(generated(c, "Article_.java")).contains("\"article_tags\"");
    assertThat(generated(c, "Photo_.java")).contains("\"photo_tags\"");
    String tag = generated(c, "TagModel.java");
    assertThat(tag).contains("ManyRelatedManager<Article> articles()");
    assertThat(tag).contains("ManyRelatedManager<Photo> photos()");
  }
}
