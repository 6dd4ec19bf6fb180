package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @OneToOne @PrimaryKey} (Django's {@code primary_key=True}) and {@code @ForeignKey(toField)}
 * (Django's {@code to_field}): what compiles, what it generates, and E320-E323.
 */
class KeyRelationTest {
  private static final JavaFileObject USER = model("User", "@Field(maxLength = 30, unique = true)\nString username;");
  private static final JavaFileObject COUNTRY = model("Country",
      "@Field(maxLength = 2, unique = true)\nString code;\n@Field(maxLength = 50)\nString name;");

  private static String generated(Compilation c, String file) throws java.io.IOException {
    return c.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", file).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void oneToOneKeyCompilesCleanAndIsTheKey() throws Exception {
    JavaFileObject profile = model("Profile", "@OneToOne(onDelete = OnDelete.CASCADE)\n@PrimaryKey\nUser user;\n"
        + "@Field(nullable = true)\nString bio;");
    // a model pointing at Profile takes Profile's key type, which is User's
    JavaFileObject badge = model("Badge", "@ForeignKey(onDelete = OnDelete.CASCADE)\nProfile profile;");
    Compilation c = compile(badge, profile, USER);
    assertCleanCompile(c);
    String lookups = generated(c, "Profile_.java");
    assertThat(lookups).contains(".oneToOne().primaryKey()");
    assertThat(lookups).contains("return USER.key(o);");
    assertThat(lookups).contains("USER.setKey(o, pk);");
    String base = generated(c, "ProfileModel.java");
    assertThat(base).contains("public final Long pk()");
    assertThat(base).doesNotContain("Long id()");
    assertThat(generated(c, "Badge_.java")).contains("builder(\"profile\", \"profile_id\", SqlType.LONG");
  }

  @Test
  void oneToOneKeyToAStringKeyedModelHasAStringKey() throws Exception {
    JavaFileObject code = model("Code", "@PrimaryKey\n@Field(maxLength = 8)\nString value;");
    JavaFileObject extra = model("Extra", "@OneToOne(onDelete = OnDelete.CASCADE)\n@PrimaryKey\nCode code;");
    Compilation c = compile(extra, code);
    assertCleanCompile(c);
    assertThat(generated(c, "ExtraModel.java")).contains("public final String pk()");
  }

  @Test
  void e320NullableOneToOneKey() {
    JavaFileObject p = model("Profile", "@OneToOne(onDelete = OnDelete.CASCADE,\nnullable = true)\n@PrimaryKey\nUser user;");
    assertOnlyError(compile(USER, p), "[TETHER-E320] @OneToOne @PrimaryKey user is the primary key and cannot be"
        + " nullable; drop nullable = true", p, "nullable = true");
  }

  @Test
  void e310PrimaryKeyOnAForeignKeyIsStillRefused() {
    JavaFileObject p = model("Profile", "@ForeignKey(onDelete = OnDelete.CASCADE)\n@PrimaryKey\nUser user;");
    assertOnlyError(compile(USER, p), "[TETHER-E310] field user has more than one of @ForeignKey", p, "User user;");
  }

  @Test
  void toFieldCompilesCleanWithTheFieldsType() throws Exception {
    JavaFileObject city = model("City", "@ForeignKey(onDelete = OnDelete.CASCADE, toField = \"code\")\nCountry country;");
    Compilation c = compile(city, COUNTRY);
    assertCleanCompile(c);
    assertThat(generated(c, "City_.java"))
        .contains("builder(\"country\", \"country_id\", SqlType.STRING, () -> Country_.META)");
    assertThat(generated(c, "City_.java")).contains(".toField(\"code\", 2)");
    assertThat(generated(c, "CityModel.java")).contains("public final String countryId()");
    assertThat(generated(c, "Country_.java")).contains("case \"code\": return o.code;");
  }

  @Test
  void toFieldNamingTheKeyIsAPlainForeignKey() throws Exception {
    JavaFileObject city = model("City", "@ForeignKey(onDelete = OnDelete.CASCADE, toField = \"id\")\nCountry country;");
    Compilation c = compile(city, COUNTRY);
    assertCleanCompile(c);
    assertThat(generated(c, "City_.java")).doesNotContain(".toField(");
    assertThat(generated(c, "City_.java")).contains("SqlType.LONG");
  }

  @Test
  void e321ToFieldNamesNoField() {
    JavaFileObject city = model("City", "@ForeignKey(onDelete = OnDelete.CASCADE,\ntoField = \"iso\")\nCountry country;");
    assertOnlyError(compile(city, COUNTRY), "[TETHER-E321] toField = \"iso\" of country names no field of Country;"
        + " name a unique field of Country, or drop toField", city, "toField = \"iso\"");
  }

  @Test
  void e322ToFieldNotUnique() {
    JavaFileObject city = model("City", "@ForeignKey(onDelete = OnDelete.CASCADE,\ntoField = \"name\")\nCountry country;");
    assertOnlyError(compile(city, COUNTRY), "[TETHER-E322] toField = \"name\" of country names Country.name, which is"
        + " not unique; declare it @Field(unique = true) in Country", city, "toField = \"name\"");
  }

  /** Another compilation's model is read from its class files: its unique field and type are known. */
  @Test
  void toFieldToAModelOfAnotherCompilation(@TempDir Path dir) throws Exception {
    Compilation first = compile(COUNTRY);
    assertCleanCompile(first);
    GeneratedCode.load(first, dir).close();
    List<File> classpath = new ArrayList<>();
    classpath.add(dir.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    JavaFileObject city = model("City", "@ForeignKey(onDelete = OnDelete.CASCADE,\ntoField = \"code\")\nCountry country;");
    Compilation second = javac().withProcessors(new TetherProcessor()).withClasspath(classpath).compile(city);
    assertCleanCompile(second);
    String base = second.generatedSourceFiles().stream().filter(f -> f.getName().endsWith("CityModel.java"))
        .findFirst().orElseThrow().getCharContent(true).toString();
    org.junit.jupiter.api.Assertions.assertTrue(base.contains("public final String countryId()"), base);
  }

  @Test
  void e321ToFieldNamingARelation() {
    JavaFileObject region = model("Region", "@ForeignKey(onDelete = OnDelete.CASCADE)\nCountry country;");
    JavaFileObject city = model("City", "@ForeignKey(onDelete = OnDelete.CASCADE,\ntoField = \"country\")\nRegion region;");
    assertOnlyError(compile(city, region, COUNTRY), "[TETHER-E321] toField = \"country\" of region names no field of"
        + " Region", city, "toField = \"country\"");
  }
}
