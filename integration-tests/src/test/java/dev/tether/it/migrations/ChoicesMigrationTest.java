package dev.tether.it.migrations;

import static dev.tether.it.migrations.Fixtures.col;
import static dev.tether.it.migrations.Fixtures.models;
import static dev.tether.it.migrations.Fixtures.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.TetherException;
import dev.tether.meta.Choices;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enum column's choices in migrations: adding or removing a constant changes the CHECK (an
 * AlterField; SQLite rebuilds the table), switching between names, codes and numbers rewrites the
 * stored values, and every row is kept, also when migrating back.
 */
class ChoicesMigrationTest {
  static final String ROWS = "SELECT id, title, status FROM mig_post ORDER BY id";

  @TempDir Path dir;
  Scenario s;

  static FieldMeta status(Choices.Storage storage, List<String> names, List<?> values, int maxLength) {
    FieldMeta f = col("status", SqlType.ENUM).withChoices(Choices.stored(storage, names, values));
    return maxLength > 0 ? f.withMaxLength(maxLength) : f;
  }

  /** By name: DRAFT, PUBLISHED. */
  static Fixtures v1() {
    return models().model("Post", "mig_post", string("title", 20),
        status(Choices.Storage.NAME, List.of("DRAFT", "PUBLISHED"), List.of("DRAFT", "PUBLISHED"), 9));
  }

  @BeforeEach
  void initial() {
    s = new Scenario(dir);
    s.make(v1(), "Create model Post");
    s.migrate();
    s.sql("INSERT INTO mig_post (title, status) VALUES ('a', 'DRAFT'), ('b', 'PUBLISHED'), ('c', 'DRAFT')");
  }

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private void refused(String status) {
    assertThrows(TetherException.class, () -> s.sql("INSERT INTO mig_post (title, status) VALUES ('x', '" + status
        + "')"));
  }

  @Test
  void checkIsInTheInitialMigration() throws Exception {
    assertTrue(Files.readString(dir.resolve("0001_initial.json"))
        .contains("\"choices\": {\"DRAFT\": \"DRAFT\", \"PUBLISHED\": \"PUBLISHED\"}"));
    refused("ARCHIVED");
  }

  @Test
  void addConstant() {
    s.make(models().model("Post", "mig_post", string("title", 20), status(Choices.Storage.NAME,
        List.of("DRAFT", "PUBLISHED", "ARCHIVED"), List.of("DRAFT", "PUBLISHED", "ARCHIVED"), 9)),
        "Alter field status on Post");
    s.migrate();
    assertEquals(List.of("1|a|DRAFT", "2|b|PUBLISHED", "3|c|DRAFT"), s.rows(ROWS));
    s.sql("INSERT INTO mig_post (title, status) VALUES ('d', 'ARCHIVED')");
    refused("GONE");
    s.sql("DELETE FROM mig_post WHERE title = 'd'");
    s.migrate("0001");
    assertEquals(List.of("1|a|DRAFT", "2|b|PUBLISHED", "3|c|DRAFT"), s.rows(ROWS));
    refused("ARCHIVED");
  }

  @Test
  void removeConstant() {
    s.sql("DELETE FROM mig_post WHERE status = 'PUBLISHED'");
    s.make(models().model("Post", "mig_post", string("title", 20),
        status(Choices.Storage.NAME, List.of("DRAFT"), List.of("DRAFT"), 9)), "Alter field status on Post");
    s.migrate();
    assertEquals(List.of("1|a|DRAFT", "3|c|DRAFT"), s.rows(ROWS));
    refused("PUBLISHED");
    s.migrate("0001");
    s.sql("INSERT INTO mig_post (title, status) VALUES ('b', 'PUBLISHED')");
  }

  @Test
  void nameToCodeRewritesRows() {
    s.make(models().model("Post", "mig_post", string("title", 20),
        status(Choices.Storage.CODE, List.of("DRAFT", "PUBLISHED"), List.of("d", "p"), 1)),
        "Alter field status on Post");
    s.migrate();
    assertEquals(List.of("1|a|d", "2|b|p", "3|c|d"), s.rows(ROWS));
    refused("DRAFT");
    s.migrate("0001");
    assertEquals(List.of("1|a|DRAFT", "2|b|PUBLISHED", "3|c|DRAFT"), s.rows(ROWS));
  }

  @Test
  void nameToNumberRewritesRows() {
    s.make(models().model("Post", "mig_post", string("title", 20),
        status(Choices.Storage.NUMBER, List.of("DRAFT", "PUBLISHED"), List.of(1, 2), 0)),
        "Alter field status on Post");
    s.migrate();
    assertEquals(List.of("1|a|1", "2|b|2", "3|c|1"), s.rows(ROWS));
    assertThrows(TetherException.class, () -> s.sql("INSERT INTO mig_post (title, status) VALUES ('x', 3)"));
    s.migrate("0001");
    assertEquals(List.of("1|a|DRAFT", "2|b|PUBLISHED", "3|c|DRAFT"), s.rows(ROWS));
  }

  @Test
  void addAndRemoveAnEnumField() {
    s.make(v1().field("Post", col("mood", SqlType.ENUM).withMaxLength(3).asNullable()
        .withChoices(Choices.stored(Choices.Storage.NAME, List.of("SAD", "OK"), List.of("SAD", "OK")))),
        "Add field mood to Post");
    s.migrate();
    s.sql("UPDATE mig_post SET mood = 'OK' WHERE id = 1");
    assertThrows(TetherException.class, () -> s.sql("UPDATE mig_post SET mood = 'BAD' WHERE id = 2"));
    s.migrate("0001");
    assertEquals(List.of("1|a|DRAFT", "2|b|PUBLISHED", "3|c|DRAFT"), s.rows(ROWS));
  }
}
