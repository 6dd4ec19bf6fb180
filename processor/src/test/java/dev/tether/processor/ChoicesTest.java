package dev.tether.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;
import static dev.tether.processor.Tether.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Enums with choices (E240-E245): {@code @Choice} on every constant or none, one code or number each,
 * of one kind, distinct and not blank; the generated {@code STATUS_CHOICES} constant and
 * {@code statusDisplay()}; lookups typed by the enum.
 */
class ChoicesTest {
  private static JavaFileObject post(String constants) {
    return model("Post", "enum S {\n" + constants + "\n}\n@Field(nullable = true)\nS s;");
  }

  private static JavaFileObject use(String statement) {
    return source("test.Use", "package test;\n\nclass Use {\n  static Object run(Post p) {\n    return "
        + statement + ";\n  }\n}\n");
  }

  @Test
  void codedNumberedAndNamedEnumsCompile() {
    JavaFileObject post = model("Post", """
        enum S { @Choice(code = "d", label = "Draft") D, @Choice(code = "p") PUBLISHED }
        enum P { @Choice(number = 1) LOW, @Choice(number = 2, label = "High!") HIGH }
        enum M { HAPPY, SAD }
        S s;
        P p;
        @Field(defaultValue = "SAD") M m;""");
    Compilation c = compile(post, use("java.util.List.of(p.sDisplay(), p.pDisplay(), p.mDisplay(),"
        + " Post.objects.filter(Post_.s.eq(Post.S.D), Post_.p.in(Post.P.LOW, Post.P.HIGH)),"
        + " Post_.S_CHOICES.label(Post.S.PUBLISHED), Post.objects.valuesList(Post_.s, Post_.m).list())"));
    assertCleanCompile(c);
    assertThat(c).generatedSourceFile("test.Post_").contentsAsUtf8String()
        .contains(".add(Post.S.D, \"d\", \"Draft\")");
    assertThat(c).generatedSourceFile("test.Post_").contentsAsUtf8String()
        .contains(".add(Post.P.HIGH, 2, \"High!\")");
    assertThat(c).generatedSourceFile("test.Post_").contentsAsUtf8String()
        .contains(".add(Post.S.PUBLISHED, \"p\", \"Published\")");
  }

  @Test
  void aTextComparedWithAnEnumIsACompileError() {
    JavaFileObject u = use("Post.objects.filter(Post_.s.eq(\"d\"))");
    Compilation c = compile(post("@Choice(code = \"d\") D"), u);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("eq").inFile(u).onLineContaining("Post_.s.eq(\"d\")");
  }

  @Test
  void e240ChoiceOnSomeConstants() {
    JavaFileObject a = post("@Choice(code = \"d\") D, E, F");
    assertOnlyError(compile(a), "[TETHER-E240] enum S of field s has @Choice on some constants but not on E, F",
        a, "S s;");
  }

  @Test
  void e241NeitherOrBothCodeAndNumber() {
    JavaFileObject a = post("@Choice(label = \"Dee\") D");
    assertOnlyError(compile(a), "[TETHER-E241] @Choice on S.D (field s) gives neither a code nor a number", a, "S s;");
    JavaFileObject b = post("@Choice(code = \"d\", number = 1) D");
    assertOnlyError(compile(b), "[TETHER-E241] @Choice on S.D (field s) gives both a code and a number", b, "S s;");
  }

  @Test
  void e242CodesAndNumbersMixed() {
    JavaFileObject a = post("@Choice(code = \"d\") D, @Choice(number = 2) E");
    assertOnlyError(compile(a), "[TETHER-E242] enum S of field s mixes text codes and numbers", a, "S s;");
  }

  @Test
  void e243DuplicateCodes() {
    JavaFileObject a = post("@Choice(code = \"x\") D, @Choice(code = \"x\") E");
    assertOnlyError(compile(a), "[TETHER-E243] S.D and S.E (field s) are both stored as \"x\"", a, "S s;");
    JavaFileObject b = post("@Choice(number = 3) D, @Choice(number = 3) E");
    assertOnlyError(compile(b), "[TETHER-E243] S.D and S.E (field s) are both stored as 3", b, "S s;");
  }

  @Test
  void e244BlankCodeOrLabel() {
    JavaFileObject a = post("@Choice(code = \" \") D");
    assertOnlyError(compile(a), "[TETHER-E244] @Choice on S.D (field s) has a blank code", a, "S s;");
    JavaFileObject b = post("@Choice(code = \"d\", label = \"\") D");
    assertOnlyError(compile(b), "[TETHER-E244] @Choice on S.D (field s) has a blank label", b, "S s;");
  }

  @Test
  void e245EnumWithoutConstants() {
    JavaFileObject a = post(";");
    assertOnlyError(compile(a), "[TETHER-E245] enum S of field s has no constants", a, "S s;");
  }
}
