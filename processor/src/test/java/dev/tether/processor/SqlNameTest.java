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

/**
 * Table and column names reach generated code only as escaped string literals and escaped javadoc,
 * so any name a database can hold compiles (E105, E212, E313 refuse the others on the annotation).
 */
class SqlNameTest {
  /** Java source text of a string literal holding {@code s}. */
  private static String lit(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\%03o", (int) c)); // a \\u escape of a line end would end the literal
      } else if (c > 0x7e) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  static final String ODD = "x*/y {@code }} @see <b>&amp; \\u0041 \\ \" ' \n$L $S $$ é";

  @Test
  void oddNamesCompileAndReachTheMetadataVerbatim() throws IOException {
    JavaFileObject a = model("A", "@Model(table = " + lit(ODD) + ")",
        "@Field(column = " + lit("c*/d @param {") + ") String name;\n"
            + "@ForeignKey(onDelete = OnDelete.CASCADE) B owner;\n@ManyToMany(relatedName = \"tagged\") List<B> tags;");
    JavaFileObject b = model("B", "@Model(table = \"b*/\")", "String name;");
    Compilation c = compile(a, b);
    assertCleanCompile(c);
    String lookup = c.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", "A_.java").orElseThrow()
        .getCharContent(false).toString();
    StringBuilder all = new StringBuilder();
    for (JavaFileObject f : c.generatedSourceFiles()) {
      all.append(f.getCharContent(false));
    }
    // in comments, the names are shown but cannot end the comment or start a tag
    assertThat(lookup).contains("Column <code>x*&#47;y &#123;&#64;code &#125;&#125; &#64;see &#60;b&#62;&#38;amp; &#92;u0041"
        + " &#92; \" ' &#10;$L $S $$ &#233;.c*&#47;d &#64;param &#123;</code>.");
    // the string literals hold the names exactly (JavaPoet breaks a literal after a line end)
    String first = ODD.substring(0, ODD.indexOf('\n') + 1);
    assertThat(all.toString()).contains("super(\"A\", " + lit(first).replace("\\012", "\\n") + "\n");
    assertThat(all.toString()).contains("+ \"$L $S $$ \u00e9\"");
  }

  @Test
  void e105TableNameWithNul() {
    JavaFileObject a = model("A", "@Model(table = \"a\\0b\")", "String name;");
    assertOnlyError(compile(a), "[TETHER-E105] table name \"a\\0b\" of A cannot be used: it holds NUL (U+0000), which"
        + " no database accepts in a name; write another @Model(table = \"...\")", a, "@Model(table");
  }

  @Test
  void e105TableNameTooLong() {
    String name = "t".repeat(60) + "éé";
    JavaFileObject a = model("A", "@Model(table = " + lit(name) + ")", "String name;");
    assertOnlyError(compile(a), "[TETHER-E105] table name \"" + name + "\" of A cannot be used: it is 64 bytes long in"
        + " UTF-8, and PostgreSQL keeps 63 (it would cut the name); write a shorter @Model(table = \"...\")",
        a, "@Model(table");
  }

  @Test
  void e105DefaultTableNameTooLong() {
    String cls = "A" + "b".repeat(63);
    JavaFileObject a = model(cls, "String name;");
    assertOnlyError(compile(a), "[TETHER-E105] table name \"a" + "b".repeat(63) + "\" of " + cls + " cannot be used:"
        + " it is 64 bytes long in UTF-8, and PostgreSQL keeps 63 (it would cut the name); write a shorter"
        + " @Model(table = \"...\")", a, "public class " + cls);
  }

  @Test
  void e105TableNameEndingInASpace() {
    JavaFileObject a = model("A", "@Model(table = \"spaced \")", "String name;");
    assertOnlyError(compile(a), "[TETHER-E105] table name \"spaced \" of A cannot be used: it ends with a space,"
        + " which MariaDB refuses in a name; write another @Model(table = \"...\")", a, "@Model(table");
  }

  @Test
  void e105TableNameWithALoneSurrogate() {
    JavaFileObject a = model("A", "@Model(table = \"half\\uD83D\")", "String name;");
    assertOnlyError(compile(a), "[TETHER-E105] table name \"half\uD83D\" of A cannot be used: it holds a lone"
        + " surrogate (U+D83D), which has no UTF-8 form; write another @Model(table = \"...\")", a, "@Model(table");
  }

  @Test
  void e212ColumnNameOutsideTheBasicPlane() {
    JavaFileObject a = model("A", "@Field(column = \"emoji\\uD83D\\uDE00\") String name;");
    assertOnlyError(compile(a), "[TETHER-E212] column name \"emoji\uD83D\uDE00\" of field name cannot be used: it holds"
        + " a character outside the Basic Multilingual Plane, which MariaDB refuses in a name; write another"
        + " @Field(column = \"...\")", a, "String name;");
  }

  @Test
  void e212ForeignKeyColumnTooLong() {
    String field = "o".repeat(61);
    JavaFileObject a = model("A", "@ForeignKey(onDelete = OnDelete.CASCADE) B " + field + ";");
    assertOnlyError(compile(a, model("B", "String name;")), "[TETHER-E212] column name \"" + field + "_id\" of field "
        + field + " cannot be used: it is 64 bytes long in UTF-8, and PostgreSQL keeps 63 (it would cut the name);"
        + " write a shorter field name", a, "B " + field + ";");
  }

  @Test
  void e313JoinTableTooLong() {
    JavaFileObject a = model("A", "@Model(table = \"" + "a".repeat(40) + "\")", "@ManyToMany List<B> " + "t".repeat(30) + ";");
    assertOnlyError(compile(a, model("B", "String name;")), "[TETHER-E313] join table name \"" + "a".repeat(40) + "_"
        + "t".repeat(30) + "\" of field " + "t".repeat(30) + " cannot be used: it is 71 bytes long in UTF-8, and"
        + " PostgreSQL keeps 63 (it would cut the name); write a shorter @Model(table = \"...\") or field name",
        a, "List<B> " + "t".repeat(30) + ";");
  }
}
