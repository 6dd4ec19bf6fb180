package dev.tether.internal.migrate;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.jdbc.Engine;
import dev.tether.meta.ModelMeta;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The commands behind {@code dev.tether.Migrations}, Django's management commands of the same
 * names. Each prints to {@code out} and returns the process's exit code.
 */
public final class Commands {
  private final PrintStream out;
  private final List<Migration> migrations;
  private final Path dir;
  private final List<String> warnings;

  /**
   * @param dir the directory migrations are written to (and were read from), or null when they
   *     come from the class path
   */
  public Commands(PrintStream out, List<Migration> migrations, Path dir) {
    this(out, migrations, dir, List.of());
  }

  /** @param warnings what the loader found wrong without refusing it (misnamed files), for showmigrations */
  public Commands(PrintStream out, List<Migration> migrations, Path dir, List<String> warnings) {
    this.out = out;
    this.migrations = migrations;
    this.dir = dir;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Compares {@code models} with the state the migrations record and writes the next migration.
   * With {@code check}, writes nothing and returns 1 when a migration is missing; with
   * {@code dryRun}, prints the file instead of writing it; with {@code empty}, writes a migration
   * without operations (to fill with {@code runSql} by hand).
   */
  public int makemigrations(List<? extends ModelMeta<?>> models, String name, boolean check, boolean dryRun,
      boolean empty) {
    ProjectState recorded = MigrationLoader.state(migrations, migrations.size());
    Autodetector.Changes changes = empty ? new Autodetector.Changes(List.of(), List.of())
        : Autodetector.diff(recorded, ProjectState.of(models), ProjectState.renames(models));
    if (changes.isEmpty() && !empty) {
      out.println("No changes detected");
      return 0;
    }
    if (check) {
      out.println("The models have changes that no migration records:");
      describe(changes.operations());
      out.println("Run makemigrations, then commit the migration it writes.");
      return 1;
    }
    int number = migrations.isEmpty() ? 1 : migrations.get(migrations.size() - 1).number() + 1;
    String label = name != null ? name
        : empty ? "custom" : Autodetector.name(changes.operations(), migrations.isEmpty());
    if (!label.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("a migration name holds letters, digits and underscores: " + label);
    }
    String file = String.format("%04d_%s.json", number, label);
    String text = MigrationWriter.write(changes.operations());
    if (dryRun) {
      out.println("Would write " + file + ":");
      out.print(text);
    } else {
      if (dir == null) {
        throw new IllegalArgumentException("makemigrations writes into a directory: pass --dir");
      }
      try {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + dir.resolve(file) + ": " + e.getMessage(), e);
      }
      out.println("Wrote " + dir.resolve(file) + ":");
    }
    describe(changes.operations());
    for (String note : changes.notes()) {
      out.println("Note: " + note);
    }
    return 0;
  }

  private void describe(List<Operation> ops) {
    for (Operation op : ops) {
      out.println("  - " + op.describe());
    }
  }

  /** Applies the pending migrations, or migrates back to {@code target}. */
  public int migrate(Engine engine, String target) {
    Executor executor = new Executor(engine, migrations, line -> out.println("  " + line));
    out.println("Migrating " + engine.dialect().name() + " database" + (target == null ? "" : " to " + target));
    if (executor.migrate(target) == 0) {
      out.println("  No migrations to run.");
    }
    return 0;
  }

  /** Lists the migrations, {@code [X]} applied and {@code [ ]} pending; without a database, just their names. */
  public int showmigrations(Engine engine) {
    for (String w : warnings) {
      out.println("warning: " + w);
    }
    if (migrations.isEmpty() && engine == null) {
      out.println("(no migrations)");
      return 0;
    }
    if (engine == null) {
      for (Migration m : migrations) {
        out.println("[?] " + m.name());
      }
      return 0;
    }
    int code = 0;
    for (Map.Entry<String, Executor.Status> e : new Executor(engine, migrations, l -> { }).status().entrySet()) {
      switch (e.getValue()) {
        case APPLIED -> out.println("[X] " + e.getKey());
        case PENDING -> out.println("[ ] " + e.getKey());
        case CHANGED -> {
          out.println("[!] " + e.getKey() + "  (its file changed after it was applied)");
          code = 1;
        }
        case MISSING -> {
          out.println("[!] " + e.getKey() + "  (applied, but its file is missing)");
          code = 1;
        }
      }
    }
    return code;
  }

  /** Prints the SQL of migration {@code name} for dialect {@code d}, or of reversing it. */
  public int sqlmigrate(Dialect d, String name, boolean backwards) {
    int index = MigrationSql.indexOf(migrations, name);
    out.println("-- " + migrations.get(index).name() + (backwards ? ", backwards" : "") + ", for " + d.name());
    for (String line : MigrationSql.statements(d, migrations, index, backwards, true)) {
      out.println(line.startsWith("--") ? line : line + ";");
    }
    return 0;
  }
}
