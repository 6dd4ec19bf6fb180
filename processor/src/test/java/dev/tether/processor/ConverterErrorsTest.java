package dev.tether.processor;

import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;
import static dev.tether.processor.Tether.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** LocalTime, OffsetDateTime, Duration, {@code @Json} and {@code @Convert} fields, and E220-E227. */
class ConverterErrorsTest {
  static final JavaFileObject MONEY = source("test.Money", """
      package test;
      public record Money(long cents) {}
      """);
  static final JavaFileObject CONVERTER = source("test.MoneyConverter", """
      package test;
      import dev.tether.Converter;
      public class MoneyConverter implements Converter<Money, Long> {
        public Long toColumn(Money m) { return m.cents(); }
        public Money fromColumn(Long c) { return new Money(c); }
      }
      """);
  static final JavaFileObject CODEC = source("test.MoneyCodec", """
      package test;
      import dev.tether.JsonCodec;
      public class MoneyCodec implements JsonCodec<Money> {
        public String toJson(Money m) { return "{\\"cents\\": " + m.cents() + "}"; }
        public Money fromJson(String s) { return new Money(0); }
      }
      """);

  @Test
  void newTypesCompileCleanly() throws java.io.IOException {
    JavaFileObject a = model("A", """
        LocalTime at;
        @Field(nullable = true) OffsetDateTime when;
        @Field(defaultValue = "PT1H30M") Duration took;
        @Field(defaultValue = "12:30") LocalTime lunch;
        @Json String raw;
        @Json(MoneyCodec.class) Money doc;
        @Convert(MoneyConverter.class) @Field(nullable = true, index = true) Money price;
        @Field(autoNow = true) OffsetDateTime updatedAt;
        """);
    Compilation c = compile(a, MONEY, CONVERTER, CODEC);
    assertCleanCompile(c);
    String generated = c.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", "A_.java").orElseThrow()
        .getCharContent(true).toString();
    Truth.assertThat(generated).contains("private static final MoneyConverter PRICE_CONVERTER = new MoneyConverter();");
    Truth.assertThat(generated).contains("o.price = r.convert(PRICE_CONVERTER, r.getLong());");
    Truth.assertThat(generated).contains("w.setJson(w.encode(DOC_CODEC, o.doc));");
    Truth.assertThat(generated).contains("ComparableColumn<A, Money> price");
    Truth.assertThat(generated).contains("JsonColumn<A, Money> doc");
    Truth.assertThat(generated).contains("TimeColumn<A, LocalTime> at");
    Truth.assertThat(generated).doesNotContain("reflect");
  }

  @Test
  void e220NotAConverter() {
    JavaFileObject a = model("A", "@Convert(String.class) Money price;");
    assertOnlyError(compile(a, MONEY), "[TETHER-E220] java.lang.String on price does not implement"
        + " dev.tether.Converter", a, "Money price;");
  }

  @Test
  void e220NotACodec() {
    JavaFileObject a = model("A", "@Json(MoneyConverter.class) Money price;");
    assertOnlyError(compile(a, MONEY, CONVERTER), "[TETHER-E220] test.MoneyConverter on price does not implement"
        + " dev.tether.JsonCodec", a, "Money price;");
  }

  @Test
  void e221NoPublicNoArgConstructor() {
    JavaFileObject conv = source("test.Rate", """
        package test;
        import dev.tether.Converter;
        public class Rate implements Converter<Money, Long> {
          public Rate(int scale) {}
          public Long toColumn(Money m) { return m.cents(); }
          public Money fromColumn(Long c) { return new Money(c); }
        }
        """);
    JavaFileObject a = model("A", "@Convert(Rate.class) Money price;");
    assertOnlyError(compile(a, MONEY, conv), "[TETHER-E221] test.Rate on price cannot be created with `new test.Rate()`",
        a, "Money price;");
  }

  @Test
  void e222TypeMismatch() {
    JavaFileObject a = model("A", "@Convert(MoneyConverter.class) String price;");
    assertOnlyError(compile(a, MONEY, CONVERTER), "[TETHER-E222] MoneyConverter converts test.Money, but field price"
        + " is java.lang.String", a, "String price;");
  }

  @Test
  void e223UnsupportedColumnType() {
    JavaFileObject conv = source("test.ListConverter", """
        package test;
        import dev.tether.Converter;
        import java.util.List;
        public class ListConverter implements Converter<Money, List<String>> {
          public List<String> toColumn(Money m) { return List.of(); }
          public Money fromColumn(List<String> c) { return new Money(0); }
        }
        """);
    JavaFileObject a = model("A", "@Convert(ListConverter.class) Money price;");
    assertOnlyError(compile(a, MONEY, conv), "[TETHER-E223] ListConverter on price stores java.util.List<java.lang.String>,"
        + " which is not a column type", a, "Money price;");
  }

  @Test
  void e224ConvertOnPrimaryKey() {
    JavaFileObject a = model("A", "@PrimaryKey @Convert(MoneyConverter.class) Money id;");
    assertOnlyError(compile(a, MONEY, CONVERTER), "[TETHER-E224] @Convert on id: a primary key or relation cannot be"
        + " converted", a, "Money id;");
  }

  @Test
  void e225ConvertAndJson() {
    JavaFileObject a = model("A", "@Json(MoneyCodec.class) @Convert(MoneyConverter.class) Money price;");
    assertOnlyError(compile(a, MONEY, CONVERTER, CODEC), "[TETHER-E225] price has both @Convert and @Json", a,
        "Money price;");
  }

  @Test
  void e226RawJsonOnNonString() {
    JavaFileObject a = model("A", "@Json Money doc;");
    assertOnlyError(compile(a, MONEY), "[TETHER-E226] @Json without a codec on doc of type test.Money: raw JSON is a"
        + " String", a, "Money doc;");
  }

  @Test
  void e227DefaultOnConvertedField() {
    JavaFileObject a = model("A", "@Convert(MoneyConverter.class) @Field(defaultValue = \"5\")\n Money price;");
    assertOnlyError(compile(a, MONEY, CONVERTER), "[TETHER-E227] defaultValue on price, whose values go through a"
        + " converter or codec", a, "@Convert(MoneyConverter.class)");
  }

  @Test
  void e228ToFieldNamingAConvertedField() {
    JavaFileObject b = model("B", "@Convert(MoneyConverter.class) @Field(unique = true) Money code;");
    JavaFileObject a = model("A", "@ForeignKey(onDelete = OnDelete.CASCADE, toField = \"code\")\n B b;");
    Compilation c = compile(a, b, MONEY, CONVERTER);
    assertOnlyError(c, "[TETHER-E228] toField names B.code, whose values go through a converter or codec", a,
        "@ForeignKey");
  }
}
