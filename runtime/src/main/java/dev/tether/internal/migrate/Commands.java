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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The commands behind {@code dev.tether.Migrations}, Django's management commands of the same
 * names. Each prints to {@code out} and returns the process's exit code.
 */
public final class Commands {
  private final PrintStream out;
  private final List<Migration> migrations;
  private final Path dir;
  private final String app;
  private final List<String> warnings;

  /**
   * Commands for the default app, whose files lie directly in {@code dir}.
   *
   * @param dir the directory migrations are written to (and were read from), or null when they
   *     come from the class path
   */
  public Commands(PrintStream out, List<Migration> migrations, Path dir) {
    this(out, migrations, dir, "", List.of());
  }

  /**
   * Commands for {@code app} (a module with models), whose files are written to {@code dir/app};
   * {@code migrations} are those of every app, in {@link Plan}'s order.
   */
  public Commands(PrintStream out, List<Migration> migrations, Path dir, String app) {
    this(out, migrations, dir, app, List.of());
  }

  /** @param warnings what the loader found wrong without refusing it (misnamed files), for showmigrations */
  public Commands(PrintStream out, List<Migration> migrations, Path dir, String app, List<String> warnings) {
    this.out = out;
    this.migrations = migrations;
    this.dir = dir;
    this.app = app;
    this.warnings = List.copyOf(warnings);
    if (!app.isEmpty() && !Migration.APP.matcher(app).matches()) {
      throw new IllegalArgumentException("an app label holds letters, digits, '_', '.' and '-': \"" + app + "\"");
    }
  }

  /** As {@link #makemigrations(List, List, String, boolean, boolean, boolean)} with every model this app's. */
  public int makemigrations(List<? extends ModelMeta<?>> models, String name, boolean check, boolean dryRun,
      boolean empty) {
    return makemigrations(models, models, name, check, dryRun, empty);
  }

  /**
   * Compares this app's models ({@code own}; {@code all} are every compiled model, for messages)
   * with the state the migrations record and writes the app's next migration, depending on the
   * latest migration of each other app it points into. With {@code check}, writes nothing and
   * returns 1 when a migration is missing; with {@code dryRun}, prints the file instead of writing
   * it; with {@code empty}, writes a migration without operations (to fill with {@code runSql} by
   * hand). An app without models and without migrations gets none.
   */
  public int makemigrations(List<? extends ModelMeta<?>> all, List<? extends ModelMeta<?>> own, String name,
      boolean check, boolean dryRun, boolean empty) {
    List<Migration> mine = migrations.stream().filter(m -> m.app().equals(app)).toList();
    if (own.isEmpty() && mine.isEmpty() && !empty) {
      out.println("No models in this module: no migrations");
      return 0;
    }
    ProjectState recorded = MigrationLoader.state(migrations, migrations.size());
    Map<String, String> owners = Plan.owners(migrations);
    ProjectState target = recorded;
    for (ModelState m : recorded.models()) {
      if (app.equals(owners.get(m.name()))) {
        target = target.without(m.name());
      }
    }
    for (ModelState m : ProjectState.of(own).models()) {
      target = target.with(m);
    }
    for (ModelState m : ProjectState.of(own).models()) {
      for (FieldState f : m.fields()) {
        if (f.to() != null && !target.has(f.to())) {
          boolean compiled = all.stream().anyMatch(x -> ProjectState.key(x).equals(f.to()));
          throw new IllegalStateException(m.name() + "." + f.name() + " points at " + f.to() + ", which no migration"
              + " records" + (compiled ? ": run makemigrations for the module holding it first" : ""));
        }
      }
    }
    Autodetector.Changes changes = empty ? new Autodetector.Changes(List.of(), List.of())
        : Autodetector.diff(recorded, target, ProjectState.renames(own));
    if (changes.isEmpty() && !empty) {
      out.println("No changes detected" + (app.isEmpty() ? "" : " in " + app));
      return 0;
    }
    if (check) {
      out.println("The models" + (app.isEmpty() ? "" : " of " + app) + " have changes that no migration records:");
      describe(changes.operations());
      out.println("Run makemigrations, then commit the migration it writes.");
      return 1;
    }
    int number = mine.isEmpty() ? 1 : mine.get(mine.size() - 1).number() + 1;
    String label = name != null ? name
        : empty ? "custom" : Autodetector.name(changes.operations(), mine.isEmpty());
    if (!label.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("a migration name holds letters, digits and underscores: " + label);
    }
    String file = String.format("%04d_%s.json", number, label);
    String text = MigrationWriter.write(dependencies(changes.operations(), owners), changes.operations());
    if (dryRun) {
      out.println("Would write " + (app.isEmpty() ? "" : app + "/") + file + ":");
      out.print(text);
    } else {
      if (dir == null) {
        throw new IllegalArgumentException("makemigrations writes into a directory: pass --dir");
      }
      Path into = app.isEmpty() ? dir : dir.resolve(app);
      try {
        Files.createDirectories(into);
        Files.writeString(into.resolve(file), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + into.resolve(file) + ": " + e.getMessage(), e);
      }
      out.println("Wrote " + into.resolve(file) + ":");
    }
    describe(changes.operations());
    for (String note : changes.notes()) {
      out.println("Note: " + note);
    }
    return 0;
  }

  /** The latest migration of every other app whose models {@code ops} point at, as Django's autodetector adds them. */
  private List<String> dependencies(List<Operation> ops, Map<String, String> owners) {
    Set<String> targets = new TreeSet<>();
    for (Operation op : ops) {
      List<FieldState> fields = op instanceof CreateModel c ? c.model().fields()
          : op instanceof AddField f ? List.of(f.field())
          : op instanceof AlterField f ? List.of(f.field()) : List.of();
      fields.stream().filter(f -> f.to() != null).forEach(f -> targets.add(f.to()));
    }
    Set<String> out = new TreeSet<>();
    for (String t : targets) {
      String other = owners.get(t);
      if (other != null && !other.equals(app)) {
        out.add(Plan.leaf(migrations, other).id());
      }
    }
    return List.copyOf(out);
  }

  private void describe(List<Operation> ops) {
    for (Operation op : ops) {
      out.println("  - " + op.describe());
    }
  }

  /**
   * Applies the pending migrations of every app, in dependency order, or migrates to
   * {@code target}, a migration of this app unless it names its app ({@code core/0001}).
   */
  public int migrate(Engine engine, String target) {
    Executor executor = new Executor(engine, migrations, line -> out.println("  " + line));
    String goal = qualify(target);
    out.println("Migrating " + engine.dialect().name() + " database" + (goal == null ? "" : " to " + goal));
    if (executor.migrate(goal) == 0) {
      out.println("  No migrations to run.");
    }
    return 0;
  }

  /** {@code name} in this app when it has such a migration ({@code zero}: all of this app's). */
  private String qualify(String name) {
    if (name == null || app.isEmpty() || name.contains("/")) {
      return name;
    }
    if (name.equals("zero")) {
      return app + "/zero";
    }
    boolean mine = migrations.stream().anyMatch(m -> m.app().equals(app)
        && (m.name().equals(name) || name.matches("\\d{1,4}") && m.number() == Integer.parseInt(name)));
    return mine ? app + "/" + name : name;
  }

  /**
   * Lists the migrations, {@code [X]} applied and {@code [ ]} pending, under their app's label when
   * there are apps; without a database, just their names.
   */
  public int showmigrations(Engine engine) {
    for (String w : warnings) {
      out.println("warning: " + w);
    }
    if (migrations.isEmpty() && engine == null) {
      out.println("(no migrations)");
      return 0;
    }
    Map<String, Executor.Status> status = new LinkedHashMap<>();
    if (engine == null) {
      migrations.forEach(m -> status.put(m.id(), null));
    } else {
      status.putAll(new Executor(engine, migrations, l -> { }).status());
    }
    boolean apps = status.keySet().stream().anyMatch(id -> id.contains("/"));
    Map<String, List<String>> lines = new TreeMap<>();
    int code = 0;
    for (Map.Entry<String, Executor.Status> e : status.entrySet()) {
      String id = e.getKey();
      int slash = id.lastIndexOf('/');
      String line = e.getValue() == null ? "[?] " + id.substring(slash + 1) : switch (e.getValue()) {
        case APPLIED -> "[X] " + id.substring(slash + 1);
        case PENDING -> "[ ] " + id.substring(slash + 1);
        case CHANGED -> "[!] " + id.substring(slash + 1) + "  (its file changed after it was applied)";
        case MISSING -> "[!] " + id.substring(slash + 1) + "  (applied, but its file is missing)";
      };
      if (e.getValue() == Executor.Status.CHANGED || e.getValue() == Executor.Status.MISSING) {
        code = 1;
      }
      lines.computeIfAbsent(slash < 0 ? "" : id.substring(0, slash), k -> new ArrayList<>()).add(line);
    }
    for (Map.Entry<String, List<String>> e : lines.entrySet()) {
      if (apps) {
        out.println(e.getKey().isEmpty() ? "(default app)" : e.getKey());
      }
      e.getValue().forEach(l -> out.println(apps ? " " + l : l));
    }
    return code;
  }

  /** Prints the SQL of migration {@code name} (of this app unless it names its app) for dialect {@code d}, or of reversing it. */
  public int sqlmigrate(Dialect d, String name, boolean backwards) {
    int index = MigrationSql.indexOf(migrations, qualify(name));
    out.println("-- " + migrations.get(index).id() + (backwards ? ", backwards" : "") + ", for " + d.name());
    for (String line : MigrationSql.statements(d, migrations, index, backwards, true)) {
      out.println(line.startsWith("--") ? line : line + ";");
    }
    return 0;
  }
}
