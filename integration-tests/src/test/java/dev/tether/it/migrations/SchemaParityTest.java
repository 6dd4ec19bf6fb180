package dev.tether.it.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Database;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.migrate.AddField;
import dev.tether.internal.migrate.Autodetector;
import dev.tether.internal.migrate.Executor;
import dev.tether.internal.migrate.Migration;
import dev.tether.internal.migrate.MigrationSql;
import dev.tether.internal.migrate.Operation;
import dev.tether.internal.migrate.ProjectState;
import dev.tether.internal.schema.SchemaEditor;
import dev.tether.internal.sql.Sql;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.ModelRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every model this module compiled, the initial migration creates what
 * {@code Database.migrate()} creates without migrations: so a database made before migrations
 * existed can be recorded as migrated, and later changes find its indexes and constraints under
 * the names they expect.
 */
class SchemaParityTest {
  @TempDir Path dir;

  static List<ModelMeta<?>> compiled() {
    List<ModelMeta<?>> models = new ArrayList<>();
    for (ModelRegistry r : ServiceLoader.load(ModelRegistry.class)) {
      models.addAll(r.models());
    }
    return models;
  }

  static List<Operation> initial(List<ModelMeta<?>> models) {
    return Autodetector.diff(ProjectState.EMPTY, ProjectState.of(models), Map.of()).operations();
  }

  /**
   * The same statements, in another order, but for the tables in a cycle of foreign keys: the
   * migration creates one of them first and adds its key afterwards.
   */
  @Test
  void sameStatementsOutsideCycles() {
    List<ModelMeta<?>> models = compiled();
    List<Operation> ops = initial(models);
    Set<String> cycles = new TreeSet<>();
    ProjectState state = ProjectState.of(models);
    for (Operation op : ops) {
      if (op instanceof AddField a && a.field().isForeignKey()) {
        cycles.add(state.model(a.model()).table());
      }
    }
    List<Migration> migration = List.of(new Migration("0001_initial", ops, "", "test"));
    for (String url : List.of("jdbc:sqlite:", "jdbc:postgresql:", "jdbc:mariadb:")) {
      var d = Dialects.forUrl(url);
      List<ModelMeta<?>> tables = new ArrayList<>();
      for (ModelMeta<?> m : models) {
        tables.add(m);
        m.manyToMany().stream().filter(m2m -> m2m.autoCreated()).forEach(m2m -> tables.add(m2m.through())); // as createTables adds them
      }
      Set<String> editor = outside(cycles, SchemaEditor.ddl(d, tables));
      Set<String> migrations = outside(cycles, MigrationSql.statements(d, migration, 0, false, false));
      Set<String> onlyEditor = new TreeSet<>(editor);
      onlyEditor.removeAll(migrations);
      Set<String> onlyMigrations = new TreeSet<>(migrations);
      onlyMigrations.removeAll(editor);
      assertEquals(Set.of(), onlyEditor, url + ": only the schema editor");
      assertEquals(Set.of(), onlyMigrations, url + ": only the migration");
    }
  }

  /** The statements that name none of {@code tables} (rebuilding them on SQLite included). */
  private static Set<String> outside(Set<String> tables, List<String> statements) {
    Set<String> out = new TreeSet<>();
    for (String s : statements) {
      if (tables.stream().noneMatch(s::contains)) {
        out.add(s);
      }
    }
    return out;
  }

  /** On SQLite, what the database holds in the end is the same, cycles included. */
  @Test
  void sameSqliteSchema() {
    List<ModelMeta<?>> models = compiled();
    try (Database a = Database.open("jdbc:sqlite:" + dir.resolve("a.db"));
        Database b = Database.open("jdbc:sqlite:" + dir.resolve("b.db"))) {
      a.createTables(models);
      new Executor(Engines.of(b), List.of(new Migration("0001_initial", initial(models), "", "test")), l -> { })
          .migrate(null);
      assertEquals(schema(a), schema(b));
    }
  }

  private static List<String> schema(Database db) {
    return Engines.of(db).query(new Sql("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"
        + " AND name NOT IN ('tether_migrations', 'sqlite_sequence') AND tbl_name <> 'tether_migrations'"
        + " ORDER BY sql", List.of()), (rs, r) -> {
          List<String> out = new ArrayList<>();
          while (rs.next()) {
            out.add(rs.getString(1));
          }
          return out;
        });
  }
}
