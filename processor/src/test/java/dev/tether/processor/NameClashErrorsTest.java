package dev.tether.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tether.processor.Tether.assertNoErrorInGeneratedCode;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * E302-E305, E311 and E401: Django's accessor and query-name clashes, clashes with generated
 * members, and two models on one table. A clash is reported on the relation's annotation.
 */
class NameClashErrorsTest {
  private static final JavaFileObject REPORTER = model("Reporter", "String name;");

  private static JavaFileObject article(String body) {
    return model("Article", body);
  }

  @Test
  void e302AccessorClashesWithTargetField() {
    JavaFileObject reporter = model("Reporter", "String articleSet;");
    JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE)\nReporter reporter;");
    assertOnlyError(compile(reporter, a), "[TETHER-E302] reverse accessor articleSet() for Article.reporter clashes"
        + " with field Reporter.articleSet; add or change relatedName on Article.reporter", a, "@ForeignKey");
  }

  @Test
  void e303QueryNameClashesWithTargetField() {
    JavaFileObject reporter = model("Reporter", "String article;");
    JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE)\nReporter reporter;");
    assertOnlyError(compile(reporter, a), "[TETHER-E303] reverse query name article() for Article.reporter clashes"
        + " with field Reporter.article", a, "@ForeignKey");
  }

  @Test
  void e304TwoForeignKeysToOneModelWithoutRelatedName() {
    JavaFileObject a = article("""
        @ForeignKey(onDelete = OnDelete.CASCADE)
        Reporter author;
        @ForeignKey(onDelete = OnDelete.PROTECT)
        Reporter editor;
        """);
    assertOnlyError(compile(REPORTER, a), "[TETHER-E304] reverse accessor articleSet() for Article.editor clashes with"
        + " reverse accessor for Article.author", a, "OnDelete.PROTECT");
  }

  @Test
  void e304SameRelatedNameFromTwoModels() {
    JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"items\")\nReporter reporter;");
    JavaFileObject note = model("Note", "@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"items\")\nReporter reporter;");
    assertOnlyError(compile(REPORTER, a, note), "[TETHER-E304] reverse accessor items() for Note.reporter clashes with"
        + " reverse accessor for Article.reporter", note, "relatedName = \"items\"");
  }

  @Test
  void e305QueryNamesClashWhenAccessorsDiffer() {
    JavaFileObject a = article("""
        @OneToOne(onDelete = OnDelete.CASCADE)
        Reporter author;
        @ForeignKey(onDelete = OnDelete.PROTECT)
        Reporter editor;
        """);
    // author's accessor is article(), editor's articleSet(): only the query name article() clashes
    assertOnlyError(compile(REPORTER, a), "[TETHER-E305] reverse query name article() for Article.editor clashes with"
        + " reverse query name for Article.author", a, "OnDelete.PROTECT");
  }

  @Test
  void e311RelatedNameIsAGeneratedMember() {
    JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"save\")\nReporter reporter;");
    assertOnlyError(compile(REPORTER, a), "[TETHER-E311] reverse accessor save() for Article.reporter clashes with the"
        + " generated member Reporter.save()", a, "relatedName = \"save\"");
  }

  @Test
  void e311EveryGeneratedMemberOfTheBase() {
    for (String name : new String[] {"objects", "delete", "pk", "refreshFromDb"}) {
      JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"" + name + "\")\n"
          + "Reporter reporter;");
      assertOnlyError(compile(REPORTER, a), "[TETHER-E311] reverse accessor " + name + "()", a, "relatedName");
    }
  }

  @Test
  void e311RelatedNameIsAKeyAccessorOfTheTarget() {
    JavaFileObject reporter = model("Reporter", "@ForeignKey(onDelete = OnDelete.CASCADE, nullable = true)\nReporter boss;");
    JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"bossId\")\nReporter reporter;");
    assertOnlyError(compile(reporter, a), "[TETHER-E311] reverse accessor bossId() for Article.reporter clashes with the"
        + " generated member Reporter.bossId()", a, "relatedName = \"bossId\"");
  }

  @Test
  void e311RelatedNameIsABeanAccessorOfTheTarget() {
    JavaFileObject reporter = model("Reporter", "String name;\nboolean active;\n"
        + "@ForeignKey(onDelete = OnDelete.CASCADE, nullable = true)\nReporter boss;");
    for (String name : new String[] {"getName", "setName", "isActive", "getId", "getBoss", "getBossId"}) {
      JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"" + name + "\")\n"
          + "Reporter reporter;");
      assertOnlyError(compile(reporter, a), "[TETHER-E311] reverse accessor " + name + "() for Article.reporter"
          + " clashes with the generated member Reporter." + name + "()", a, "relatedName");
    }
  }

  @Test
  void e311DefaultOneToOneAccessorIsAGeneratedMember() {
    // the reverse one-to-one accessor of model Pk is pk(), as Django's would be
    JavaFileObject pk = model("Pk", "@OneToOne(onDelete = OnDelete.CASCADE)\nReporter reporter;");
    assertOnlyError(compile(REPORTER, pk), "[TETHER-E311] reverse accessor pk()", pk, "@OneToOne");
  }

  @Test
  void e401TwoModelsOneTable() {
    JavaFileObject a = model("Article", "@Model(table = \"items\")", "String name;");
    JavaFileObject b = model("Note", "@Model(table = \"items\")", "String text;");
    assertOnlyError(compile(a, b), "[TETHER-E401] Note maps to table items, as Article does", b, "public class Note");
  }

  @Test
  void e401ExplicitTableTakesAnotherModelsDefault() {
    JavaFileObject a = model("Article", "@Model(table = \"news_item\")", "String name;");
    JavaFileObject b = model("NewsItem", "String text;");
    Compilation c = compile(a, b);
    assertThat(c).hadErrorContaining("[TETHER-E401]");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void relatedNameIdReportedOnce() {
    JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"id\")\nReporter reporter;");
    assertOnlyError(compile(REPORTER, a), "reverse accessor id() for Article.reporter clashes", a, "relatedName");
  }

  @Test
  void e303MutualForeignKeysReportedOnceEach() {
    JavaFileObject reporter = model("Reporter", "@ForeignKey(onDelete = OnDelete.CASCADE, nullable = true)\nArticle article;");
    JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE)\nReporter reporter;");
    Compilation c = compile(reporter, a);
    assertThat(c).hadErrorContaining("[TETHER-E303] reverse query name article() for Article.reporter").inFile(a)
        .onLineContaining("@ForeignKey");
    assertThat(c).hadErrorContaining("[TETHER-E303] reverse query name reporter() for Reporter.article")
        .inFile(reporter).onLineContaining("@ForeignKey");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void relatedNameThatBreaksGeneratedCode() {
    for (String name : new String[] {"toString", "getClass", "hashCode", "node"}) {
      JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"" + name + "\")\n"
          + "Reporter reporter;");
      assertOnlyError(compile(REPORTER, a), "[TETHER-E311] reverse accessor " + name + "()", a, "relatedName");
    }
  }

  @Test
  void relationFieldNamesThatBreakGeneratedCode() {
    for (String name : new String[] {"node", "root", "meta", "hashCode", "toString", "getClass", "eq", "in", "isNull"}) {
      JavaFileObject edge = model("Edge", "@ForeignKey(onDelete = OnDelete.CASCADE)\nReporter " + name + ";");
      Compilation c = compile(REPORTER, edge);
      assertNoErrorInGeneratedCode(c);
      assertOnlyError(c, "[TETHER-E205] field " + name + " clashes with", edge, "Reporter " + name + ";");
    }
  }

  @Test
  void e311QueryNameOfAModelNamedLikeAPathMember() {
    // model Node's default query name node() would override ModelPath.node(); its accessor nodeSet() is fine
    JavaFileObject node = model("Node", "@ForeignKey(onDelete = OnDelete.CASCADE)\nReporter reporter;");
    assertOnlyError(compile(REPORTER, node), "[TETHER-E311] reverse query name node() for Node.reporter clashes with"
        + " the generated member Reporter_.Path.node(); add or change relatedName on Node.reporter", node, "@ForeignKey");
  }

  @Test
  void e311RelatedNameThatIsAPathMember() {
    for (String name : new String[] {"eq", "ne", "in", "isNull", "eqKey", "inKeys", "ownColumn", "equals", "wait"}) {
      JavaFileObject a = article("@ManyToMany(relatedName = \"" + name + "\")\nList<Reporter> reporters;");
      Compilation c = compile(REPORTER, a);
      assertNoErrorInGeneratedCode(c);
      assertOnlyError(c, "[TETHER-E311] reverse accessor " + name + "()", a, "relatedName");
    }
  }

  @Test
  void oneErrorPerRelationWhenAccessorAndQueryNameBothClash() {
    // both names clash (accessor with Reporter.articleSet, query name with Reporter.article): one fix, one error
    JavaFileObject reporter = model("Reporter", "String articleSet;\nString article;");
    JavaFileObject a = article("@ForeignKey(onDelete = OnDelete.CASCADE)\nReporter reporter;");
    assertOnlyError(compile(reporter, a), "[TETHER-E302] reverse accessor articleSet()", a, "@ForeignKey");
  }
}
