package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code @Unique}, {@code @Index} and {@code @Check}: the generated metadata and every misuse, E130-E141. */
class ConstraintTest {
  static final String ARTICLE = """
      String slug;
      int price;
      @Field(nullable = true) Integer discount;
      boolean published;
      LocalDate pubDate;
      @ForeignKey(onDelete = OnDelete.CASCADE) Reporter reporter;
      @ManyToMany(relatedName = "edited") Set<Reporter> editors;
      """;

  static JavaFileObject reporter() {
    return model("Reporter", "String name;");
  }

  static JavaFileObject article(String annotations) {
    return model("Article", annotations + "\n@Model", ARTICLE);
  }

  private static String meta(Compilation c) throws IOException {
    return c.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", "Article_.java").orElseThrow().getCharContent(true)
        .toString();
  }

  @Test
  void declarationsBecomeMetadataWithNormalisedConditionsAndDjangosIndexNames() throws IOException {
    Compilation c = compile(reporter(), article("""
        @Unique(name = "article_reporter_slug_uniq", fields = {"reporter", "slug"})
        @Unique(name = "one_draft", fields = {"reporter"}, condition = "published = false")
        @Index(fields = {"-pubDate", "slug"})
        @Index(name = "live_idx", fields = {"pubDate"}, condition = "published=TRUE and (discount is null or discount<=price)")
        @Check(name = "price_ok", condition = "price >= 0 AND NOT (discount > price) AND pubDate >= '2000-01-01'")"""));
    assertCleanCompile(c);
    String meta = meta(c);
    assertThat(meta).contains("TableConstraint.unique(\"article_reporter_slug_uniq\", null, \"reporter\", \"slug\")");
    assertThat(meta).contains("TableConstraint.unique(\"one_draft\", \"published = false\", \"reporter\")");
    // Django: Index(fields=["-pub_date", "slug"]) on table "article" is named article_pub_dat_<md5[:6]>_idx
    assertThat(meta).containsMatch("TableConstraint.index\\(\"article_pub_dat_[0-9a-f]{6}_idx\", null, \"-pubDate\", \"slug\"\\)");
    assertThat(meta).contains("TableConstraint.index(\"live_idx\", \"published = true AND (discount IS NULL OR"
        + " discount <= price)\", \"pubDate\")");
    assertThat(meta).contains("TableConstraint.check(\"price_ok\", \"price >= 0 AND NOT discount > price AND pubDate >="
        + " '2000-01-01'\")");
  }

  @Test
  void theGeneratedIndexNameIsDjangos() {
    // Django 5: Index(fields=["-pub_date", "slug"]).set_name_with_model(Article) with db_table "article"
    // hashes "article", "-pub_date", "slug", "idx" with MD5
    assertThat(dev.tether.processor.model.ConstraintNames.of(
        new dev.tether.processor.model.ModelInfo(null, com.palantir.javapoet.ClassName.get("test", "Article"), "article",
            java.util.List.of(), java.util.List.of(), java.util.List.of()),
        new dev.tether.processor.model.ConstraintInfo(dev.tether.processor.model.ConstraintInfo.Kind.INDEX, null,
            java.util.List.of("-pub_date", "slug"), null, null)))
        .isEqualTo("article_pub_dat_" + md5("article-pub_dateslugidx").substring(0, 6) + "_idx");
  }

  private static String md5(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return String.format("%032x", new java.math.BigInteger(1, d));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static void refused(String annotation, String message, String line) {
    JavaFileObject a = article(annotation);
    assertOnlyError(compile(reporter(), a), message, a, line);
  }

  @Test
  void anInvalidOrLongNameIsRefused() {
    refused("@Unique(name = \"bad name\", fields = {\"slug\"})", "[TETHER-E130] @Unique name \"bad name\" holds",
        "bad name");
    refused("@Check(name = \"\", condition = \"price > 0\")", "[TETHER-E130] @Check name \"\" is empty", "@Check");
    refused("@Unique(name = \"" + "x".repeat(64) + "\", fields = {\"slug\"})", "is 64 characters long", "@Unique");
  }

  @Test
  void anEmptyFieldListOrConditionIsRefused() {
    refused("@Unique(name = \"u\", fields = {})", "[TETHER-E131] @Unique on Article has no fields", "@Unique");
    refused("@Index(fields = {})", "[TETHER-E131] @Index on Article has no fields", "@Index");
    refused("@Check(name = \"c\", condition = \"\")", "[TETHER-E131] @Check on Article has no condition", "@Check");
  }

  @Test
  void anUnknownFieldIsRefused() {
    refused("@Unique(name = \"u\", fields = {\"slug\", \"title\"})",
        "[TETHER-E132] @Unique names title, which is not a field of Article", "@Unique");
    refused("@Index(fields = {\"-title\"})", "[TETHER-E132] @Index names title", "@Index");
  }

  @Test
  void aFieldOfAnotherModelIsRefused() {
    refused("@Unique(name = \"u\", fields = {\"reporter.name\"})",
        "[TETHER-E133] @Unique names reporter.name, a field of another model", "@Unique");
  }

  @Test
  void aManyToManyIsRefused() {
    refused("@Index(fields = {\"editors\"})", "[TETHER-E134] @Index names editors, a many-to-many", "@Index");
  }

  @Test
  void aFieldTwiceIsRefused() {
    refused("@Unique(name = \"u\", fields = {\"slug\", \"slug\"})", "[TETHER-E135] @Unique names slug twice", "@Unique");
  }

  @Test
  void aNameUsedTwiceIsRefusedInOneModelAndAcrossModels() {
    JavaFileObject a = article("@Unique(name = \"dup\", fields = {\"slug\"})\n@Check(name = \"dup\", condition = \"price > 0\")");
    assertOnlyError(compile(reporter(), a), "[TETHER-E136] @Check name \"dup\" is already used by @Unique of Article",
        a, "@Check");
    JavaFileObject r = model("Reporter", "@Unique(name = \"dup\", fields = {\"name\"})\n@Model", "String name;");
    Compilation c = compile(r, article("@Unique(name = \"dup\", fields = {\"slug\"})"));
    com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorContaining("[TETHER-E136]");
    com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorCount(1);
  }

  @Test
  void aConditionThatDoesNotParseIsRefused() {
    refused("@Check(name = \"c\", condition = \"price >= \")", "[TETHER-E137] the condition of @Check on Article is not"
        + " valid: unexpected end of the condition", "@Check");
    refused("@Check(name = \"c\", condition = \"price = NULL\")", "NULL cannot be compared", "@Check");
    refused("@Check(name = \"c\", condition = \"(price > 0\")", "expected ) at the end", "@Check");
    refused("@Check(name = \"c\", condition = \"price + 1 > 0\")", "[TETHER-E137]", "@Check");
    refused("@Check(name = \"c\", condition = \"1 = 1\")", "compares no field", "@Check");
    refused("@Check(name = \"c\", condition = \"slug = 'open\")", "a text literal is not closed", "@Check");
  }

  @Test
  void aConditionNamingAnUnknownFieldOrAnotherModelIsRefused() {
    refused("@Check(name = \"c\", condition = \"cost >= 0\")",
        "[TETHER-E138] the condition of @Check on Article: cost is not a field of the model", "@Check");
    refused("@Unique(name = \"u\", fields = {\"slug\"}, condition = \"reporter.name = 'x'\")",
        "[TETHER-E138] the condition of @Unique on Article: reporter.name reaches into another model", "@Unique");
  }

  @Test
  void aLiteralOfTheWrongTypeIsRefused() {
    refused("@Check(name = \"c\", condition = \"price >= 'free'\")",
        "[TETHER-E139] the condition of @Check on Article: 'free' is not a value of price (int)", "@Check");
    refused("@Check(name = \"c\", condition = \"price >= 1.5\")", "expected a whole number", "@Check");
    refused("@Check(name = \"c\", condition = \"slug = 3\")", "3 is not a value of slug (String)", "@Check");
    refused("@Check(name = \"c\", condition = \"published = 1\")", "expected true or false", "@Check");
    refused("@Check(name = \"c\", condition = \"pubDate > '2020-13-01'\")", "a date in single quotes", "@Check");
    refused("@Check(name = \"c\", condition = \"slug = price\")", "cannot compare slug (String) with price (int)",
        "@Check");
    refused("@Check(name = \"c\", condition = \"reporter = 'x'\")", "is not a value of reporter", "@Check");
  }

  @Test
  void aPartialIndexWithoutANameIsRefused() {
    refused("@Index(fields = {\"slug\"}, condition = \"published = true\")",
        "[TETHER-E142] an @Index with a condition on Article has no name", "@Index");
  }

  @Test
  void aDescendingUniqueFieldIsRefused() {
    refused("@Unique(name = \"u\", fields = {\"-slug\"})", "[TETHER-E141] @Unique field -slug has an order", "@Unique");
  }

  @Test
  void aDeclarationOnAnAbstractBaseIsRefused() {
    JavaFileObject base = AbstractModelTest.base("Stamped", "@Field(autoNow = true) Instant updatedAt;");
    JavaFileObject withIndex = Tether.source("test.Stamped", """
        package test;

        import dev.tether.*;
        import java.time.*;

        @AbstractModel
        @Index(fields = {"updatedAt"})
        public abstract class Stamped extends StampedModel {
          @Field(autoNow = true) Instant updatedAt;
        }
        """);
    assertThat(base).isNotNull();
    assertOnlyError(compile(withIndex, model("Post", "@Model(inherits = Stamped.class)", "String title;")),
        "[TETHER-E140] @Index on @AbstractModel Stamped is not inherited", withIndex, "@Index");
  }
}
