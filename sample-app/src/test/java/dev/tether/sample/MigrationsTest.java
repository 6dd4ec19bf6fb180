package dev.tether.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Database;
import dev.tether.Migrations;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.migrate.AddField;
import dev.tether.internal.migrate.AlterField;
import dev.tether.internal.migrate.Executor;
import dev.tether.internal.migrate.FieldState;
import dev.tether.internal.migrate.MigrationLoader;
import dev.tether.internal.migrate.MigrationWriter;
import dev.tether.internal.sql.Sql;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.ModelRegistry;
import dev.tether.meta.SqlType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's migrations: they record its models (what {@code makemigrations --check} checks in
 * CI), and the README's walkthrough (add a field, make it required, migrate back) keeps every row
 * of a database the sample filled.
 */
class MigrationsTest {
  static final Path SHIPPED = Path.of("src/main/resources/db/migration");
  static final String REPORTER = "dev.tether.sample.news.Reporter";
  static final String UNIQUE = "0002_post_author_title_uniq";

  @TempDir Path dir;

  @Test
  void shippedMigrationsRecordTheModels() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Migrations.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "makemigrations",
        "--check", "--dir", SHIPPED.toString());
    assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theWalkthroughKeepsEveryRow() throws Exception {
    Path db = dir.resolve("sample.db");
    PrintStream stdout = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      SampleApp.main(new String[] {db.toString()}); // applies 0001_initial, then fills the tables
    } finally {
      System.setOut(stdout);
    }
    Path migrations = dir.resolve("migrations");
    Files.createDirectories(migrations);
    Files.copy(SHIPPED.resolve("0001_initial.json"), migrations.resolve("0001_initial.json"));
    Files.copy(SHIPPED.resolve(UNIQUE + ".json"), migrations.resolve(UNIQUE + ".json"));
    FieldState beat = new FieldState("beat", FieldState.Kind.FIELD, null, "beat", SqlType.STRING, 40, true, false,
        false, false, false, null, null, null, null);
    FieldState required = new FieldState("beat", FieldState.Kind.FIELD, null, "beat", SqlType.STRING, 40, false,
        false, false, false, false, "general", null, null, null);
    Files.writeString(migrations.resolve("0003_reporter_beat.json"),
        MigrationWriter.write(List.of(new AddField(REPORTER, beat, null))));
    Files.writeString(migrations.resolve("0004_alter_reporter_beat.json"),
        MigrationWriter.write(List.of(new AlterField(REPORTER, required, null))));
    try (Database d = Database.open("jdbc:sqlite:" + db)) {
      Engine e = Engines.of(d);
      List<String> before = counts(e);
      Executor executor = new Executor(e, MigrationLoader.fromDirectory(migrations), line -> { });
      executor.migrate("0003");
      e.execute("UPDATE reporter SET beat = 'politics' WHERE id = (SELECT MIN(id) FROM reporter)");
      executor.migrate(null);
      assertEquals(before, counts(e));
      assertEquals(List.of("politics", "general"), strings(e, "SELECT DISTINCT beat FROM reporter ORDER BY beat DESC"));
      executor.migrate("0002");
      assertEquals(before, counts(e));
      assertEquals(List.of("0001_initial", UNIQUE), strings(e, "SELECT name FROM tether_migrations ORDER BY name"));
    }
  }

  @Test
  void aDatabaseMadeBeforeMigrationsIsRecordedAsMigrated() {
    List<ModelMeta<?>> models = new ArrayList<>();
    ServiceLoader.load(ModelRegistry.class).forEach(r -> models.addAll(r.models()));
    try (Database d = Database.open("jdbc:sqlite:" + dir.resolve("old.db"))) {
      d.createTables(models); // what migrate() did before the sample shipped migrations
      Engine e = Engines.of(d);
      e.execute("DROP INDEX post_author_title_uniq"); // ...and before Post declared its @Unique
      e.execute("INSERT INTO author (name, created_at, updated_at) VALUES ('Ann', 0, 0)");
      d.migrate();
      // 0001 recorded as applied (its tables exist), 0002 run: the constraint is there now
      assertEquals(List.of("0001_initial", UNIQUE), strings(e, "SELECT name FROM tether_migrations ORDER BY name"));
      assertEquals(List.of("Ann"), strings(e, "SELECT name FROM author"));
      assertEquals(List.of("post_author_title_uniq"),
          strings(e, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'post' AND sql LIKE '%UNIQUE%'"));
    }
  }

  private static List<String> counts(Engine e) {
    return strings(e, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        + " AND name <> 'tether_migrations' ORDER BY name").stream()
        .map(t -> t + "=" + strings(e, "SELECT COUNT(*) FROM \"" + t + "\"").get(0)).toList();
  }

  private static List<String> strings(Engine e, String sql) {
    return e.query(new Sql(sql, List.of()), (rs, r) -> {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    });
  }
}
