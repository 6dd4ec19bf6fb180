package dev.tether.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Expressions are typed by the generated lookups: comparing a column with another of its type, doing
 * arithmetic on numbers, summing numbers and annotating the model's own query set compile; comparing
 * a date with a number, summing or adding to text, setting a column from an expression of another
 * type and annotating another model's query set are compile errors.
 */
class ExpressionTypesCompileTest {
  private static final JavaFileObject STORY = source("test.Story", """
      package test;

      import dev.tether.Field;
      import dev.tether.ForeignKey;
      import dev.tether.Model;
      import dev.tether.OnDelete;
      import java.time.LocalDate;

      @Model
      public class Story extends StoryModel {
          @Field(maxLength = 100) String headline;
          LocalDate pubDate;
          int views;
          @ForeignKey(onDelete = OnDelete.CASCADE) Writer writer;
      }
      """);
  private static final JavaFileObject WRITER = source("test.Writer", """
      package test;

      import dev.tether.Field;
      import dev.tether.Model;
      import java.time.LocalDate;

      @Model
      public class Writer extends WriterModel {
          @Field(maxLength = 30) String name;
          LocalDate hiredOn;
      }
      """);

  private static JavaFileObject use(String statement) {
    return source("test.Use", "package test;\n\nclass Use {\n  static Object run() {\n    return "
        + statement + ";\n  }\n}\n");
  }

  private static Compilation run(JavaFileObject use) {
    return compile(STORY, WRITER, use);
  }

  @Test
  void typedExpressionsCompile() {
    assertThat(run(use("Story.objects.filter(Story_.pubDate.gt(Story_.writer().hiredOn),"
        + " Story_.views.gte(Story_.views.div(2)), Story_.headline.lower().eq(Story_.writer().name.lower()))"
        + ".annotate(Story_.views.plus(1)).update(Story_.views.set(Story_.views.plus(1).times(2)))")))
        .succeeded();
    assertThat(run(use("Writer.objects.annotate(Writer_.story().count(), Writer_.story().views.sum(),"
        + " Writer_.story().views.avg(), Writer_.story().pubDate.max()).filter(Writer_.story().count().gt(2L))")))
        .succeeded();
  }

  @Test
  void aDateComparedWithANumberIsACompileError() {
    JavaFileObject u = use("Story.objects.filter(Story_.pubDate.gt(Story_.views))");
    Compilation c = run(u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("gt").inFile(u).onLineContaining("Story_.pubDate.gt(Story_.views)");
  }

  @Test
  void summingTextIsACompileError() {
    JavaFileObject u = use("Writer.objects.aggregate(Writer_.name.sum())");
    Compilation c = run(u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("sum").inFile(u).onLineContaining("Writer_.name.sum()");
  }

  @Test
  void addingToTextIsACompileError() {
    JavaFileObject u = use("Story.objects.update(Story_.headline.set(Story_.headline.plus(1)))");
    Compilation c = run(u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("plus").inFile(u).onLineContaining("Story_.headline.plus(1)");
  }

  @Test
  void settingANumberFromTextIsACompileError() {
    JavaFileObject u = use("Story.objects.update(Story_.views.set(Story_.headline.length().plus(1).avg()))");
    Compilation c = run(u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("set").inFile(u).onLineContaining("Story_.views.set(");
  }

  @Test
  void aCountComparedWithADateIsACompileError() {
    JavaFileObject u = use("Writer.objects.filter(Writer_.story().count().gt(Writer_.hiredOn))");
    Compilation c = run(u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("gt").inFile(u).onLineContaining("Writer_.story().count().gt(");
  }

  @Test
  void annotatingAnotherModelsQuerySetIsACompileError() {
    JavaFileObject u = use("Story.objects.annotate(Writer_.story().count())");
    Compilation c = run(u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("annotate").inFile(u).onLineContaining("Story.objects.annotate(");
  }
}
