package dev.tether.it.migrations;

import static dev.tether.it.migrations.Fixtures.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.IntegrityException;
import dev.tether.it.TestDatabases;
import dev.tether.meta.TableConstraint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * makemigrations and migrate for {@code @Unique}, {@code @Index} and {@code @Check}: each added,
 * altered and removed on a table holding rows (Django's AddConstraint, RemoveConstraint, AddIndex,
 * RemoveIndex), the rows kept, the files read back to the state the models have, and every
 * migration reversed.
 */
class ConstraintMigrationsTest {
  static final TableConstraint UNIQUE = TableConstraint.unique("mig_headline_reporter_uniq", null, "headline", "reporter");
  static final TableConstraint CHECK = TableConstraint.check("mig_views_not_negative", "views >= 0");
  static final TableConstraint INDEX = TableConstraint.index("mig_views_idx", "views > 0", "-views", "headline");

  @TempDir Path dir;
  Scenario s;

  @BeforeEach
  void initial() {
    s = new Scenario(dir);
    s.make(ChangesTest.v1(), "Create model Reporter", "Create model Article", "Create model Tag",
        "Add field tags to Article");
    s.migrate();
    s.sql("INSERT INTO mig_reporter (first_name, email) VALUES ('John', 'john@example.com'), ('Paul', NULL)",
        "INSERT INTO mig_tag (name) VALUES ('news'), ('sport')",
        "INSERT INTO mig_article (headline, views, reporter_id) VALUES ('First', 3, 1), ('Second', 0, 1), ('Third', 7, 2)",
        "INSERT INTO mig_article_tags (article_id, tag_id) VALUES (1, 1), (1, 2), (3, 2)");
  }

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private void rowsKept() {
    assertEquals(ChangesTest.ARTICLE_ROWS, s.rows(ChangesTest.ARTICLES));
    assertEquals(ChangesTest.LINK_ROWS, s.rows(ChangesTest.LINKS));
  }

  private void noChangesFor(Fixtures models) {
    assertEquals("No changes detected\n", s.make(models.build()).replace("\r", ""));
  }

  private Set<String> indexes(String table) {
    return s.engine.withConnection(c -> {
      Set<String> out = new TreeSet<>();
      try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
        while (rs.next()) {
          if (rs.getString("INDEX_NAME") != null) {
            out.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
      return out;
    }, "indexes");
  }

  private static String constraintName(Runnable r) {
    return assertThrows(IntegrityException.class, r::run).constraintName();
  }

  @Test
  void addAlterAndRemoveAUniqueConstraint() throws Exception {
    Fixtures v2 = ChangesTest.v1().constraint("Article", UNIQUE);
    s.make(v2, "Create constraint mig_headline_reporter_uniq on model Article");
    String file = Files.readString(dir.resolve("0002_mig_headline_reporter_uniq.json"));
    assertTrue(file.contains("\"op\": \"addConstraint\"") && file.contains("\"kind\": \"unique\""), file);
    s.migrate();
    rowsKept();
    noChangesFor(v2); // the file reads back to the models' state
    assertTrue(indexes("mig_article").contains("mig_headline_reporter_uniq"), indexes("mig_article").toString());
    s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('First', 1, 2)"); // another reporter
    // SQLite names the columns, not the constraint; migrations' fixture models are not on the class path
    String name = constraintName(() -> s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('First', 1, 1)"));
    if (!TestDatabases.isSqlite()) {
      assertEquals("mig_headline_reporter_uniq", name);
    }
    s.sql("DELETE FROM mig_article WHERE id > 3");

    Fixtures v3 = ChangesTest.v1().constraint("Article",
        TableConstraint.unique("mig_headline_reporter_uniq", null, "headline"));
    s.make(v3, "Remove constraint mig_headline_reporter_uniq from model Article",
        "Create constraint mig_headline_reporter_uniq on model Article");
    s.migrate();
    rowsKept();
    noChangesFor(v3);
    assertThrows(IntegrityException.class,
        () -> s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('First', 1, 2)"));

    s.make(ChangesTest.v1(), "Remove constraint mig_headline_reporter_uniq from model Article");
    s.migrate();
    rowsKept();
    assertFalse(indexes("mig_article").contains("mig_headline_reporter_uniq"));
    s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('First', 1, 1)");
    s.sql("DELETE FROM mig_article WHERE id > 3");

    s.migrate("0003"); // back: the constraint returns
    assertThrows(IntegrityException.class,
        () -> s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('First', 1, 2)"));
    s.migrate("0001");
    rowsKept();
    assertFalse(indexes("mig_article").contains("mig_headline_reporter_uniq"));
  }

  @Test
  void addAndRemoveACheckConstraint() throws Exception {
    Fixtures v2 = ChangesTest.v1().constraint("Article", CHECK);
    s.make(v2, "Create constraint mig_views_not_negative on model Article");
    assertTrue(Files.readString(dir.resolve("0002_mig_views_not_negative.json")).contains("\"check\": \"views >= 0\""));
    s.migrate(); // SQLite rebuilds the table: the rows and the links to them stay
    rowsKept();
    noChangesFor(v2);
    assertEquals("mig_views_not_negative",
        constraintName(() -> s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('x', -1, 1)")));
    s.sql("UPDATE mig_article SET views = 0 WHERE id = 2");
    assertEquals("mig_views_not_negative", constraintName(() -> s.sql("UPDATE mig_article SET views = -5 WHERE id = 2")));

    Fixtures v3 = ChangesTest.v1().constraint("Article", TableConstraint.check("mig_views_not_negative", "views >= 1 OR headline = 'Second'"));
    s.make(v3, "Remove constraint mig_views_not_negative from model Article",
        "Create constraint mig_views_not_negative on model Article");
    s.migrate();
    rowsKept();
    noChangesFor(v3);
    assertEquals("mig_views_not_negative",
        constraintName(() -> s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('x', 0, 1)")));

    s.make(ChangesTest.v1(), "Remove constraint mig_views_not_negative from model Article");
    s.migrate();
    rowsKept();
    s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('x', -1, 1)");
    s.sql("DELETE FROM mig_article WHERE id > 3");
    s.migrate("0001");
    rowsKept();
    s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('x', -1, 1)");
  }

  @Test
  void addAlterAndRemoveAnIndex() throws Exception {
    Fixtures v2 = ChangesTest.v1().constraint("Article", INDEX);
    s.make(v2, "Create index mig_views_idx on model Article");
    String file = Files.readString(dir.resolve("0002_mig_views_idx.json"));
    assertTrue(file.contains("\"op\": \"addIndex\"") && file.contains("\"condition\": \"views > 0\""), file);
    s.migrate();
    rowsKept();
    noChangesFor(v2);
    boolean partial = !TestDatabases.kind().equals("mariadb"); // MariaDB: a partial index is left out, as Django does
    assertEquals(partial, indexes("mig_article").contains("mig_views_idx"));

    Fixtures v3 = ChangesTest.v1().constraint("Article", TableConstraint.index("mig_views_idx", null, "views"));
    s.make(v3, "Remove index mig_views_idx from model Article", "Create index mig_views_idx on model Article");
    s.migrate();
    rowsKept();
    assertTrue(indexes("mig_article").contains("mig_views_idx"));

    s.make(ChangesTest.v1(), "Remove index mig_views_idx from model Article");
    s.migrate();
    assertFalse(indexes("mig_article").contains("mig_views_idx"));
    s.migrate("0003");
    assertTrue(indexes("mig_article").contains("mig_views_idx"));
    s.migrate("0001");
    rowsKept();
    assertFalse(indexes("mig_article").contains("mig_views_idx"));
  }

  @Test
  void aNewModelIsCreatedWithItsDeclarations() throws Exception {
    Fixtures v2 = ChangesTest.v1().model("Label", "mig_label", string("name", 20),
            Fixtures.col("rank", dev.tether.meta.SqlType.INT))
        .constraint("Label", TableConstraint.unique("mig_label_name_rank_uniq", null, "name", "rank"))
        .constraint("Label", TableConstraint.check("mig_label_rank_positive", "rank > 0"));
    s.make(v2, "Create model Label");
    String file = Files.readString(dir.resolve("0002_label.json"));
    assertTrue(file.contains("\"constraints\": [") && file.contains("\"kind\": \"check\""), file);
    s.migrate();
    noChangesFor(v2);
    s.sql("INSERT INTO mig_label (name, " + s.engine.dialect().quote("rank") + ") VALUES ('a', 1)");
    assertEquals("mig_label_rank_positive", constraintName(
        () -> s.sql("INSERT INTO mig_label (name, " + s.engine.dialect().quote("rank") + ") VALUES ('b', 0)")));
    String name = constraintName(
        () -> s.sql("INSERT INTO mig_label (name, " + s.engine.dialect().quote("rank") + ") VALUES ('a', 1)"));
    if (!TestDatabases.isSqlite()) {
      assertEquals("mig_label_name_rank_uniq", name);
    }
    s.migrate("0001");
    assertFalse(s.tables().contains("mig_label"));
    rowsKept();
  }

  @Test
  void aPartialUniqueAddedOnRows() {
    Fixtures v2 = ChangesTest.v1().constraint("Article",
        TableConstraint.unique("mig_one_popular_per_reporter", "views > 2", "reporter"));
    s.make(v2, "Create constraint mig_one_popular_per_reporter on model Article");
    s.migrate();
    rowsKept();
    s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('Quiet', 1, 1)"); // outside the condition
    if (TestDatabases.kind().equals("mariadb")) {
      s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('Loud', 9, 1)");
    } else {
      assertThrows(IntegrityException.class,
          () -> s.sql("INSERT INTO mig_article (headline, views, reporter_id) VALUES ('Loud', 9, 1)"));
    }
    s.sql("DELETE FROM mig_article WHERE id > 3");
    s.migrate("0001");
    rowsKept();
  }

  @Test
  void aFieldLeavesWithItsConstraintsAndARenameCarriesThem() {
    Fixtures v2 = ChangesTest.v1().constraint("Article", UNIQUE).constraint("Article", CHECK);
    s.make(v2, "Create constraint mig_headline_reporter_uniq on model Article",
        "Create constraint mig_views_not_negative on model Article");
    s.migrate();
    // headline renamed to title: the declarations follow the field, so nothing else changes
    Fixtures v3 = ChangesTest.v1().drop("Article", "headline")
        .field("Article", string("title", 100).withRenamedFrom("headline"))
        .constraint("Article", TableConstraint.unique("mig_headline_reporter_uniq", null, "title", "reporter"))
        .constraint("Article", CHECK);
    s.make(v3, "Rename field headline on Article to title");
    s.migrate();
    noChangesFor(v3);
    assertThrows(IntegrityException.class,
        () -> s.sql("INSERT INTO mig_article (title, views, reporter_id) VALUES ('First', 1, 1)"));
    // views removed: its check goes first
    Fixtures v4 = ChangesTest.v1().drop("Article", "headline").drop("Article", "views")
        .field("Article", string("title", 100))
        .constraint("Article", TableConstraint.unique("mig_headline_reporter_uniq", null, "title", "reporter"));
    s.make(v4, "Remove constraint mig_views_not_negative from model Article", "Remove field views from Article");
    s.migrate();
    assertEquals(List.of("1|First|1", "2|Second|1", "3|Third|2"),
        s.rows("SELECT id, title, reporter_id FROM mig_article ORDER BY id"));
    s.migrate("0001"); // views comes back with its default, and the check with it on the way
    assertEquals(List.of("1|First|0|1", "2|Second|0|1", "3|Third|0|2"), s.rows(ChangesTest.ARTICLES));
    assertEquals(ChangesTest.LINK_ROWS, s.rows(ChangesTest.LINKS));
  }
}
