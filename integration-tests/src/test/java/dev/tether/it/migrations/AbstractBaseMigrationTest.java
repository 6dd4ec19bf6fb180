package dev.tether.it.migrations;

import static dev.tether.it.migrations.Fixtures.col;
import static dev.tether.it.migrations.Fixtures.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.meta.ModelMeta;
import dev.tether.meta.SqlType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that starts inheriting an abstract base gains its columns (added, or altered when it had
 * one already) and keeps its rows; migrating back removes them and the rows stay.
 */
class AbstractBaseMigrationTest {
  static final List<ModelMeta<?>> COMPILED = List.of(Pen_.META, Memo_.META);

  @TempDir Path dir;
  Scenario s;

  @BeforeEach
  void open() {
    s = new Scenario(dir);
  }

  @AfterEach
  void close() {
    s.close();
  }

  @Test
  void inheritedColumnsAreAddedAlteredAndRemovedWithTheRowsKept() {
    Fixtures before = Fixtures.models()
        .model("Pen", "mig_pen", string("colour", 20))
        .model("Memo", "mig_memo", col("createdAt", SqlType.INSTANT).asNullable(), string("text", 50));
    s.make(before, "Create model Memo", "Create model Pen");
    s.migrate();
    s.sql("INSERT INTO mig_pen (colour) VALUES ('red')",
        "INSERT INTO mig_memo (text) VALUES ('a'), ('b')");

    String printed = s.make(COMPILED);
    assertEquals(List.of("Alter field createdAt on Memo", "Add field updatedAt to Memo", "Add field pen to Memo"),
        printed.lines().filter(l -> l.startsWith("  - ")).map(l -> l.substring(4)).sorted((x, y) ->
            order(x) - order(y)).toList(), printed);
    s.migrate();
    assertEquals(List.of("id", "created_at", "text", "updated_at", "pen_id"), s.columns("mig_memo"));
    assertEquals(List.of("1|a|null", "2|b|null"), s.rows("SELECT id, text, pen_id FROM mig_memo ORDER BY id"));
    s.sql("UPDATE mig_memo SET pen_id = 1 WHERE id = 2");
    assertEquals("No changes detected\n", s.make(COMPILED).replace("\r", ""));

    s.migrate("0001");
    assertEquals(List.of("id", "created_at", "text"), s.columns("mig_memo"));
    assertEquals(List.of("1|a", "2|b"), s.rows("SELECT id, text FROM mig_memo ORDER BY id"));
  }

  private static int order(String op) {
    return op.startsWith("Alter") ? 0 : op.contains("updatedAt") ? 1 : 2;
  }
}
