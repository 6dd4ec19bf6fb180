package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * E120-E128: composite primary keys, {@code @Model(primaryKey = {...})} (Django 5.2's
 * {@code CompositePrimaryKey}), and the relations that cannot reach them.
 */
class CompositeKeyErrorsTest {
  private static JavaFileObject line(String annotation, String body) {
    return model("Line", annotation, body);
  }

  private static JavaFileObject order() {
    return model("Order", "String ref;");
  }

  private static JavaFileObject product() {
    return model("Product", "String name;");
  }

  @Test
  void cleanCompileWithPlainFieldsAndForeignKeys() {
    JavaFileObject line = line("@Model(primaryKey = {\"order\", \"product\", \"position\"})", """
          @ForeignKey(onDelete = OnDelete.CASCADE) Order order;
          @ForeignKey(onDelete = OnDelete.PROTECT) Product product;
          int position;
          String note;
        """);
    JavaFileObject use = Tether.source("test.Use", """
        package test;

        class Use {
          Line.Pk key(Line l) {
            Line.Pk k = l.pk();
            long order = k.orderId();
            long product = k.productId();
            int position = k.position();
            Line.objects.get(Line_.pk.eq(new Line.Pk(order, product, position)));
            Line.objects.filter(Line_.pk.in(k, new Line.Pk(1L, 2L, 3))).list();
            return k;
          }
        }
        """);
    Compilation c = compile(line, order(), product(), use);
    assertCleanCompile(c);
  }

  @Test
  void noImplicitIdAndAFieldNamedIdMayBeInTheKey() {
    JavaFileObject user = model("User", "@Model(primaryKey = {\"tenant\", \"id\"})", """
          String tenant;
          int id;
        """);
    assertCleanCompile(compile(user));
  }

  @Test
  void e120UnknownField() {
    JavaFileObject line = line("@Model(primaryKey = {\"order\", \"missing\"})", "String order;\nint position;");
    assertOnlyError(compile(line), "[TETHER-E120] primaryKey names \"missing\", which is no field with a column of"
        + " Line (a many-to-many has none); name fields of Line among [order, position]", line, "primaryKey =");
  }

  @Test
  void e120ManyToManyInTheKey() {
    JavaFileObject line = line("@Model(primaryKey = {\"ref\", \"tags\"})", "String ref;\n@ManyToMany List<Order> tags;");
    Compilation c = compile(line, order());
    assertThat(c.errors().get(0).getMessage(null)).contains("[TETHER-E120] primaryKey names \"tags\"");
    assertThat(c.errors()).hasSize(1);
  }

  @Test
  void e121OneField() {
    JavaFileObject line = line("@Model(primaryKey = {\"ref\"})", "String ref;");
    assertOnlyError(compile(line), "[TETHER-E121] primaryKey names only \"ref\": a composite key has two fields or"
        + " more; mark the field @PrimaryKey instead, or name every field of the key", line, "primaryKey =");
  }

  @Test
  void e122Repeated() {
    JavaFileObject line = line("@Model(primaryKey = {\"a\", \"a\"})", "String a;\nString b;");
    assertOnlyError(compile(line), "[TETHER-E122] primaryKey names \"a\" twice", line, "primaryKey =");
  }

  @Test
  void e123NullableField() {
    JavaFileObject line = line("@Model(primaryKey = {\"a\", \"b\"})", "String a;\n@Field(nullable = true) String b;");
    assertOnlyError(compile(line), "[TETHER-E123] b is nullable but is in the composite primary key of Line: no"
        + " column of a primary key may be NULL; drop nullable = true from b", line, "String b;");
  }

  @Test
  void e123NullableForeignKey() {
    JavaFileObject line = line("@Model(primaryKey = {\"order\", \"b\"})",
        "@ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) Order order;\nString b;");
    Compilation c = compile(line, order());
    com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorContaining("[TETHER-E123] order is nullable but is in the composite primary key of Line")
        .inFile(line).onLineContaining("Order order;");
  }

  @Test
  void e124PrimaryKeyAsWell() {
    JavaFileObject line = line("@Model(primaryKey = {\"a\", \"b\"})", "@PrimaryKey long a;\nString b;");
    assertOnlyError(compile(line), "[TETHER-E124] @PrimaryKey on a but Line declares a composite primary key: a"
        + " model has one key, and no column of a composite key is generated (auto-increment)", line,
        "@PrimaryKey long a;");
  }

  @Test
  void e125OutOfDeclarationOrder() {
    JavaFileObject line = line("@Model(primaryKey = {\"b\", \"a\"})", "String a;\nString b;");
    assertOnlyError(compile(line), "[TETHER-E125] primaryKey lists its fields out of declaration order: the columns"
        + " of PRIMARY KEY (...) and of Line.Pk follow the order of the fields in the class; write primaryKey ="
        + " {\"a\", \"b\"} or reorder the fields", line, "primaryKey =");
  }

  @Test
  void e126TypeThatDoesNotCompareByValue() {
    JavaFileObject line = line("@Model(primaryKey = {\"a\", \"b\"})", "String a;\ndouble b;");
    assertOnlyError(compile(line), "[TETHER-E126] b has type double, which cannot be part of a primary key", line,
        "double b;");
  }

  @Test
  void e127ForeignKeyToACompositeKey() {
    JavaFileObject line = line("@Model(primaryKey = {\"a\", \"b\"})", "String a;\nString b;");
    JavaFileObject note = model("Note", "@ForeignKey(onDelete = OnDelete.CASCADE) Line line;");
    assertOnlyError(compile(line, note), "[TETHER-E127] Note.line points at Line, whose primary key is composite"
        + " (a, b): a relation to a composite key is not supported", note, "Line line;");
  }

  @Test
  void e127OneToOneToACompositeKey() {
    JavaFileObject line = line("@Model(primaryKey = {\"a\", \"b\"})", "String a;\nString b;");
    JavaFileObject note = model("Note", "@OneToOne(onDelete = OnDelete.CASCADE) Line line;");
    assertOnlyError(compile(line, note), "[TETHER-E127] Note.line points at Line", note, "Line line;");
  }

  @Test
  void e128ManyToManyToACompositeKey() {
    JavaFileObject line = line("@Model(primaryKey = {\"a\", \"b\"})", "String a;\nString b;");
    JavaFileObject note = model("Note", "@ManyToMany List<Line> lines;");
    assertOnlyError(compile(line, note), "[TETHER-E128] @ManyToMany lines: Line has a composite primary key", note,
        "List<Line> lines;");
  }

  @Test
  void e128ManyToManyOnACompositeKey() {
    JavaFileObject line = line("@Model(primaryKey = {\"a\", \"b\"})", "String a;\nString b;\n@ManyToMany List<Order> orders;");
    assertOnlyError(compile(line, order()), "[TETHER-E128] @ManyToMany orders: Line has a composite primary key",
        line, "List<Order> orders;");
  }
}
