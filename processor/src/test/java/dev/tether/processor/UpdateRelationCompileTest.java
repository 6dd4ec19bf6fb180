package dev.tether.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code update(Article_.reporter().set(x))} is typed: a Reporter or a key of the Reporter's key
 * type compiles; another model, or an assignment of another model's path, is a compile error.
 */
class UpdateRelationCompileTest {
  private static JavaFileObject use(String statement) {
    return source("test.Use", "package test;\n\nclass Use {\n  static int run(Reporter r, Article a) {\n    return "
        + statement + ";\n  }\n}\n");
  }

  @Test
  void aReporterOrItsKeyCompiles() {
    Compilation c = compile(Models.REPORTER, Models.ARTICLE,
        use("Article.objects.all().update(Article_.reporter().set(r), Article_.reporter().set(7L))"));
    assertThat(c).succeeded();
  }

  @Test
  void anotherModelIsACompileError() {
    JavaFileObject u = use("Article.objects.all().update(Article_.reporter().set(a))");
    Compilation c = compile(Models.REPORTER, Models.ARTICLE, u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("set").inFile(u).onLineContaining("Article_.reporter().set(a)");
  }

  @Test
  void anAssignmentOfAnotherModelIsACompileError() {
    JavaFileObject u = use("Reporter.objects.all().update(Article_.reporter().set(r))");
    Compilation c = compile(Models.REPORTER, Models.ARTICLE, u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("update").inFile(u).onLineContaining("Reporter.objects.all()");
  }
}
