package dev.tether.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed migration file is refused when it is read, with a message naming the file and
 * the place (operation, field); a byte-order mark is accepted; a misnamed file is reported.
 */
class MalformedFileTest {
  @TempDir Path dir;

  static String addField(String field) {
    return "{\"format\": 1, \"operations\": [{\"op\": \"deleteModel\", \"model\": \"Old\"}, {\"op\": \"addField\","
        + " \"model\": \"A\", \"field\": " + field + "}]}";
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> MigrationReader.read("0002_x", text, "f.json"))
        .getMessage();
  }

  @Test
  void defaultThatIsNotOfTheFieldsType() {
    assertEquals("cannot read migration f.json: 0002_x.operations[1].field: \"default\" is \"abc\", which is not"
        + " a INT value: write a whole number in the type's range, such as \"0\"",
        error(addField("{\"name\": \"n\", \"column\": \"n\", \"type\": \"INT\", \"default\": \"abc\"}")));
    assertEquals("cannot read migration f.json: 0002_x.operations[1].field: \"default\" is \"99999\", which is not"
        + " a SHORT value: write a whole number in the type's range, such as \"0\"",
        error(addField("{\"name\": \"n\", \"column\": \"n\", \"type\": \"SHORT\", \"default\": \"99999\"}")));
    assertEquals("cannot read migration f.json: 0002_x.operations[1].field: \"default\" is \"yes\", which is not"
        + " a BOOLEAN value: write true or false",
        error(addField("{\"name\": \"n\", \"column\": \"n\", \"type\": \"BOOLEAN\", \"default\": \"yes\"}")));
    assertEquals("cannot read migration f.json: 0002_x.operations[1].field: \"default\" is \"2024-13-01\", which"
        + " is not a DATE value: write a date, such as \"2024-01-31\"",
        error(addField("{\"name\": \"n\", \"column\": \"n\", \"type\": \"DATE\", \"default\": \"2024-13-01\"}")));
    assertEquals("cannot read migration f.json: 0002_x.operations[1].field: \"default\" is \"1,5\", which is not"
        + " a DECIMAL value: write a number, such as \"0\" or \"1.5\"",
        error(addField("{\"name\": \"n\", \"column\": \"n\", \"type\": \"DECIMAL\", \"default\": \"1,5\"}")));
    // the one-off value for existing rows is checked the same way, on the operation
    assertEquals("cannot read migration f.json: 0002_x.operations[1]: \"fillWith\" is \"none\", which is not"
        + " a LONG value: write a whole number in the type's range, such as \"0\"",
        error("{\"format\": 1, \"operations\": [{\"op\": \"deleteModel\", \"model\": \"Old\"}, {\"op\":"
            + " \"addField\", \"model\": \"A\", \"field\": {\"name\": \"n\", \"column\": \"n\", \"type\": \"LONG\"},"
            + " \"fillWith\": \"none\"}]}"));
    // valid literals of every kind still read
    for (String ok : List.of("{\"type\": \"INT\", \"default\": \"-7\"}", "{\"type\": \"BOOLEAN\", \"default\": \"true\"}",
        "{\"type\": \"DECIMAL\", \"default\": \"1.50\"}", "{\"type\": \"INSTANT\", \"default\": \"2020-01-01T00:00:00Z\"}",
        "{\"type\": \"STRING\", \"default\": \"anything at all\"}", "{\"type\": \"DATE\", \"default\": \"2020-01-01\"}")) {
      MigrationReader.read("0002_x", addField("{\"name\": \"n\", \"column\": \"n\", " + ok.substring(1)), "f.json");
    }
  }

  @Test
  void maxLengthMustBePositive() {
    assertEquals("cannot read migration f.json: 0002_x.operations[1].field: \"maxLength\" is -5: it must be at least"
        + " 1 (leave it out for text of any length)",
        error(addField("{\"name\": \"n\", \"column\": \"n\", \"type\": \"STRING\", \"maxLength\": -5}")));
    assertEquals("cannot read migration f.json: 0002_x.operations[0].fields[1]: \"maxLength\" is 0: it must be at"
        + " least 1 (leave it out for text of any length)",
        error("{\"format\": 1, \"operations\": [{\"op\": \"createModel\", \"model\": \"A\", \"table\": \"a\","
            + " \"fields\": [{\"name\": \"id\", \"column\": \"id\", \"type\": \"LONG\", \"primaryKey\": true},"
            + " {\"name\": \"n\", \"column\": \"n\", \"type\": \"STRING\", \"maxLength\": 0}]}]}"));
  }

  @Test
  void invalidUtf8NamesTheFileAndTheByte() throws Exception {
    byte[] bytes = "{\"format\": 1,\n\"operations\": [{\"op\": \"runSql\", \"sql\": [\"SELECT 'caf\u00e9'\"]}]}"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("0001_latin1.json");
    Files.write(file, bytes);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MigrationLoader.fromDirectory(dir));
    assertEquals("cannot read migration " + file + ": it is not valid UTF-8 (byte 66, line 2, 0xE9); save it as"
        + " UTF-8", e.getMessage());
  }

  @Test
  void aByteOrderMarkIsAcceptedAndNotAnEdit() throws Exception {
    String text = "{\"format\": 1, \"operations\": [{\"op\": \"deleteModel\", \"model\": \"A\"}]}\n";
    Files.write(dir.resolve("0001_bom.json"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    List<Migration> read = MigrationLoader.fromDirectory(dir);
    assertEquals(1, read.size());
    assertEquals(1, read.get(0).operations().size());
    assertEquals(Migration.checksum(text), read.get(0).checksum());
  }

  @Test
  void misnamedFilesAreReportedNotSilentlySkipped() throws Exception {
    String text = "{\"format\": 1, \"operations\": []}\n";
    for (String name : List.of("0001_initial.json", "0002-seed.json", "3_more.json", "0004_data.JSON", "notes.json",
        "README.md", ".hidden.json", "0005_x.sql")) {
      Files.writeString(dir.resolve(name), text);
    }
    MigrationLoader.Found found = MigrationLoader.scanDirectory(dir);
    assertEquals(List.of("0001_initial"), found.migrations().stream().map(Migration::name).toList());
    String rule = " is not read as a migration: a migration file is named NNNN_name.json (four digits, an"
        + " underscore, then letters, digits and underscores). Rename it";
    String end = ", or move it out of the migrations directory";
    assertEquals(List.of(
        dir.resolve("0002-seed.json") + rule + ", such as 0002_seed.json" + end,
        dir.resolve("0004_data.JSON") + rule + ", such as 0004_data.json" + end,
        dir.resolve("0005_x.sql") + rule + ", such as 0005_x.json" + end,
        dir.resolve("3_more.json") + rule + ", such as 0003_more.json" + end,
        dir.resolve("notes.json") + rule + end), found.warnings());
  }
}
