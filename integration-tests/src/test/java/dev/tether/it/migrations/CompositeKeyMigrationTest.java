package dev.tether.it.migrations;

import static dev.tether.it.migrations.Fixtures.col;
import static dev.tether.it.migrations.Fixtures.models;
import static dev.tether.it.migrations.Fixtures.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.TetherException;
import dev.tether.meta.SqlType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations of a composite primary key ({@code @Model(primaryKey = ...)}): the table is created
 * with {@code PRIMARY KEY (a, b)}, keeps it through changes that rebuild it (SQLite), and the key
 * itself can be changed, widened or given up with every row kept; a change involving a generated
 * key is refused.
 */
class CompositeKeyMigrationTest {
  static final String LINES = "SELECT tenant, num, note, position FROM mig_line ORDER BY tenant, num";
  static final List<String> LINE_ROWS = List.of("1|1|a|1", "1|2|b|2", "2|1|c|3");

  @TempDir Path dir;
  Scenario s;

  /** Line keyed by (tenant, num). */
  static Fixtures v1() {
    return models().keyedModel("Line", "mig_line", col("tenant", SqlType.LONG).asPrimaryKey(false),
        col("num", SqlType.INT).asPrimaryKey(false), string("note", 20), col("position", SqlType.INT));
  }

  @BeforeEach
  void initial() throws Exception {
    s = new Scenario(dir);
    s.make(v1(), "Create model Line");
    String file = Files.readString(dir.resolve("0001_initial.json"));
    assertTrue(file.contains("\"primaryKey\": true"), file);
    s.migrate();
    s.sql("INSERT INTO mig_line (tenant, num, note, position) VALUES (1, 1, 'a', 1), (1, 2, 'b', 2), (2, 1, 'c', 3)");
  }

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  /** The pair is the key: a repeated pair is refused, each part alone is not. */
  private void keyIsTenantAndNum() {
    assertThrows(TetherException.class,
        () -> s.sql("INSERT INTO mig_line (tenant, num, note, position) VALUES (1, 1, 'dup', 9)"));
    s.sql("INSERT INTO mig_line (tenant, num, note, position) VALUES (1, 3, 'new', 1)");
    s.sql("DELETE FROM mig_line WHERE num = 3");
    assertEquals(LINE_ROWS, s.rows(LINES));
  }

  @Test
  void createdWithTheCompositeKey() {
    keyIsTenantAndNum();
  }

  @Test
  void alterFieldKeepsTheKey() {
    // on SQLite the table is rebuilt: the rebuilt table has the composite key too
    s.make(v1().field("Line", string("note", 50)), "Alter field note on Line");
    s.migrate();
    assertEquals(LINE_ROWS, s.rows(LINES));
    keyIsTenantAndNum();
    s.make(v1().field("Line", string("note", 50)).field("Line", col("qty", SqlType.INT).withDefault("0")),
        "Add field qty to Line");
    s.migrate();
    assertEquals(List.of("1|1|0", "1|2|0", "2|1|0"), s.rows("SELECT tenant, num, qty FROM mig_line ORDER BY tenant, num"));
    keyIsTenantAndNum();
    s.migrate("0001");
    assertEquals(LINE_ROWS, s.rows(LINES));
    keyIsTenantAndNum();
  }

  @Test
  void widenTheKey() {
    s.make(models().keyedModel("Line", "mig_line", col("tenant", SqlType.LONG).asPrimaryKey(false),
        col("num", SqlType.INT).asPrimaryKey(false), string("note", 20), col("position", SqlType.INT).asPrimaryKey(false)),
        "Alter composite primary key of Line to (tenant, num, position)");
    s.migrate();
    assertEquals(LINE_ROWS, s.rows(LINES));
    // (1, 1) may repeat with another position now; the triple may not
    s.sql("INSERT INTO mig_line (tenant, num, note, position) VALUES (1, 1, 'again', 9)");
    assertThrows(TetherException.class,
        () -> s.sql("INSERT INTO mig_line (tenant, num, note, position) VALUES (1, 1, 'dup', 9)"));
    s.sql("DELETE FROM mig_line WHERE position = 9");
    s.migrate("0001");
    assertEquals(LINE_ROWS, s.rows(LINES));
    keyIsTenantAndNum();
  }

  @Test
  void giveUpTheCompositeKeyForOneColumn() {
    s.make(models().keyedModel("Line", "mig_line", col("tenant", SqlType.LONG), col("num", SqlType.INT),
        string("note", 20), col("position", SqlType.INT).asPrimaryKey(false)),
        "Alter primary key of Line to (position)");
    s.migrate();
    assertEquals(LINE_ROWS, s.rows(LINES));
    assertThrows(TetherException.class,
        () -> s.sql("INSERT INTO mig_line (tenant, num, note, position) VALUES (5, 5, 'dup', 1)"));
    s.sql("INSERT INTO mig_line (tenant, num, note, position) VALUES (1, 1, 'same pair', 4)");
    s.sql("DELETE FROM mig_line WHERE position = 4");
    s.migrate("0001");
    assertEquals(LINE_ROWS, s.rows(LINES));
    keyIsTenantAndNum();
  }

  @Test
  void aGeneratedKeyIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.make(models().model("Line",
        "mig_line", col("tenant", SqlType.LONG), col("num", SqlType.INT), string("note", 20),
        col("position", SqlType.INT)).build()));
    assertEquals("dev.tether.it.migrations.Line: migrations cannot change a primary key (tenant LONG, num INT to"
        + " id LONG); write this migration by hand", e.getMessage());
  }
}
