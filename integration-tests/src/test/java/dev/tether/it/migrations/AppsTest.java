package dev.tether.it.migrations;

import static dev.tether.it.migrations.Fixtures.models;
import static dev.tether.it.migrations.Fixtures.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.internal.migrate.Commands;
import dev.tether.internal.migrate.Executor;
import dev.tether.internal.migrate.Migration;
import dev.tether.internal.migrate.MigrationLoader;
import dev.tether.meta.ModelMeta;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations per app (Django's per-app migrations): each module's models get their own
 * migrations in {@code db/migration/<app>/}, depending on the migrations of the apps they point
 * into; one plan applies every app's migrations in dependency order; the same migration name in two
 * apps is no clash; reversing an app reverses what depends on it first.
 */
class AppsTest {
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

  /**
   * App {@code people} holds Reporter; app {@code articles} holds Article, whose key points into
   * {@code people}. The labels sort against the dependency, so only the dependency can order them.
   */
  static Fixtures both() {
    return models()
        .model("Reporter", "mig_reporter", string("firstName", 30))
        .model("Article", "mig_article", string("headline", 100)).fk("reporter", "Reporter");
  }

  static List<ModelMeta<?>> only(List<ModelMeta<?>> all, String name) {
    return all.stream().filter(m -> m.name().equals(name)).toList();
  }

  /** makemigrations for {@code app}, whose models are {@code own}: what it printed. */
  String make(String app, List<ModelMeta<?>> all, List<ModelMeta<?>> own) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new Commands(out, MigrationLoader.fromDirectory(dir), dir, app).makemigrations(all, own, null, false, false, false);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  void makeBoth() {
    List<ModelMeta<?>> all = both().build();
    make("people", all, only(all, "Reporter"));
    make("articles", all, only(all, "Article"));
  }

  @Test
  void anAppPointingIntoAnAppWithoutMigrationsIsToldToWaitForIt() {
    List<ModelMeta<?>> all = both().build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> make("articles", all, only(all, "Article")));
    assertEquals("dev.tether.it.migrations.Article.reporter points at dev.tether.it.migrations.Reporter, which no"
        + " migration records: run makemigrations for the module holding it first", e.getMessage());
    assertFalse(Files.exists(dir.resolve("articles")));
  }

  @Test
  void appsKeepTheirOwnFilesAndDependOnTheAppsTheyPointInto() throws Exception {
    makeBoth();
    String people = Files.readString(dir.resolve("people/0001_initial.json"));
    String articles = Files.readString(dir.resolve("articles/0001_initial.json"));
    assertTrue(people.contains("\"model\": \"dev.tether.it.migrations.Reporter\""), people);
    assertFalse(people.contains("Article") || people.contains("dependencies"), people);
    assertTrue(articles.replaceAll("\\s", "").contains("\"dependencies\":[\"people/0001_initial\"]"), articles);
    assertTrue(articles.contains("\"model\": \"dev.tether.it.migrations.Article\""), articles);
    assertFalse(articles.contains("\"model\": \"dev.tether.it.migrations.Reporter\""), articles);
    // nothing left to record, in either app; an app without models gets nothing
    List<ModelMeta<?>> all = both().build();
    assertEquals("No changes detected in people\n", make("people", all, only(all, "Reporter")));
    assertEquals("No changes detected in articles\n", make("articles", all, only(all, "Article")));
    assertEquals("No models in this module: no migrations\n", make("web", all, List.of()));
    assertEquals(List.of("articles", "people"), List.of(dir.toFile().list()).stream().sorted().toList());
  }

  @Test
  void migrateAppliesEveryAppInDependencyOrderAndRecordsAppAndName() {
    makeBoth();
    List<ModelMeta<?>> v2 = both().field("Reporter", string("email", 254).asNullable()).build();
    make("people", v2, only(v2, "Reporter"));
    List<Migration> plan = MigrationLoader.fromDirectory(dir);
    assertEquals(List.of("people/0001_initial", "articles/0001_initial", "people/0002_reporter_email"),
        plan.stream().map(Migration::id).toList());
    s.migrate();
    assertEquals(List.of("articles|0001_initial", "people|0001_initial", "people|0002_reporter_email"),
        s.rows("SELECT app, name FROM tether_migrations ORDER BY app, name"));
    assertTrue(s.columns("mig_reporter").contains("email"));
    s.sql("INSERT INTO mig_reporter (first_name, email) VALUES ('John', NULL)",
        "INSERT INTO mig_article (headline, reporter_id) VALUES ('First', 1)");
    assertEquals(List.of("1|First|1"), s.rows("SELECT id, headline, reporter_id FROM mig_article"));
  }

  @Test
  void reversingAnAppFirstReversesTheAppsDependingOnIt() {
    makeBoth();
    s.migrate();
    s.migrate("people/zero");
    assertEquals(List.of("tether_migrations"), s.tables());
    assertEquals(List.of(), s.rows("SELECT app, name FROM tether_migrations"));
    // a target names its app when two apps have a migration of that name
    var e = assertThrows(dev.tether.MigrationException.class, () -> s.migrate("0001_initial"));
    assertTrue(e.getMessage().startsWith("several apps have a migration 0001_initial"), e.getMessage());
    s.migrate("articles/0001_initial"); // applies what it depends on first
    assertEquals(List.of("articles|0001_initial", "people|0001_initial"),
        s.rows("SELECT app, name FROM tether_migrations ORDER BY app"));
    s.migrate("articles/zero");
    assertEquals(List.of("people|0001_initial"), s.rows("SELECT app, name FROM tether_migrations"));
    assertEquals(List.of("mig_reporter", "tether_migrations"), s.tables());
  }

  @Test
  void aMissingDependencyIsNamed() throws Exception {
    makeBoth();
    Files.delete(dir.resolve("people/0001_initial.json"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> MigrationLoader.fromDirectory(dir));
    assertEquals("migration articles/0001_initial (" + dir.resolve("articles/0001_initial.json") + ") depends on"
        + " people/0001_initial, which is missing: put the module holding it on the class path", e.getMessage());
  }

  @Test
  void statusNamesEachMigrationWithItsApp() {
    makeBoth();
    s.migrate("people/0001_initial");
    Map<String, Executor.Status> status = new Executor(s.engine, s.migrations(), l -> { }).status();
    assertEquals(Map.of("people/0001_initial", Executor.Status.APPLIED, "articles/0001_initial",
        Executor.Status.PENDING), status);
    assertEquals(List.of("people/0001_initial", "articles/0001_initial"), List.copyOf(status.keySet()));
  }
}
