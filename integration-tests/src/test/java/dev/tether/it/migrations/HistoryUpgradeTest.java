package dev.tether.it.migrations;

import static dev.tether.it.migrations.Fixtures.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tether.internal.migrate.Commands;
import dev.tether.internal.migrate.Executor;
import dev.tether.internal.migrate.MigrationLoader;
import dev.tether.internal.schema.SchemaSql;
import dev.tether.internal.schema.Table;
import dev.tether.internal.schema.Table.Column;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.SqlType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database migrated before apps existed has {@code tether_migrations} without an {@code app}
 * column and with names unique on their own. The first migrate brings it forward keeping every
 * row (in the default app), and then an app's {@code 0001_initial} sits next to the default app's.
 */
class HistoryUpgradeTest {
  /** The table as Tether wrote it before apps. */
  static final Table BEFORE_APPS = new Table("tether_migrations", List.of(
      new Column(FieldMeta.autoId(), null, null),
      new Column(FieldMeta.of("name", "name", SqlType.STRING).withMaxLength(255).asUnique(), null, null),
      new Column(FieldMeta.of("checksum", "checksum", SqlType.STRING).withMaxLength(64), null, null),
      new Column(FieldMeta.of("applied", "applied", SqlType.STRING).withMaxLength(40), null, null)), List.of());

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

  /** The default app's 0001 and 0002 applied by a Tether from before apps: rows in the old table. */
  private List<String> legacyHistory() {
    s.make(ChangesTest.v1(), "Create model Reporter", "Create model Article", "Create model Tag",
        "Add field tags to Article");
    s.make(ChangesTest.v1().field("Article", string("subtitle", 10).asNullable()), "Add field subtitle to Article");
    s.migrate();
    List<String> rows = s.rows("SELECT name, checksum, applied FROM tether_migrations ORDER BY id");
    s.sql("DROP TABLE tether_migrations");
    s.sql(SchemaSql.createTable(s.engine.dialect(), BEFORE_APPS).toArray(String[]::new));
    for (String row : rows) {
      String[] v = row.split("\\|");
      s.sql("INSERT INTO tether_migrations (name, checksum, applied) VALUES ('" + v[0] + "', '" + v[1] + "', '"
          + v[2] + "')");
    }
    return rows;
  }

  /** An app {@code labels} with its own {@code 0001_initial}. */
  private void addApp() {
    List<ModelMeta<?>> label = Fixtures.models().model("Label", "mig_label", string("text", 20)).build();
    new Commands(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        MigrationLoader.fromDirectory(dir), dir, "labels").makemigrations(label, label, null, false, false, false);
  }

  @Test
  void migrateBringsAnOldHistoryForwardKeepingEveryRow() {
    List<String> rows = legacyHistory();
    assertEquals(2, rows.size());
    addApp();
    s.migrate();
    assertEquals(List.of("|" + rows.get(0), "|" + rows.get(1)),
        s.rows("SELECT app, name, checksum, applied FROM tether_migrations WHERE app = '' ORDER BY id"));
    assertEquals(List.of("labels|0001_initial"), s.rows("SELECT app, name FROM tether_migrations WHERE app <> ''"));
    assertEquals(List.of("mig_article", "mig_article_tags", "mig_label", "mig_reporter", "mig_tag",
        "tether_migrations"), s.tables());
    assertEquals(Map.of("0001_initial", Executor.Status.APPLIED, "0002_article_subtitle", Executor.Status.APPLIED,
        "labels/0001_initial", Executor.Status.APPLIED), new Executor(s.engine, s.migrations(), l -> { }).status());
  }

  @Test
  void anOldHistoryReadsAsTheDefaultAppBeforeItIsBroughtForward() {
    legacyHistory();
    assertEquals(Map.of("0001_initial", Executor.Status.APPLIED, "0002_article_subtitle", Executor.Status.APPLIED),
        new Executor(s.engine, s.migrations(), l -> { }).status());
    assertFalse(s.columns("tether_migrations").contains("app"));
  }

  @Test
  void anUpgradeCutShortFinishesOnTheNextRun() {
    List<String> rows = legacyHistory();
    // as if MariaDB had committed the rename and then stopped: only the old rows, under their waiting name
    s.sql("ALTER TABLE tether_migrations RENAME TO tether_migrations_old");
    s.migrate();
    assertEquals(List.of("tether_migrations"), s.tables().stream().filter(t -> t.startsWith("tether")).toList());
    assertEquals(List.of("|" + rows.get(0), "|" + rows.get(1)),
        s.rows("SELECT app, name, checksum, applied FROM tether_migrations ORDER BY id"));
  }
}
