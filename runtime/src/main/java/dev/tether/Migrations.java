package dev.tether;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.migrate.Autodetector;
import dev.tether.internal.migrate.Commands;
import dev.tether.internal.migrate.Executor;
import dev.tether.internal.migrate.Migration;
import dev.tether.internal.migrate.MigrationLoader;
import dev.tether.internal.migrate.ProjectState;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.ModelRegistry;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Django's migration commands for Tether models, run from the project's directory:
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=dev.tether.Migrations -Dexec.args="makemigrations"
 * mvn -q compile exec:java -Dexec.mainClass=dev.tether.Migrations -Dexec.args="migrate --database jdbc:sqlite:app.db"
 * </pre>
 * {@code makemigrations} compares the compiled models with the state the migrations in
 * {@code src/main/resources/db/migration} record and writes the next one there;
 * {@code migrate}, {@code showmigrations} and {@code sqlmigrate} apply, list and print them. At
 * run time, {@link Database#migrate()} applies the migrations on the class path. The Maven plugin
 * ({@code mvn tether:makemigrations}, ...) runs these commands for each module with its own app
 * label ({@code --app}) and compiled classes ({@code --classes}); every module with models keeps
 * its migrations in {@code db/migration/<app>/}.
 */
public final class Migrations {
  private static final System.Logger LOG = System.getLogger("dev.tether.migrations");
  static final String USAGE = String.join("\n",
      "usage: dev.tether.Migrations <command> [options]",
      "  makemigrations [--name NAME] [--check] [--dry-run] [--empty]",
      "                               write the next migration (--check: exit 1 if one is missing, write nothing)",
      "  migrate [NAME|APP/NAME|zero]  apply pending migrations, or migrate to NAME (zero: undo all; APP/zero: one app)",
      "  showmigrations               list migrations: [X] applied, [ ] pending",
      "  sqlmigrate NAME [--backwards] [--dialect sqlite|postgresql|mariadb]",
      "                               print a migration's SQL",
      "options:",
      "  --dir DIR         migrations directory (-Dtether.migrations.dir; default src/main/resources/db/migration);",
      "                    apps it does not hold come from db/migration on the class path. DIR:DIR2...: the",
      "                    first is written to, the others are read too (other modules of a reactor)",
      "  --app LABEL       the module's app (-Dtether.app): its migrations are DIR/LABEL/*.json; default: none,",
      "                    the files lie in DIR itself",
      "  --classes DIR     the module's compiled classes (-Dtether.classes): its models are those compiled there;",
      "                    default: every model on the class path",
      "  --database URL    JDBC URL (-Dtether.database.url), with --user and --password",
      "                    (-Dtether.database.user, -Dtether.database.password)");

  private Migrations() {}

  /** Runs one command and exits with its code when it is not 0 (1: --check found changes; 2: an error). */
  public static void main(String[] args) {
    int code = run(System.out, System.err, args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs one command, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    Map<String, String> options = new HashMap<>();
    List<String> words = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.startsWith("--")) {
          String key = a.contains("=") ? a.substring(2, a.indexOf('=')) : a.substring(2);
          boolean flag = key.equals("check") || key.equals("dry-run") || key.equals("empty") || key.equals("backwards");
          String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : flag ? "true" : null;
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(a + " needs a value");
            }
            value = args[++i];
          }
          options.put(key, value);
        } else {
          words.add(a);
        }
      }
      if (words.isEmpty() || options.containsKey("help")) {
        out.println(USAGE);
        return words.isEmpty() && !options.containsKey("help") ? 2 : 0;
      }
      return command(words, options, out);
    } catch (TetherException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private static int command(List<String> words, Map<String, String> options, PrintStream out) {
    String command = words.get(0);
    String arg = words.size() > 1 ? words.get(1) : null;
    if (words.size() > 2) {
      throw new IllegalArgumentException("unexpected " + words.get(2) + "\n" + USAGE);
    }
    String dirOption = option(options, "dir", "tether.migrations.dir", null);
    List<Path> dirs = new ArrayList<>();
    for (String d : (dirOption != null ? dirOption : "src/main/resources/" + MigrationLoader.LOCATION)
        .split(java.io.File.pathSeparator)) {
      dirs.add(Path.of(d));
    }
    MigrationLoader.Found found = MigrationLoader.load(classLoader(), dirs);
    List<Migration> migrations = found.migrations();
    if (!command.equals("showmigrations")) { // which prints them
      for (String w : found.warnings()) {
        LOG.log(Level.WARNING, w);
      }
    }
    String app = option(options, "app", "tether.app", "");
    Commands c = new Commands(out, migrations, dirs.get(0), app, found.warnings());
    String classes = option(options, "classes", "tether.classes", null);
    String url = option(options, "database", "tether.database.url", null);
    switch (command) {
      case "makemigrations":
        List<ModelMeta<?>> all = compiledModels();
        return c.makemigrations(all, classes == null ? all : compiledIn(Path.of(classes)), options.get("name"),
            options.containsKey("check"),
            options.containsKey("dry-run"), options.containsKey("empty"));
      case "migrate":
      case "showmigrations":
        if (url == null && command.equals("migrate")) {
          throw new IllegalArgumentException("which database? pass --database jdbc:... or -Dtether.database.url=...");
        }
        if (url == null) {
          return c.showmigrations(null);
        }
        try (Database db = Database.open(url, option(options, "user", "tether.database.user", null),
            option(options, "password", "tether.database.password", null))) {
          return command.equals("migrate") ? c.migrate(Engines.of(db), arg) : c.showmigrations(Engines.of(db));
        }
      case "sqlmigrate":
        if (arg == null) {
          throw new IllegalArgumentException("sqlmigrate needs a migration name\n" + USAGE);
        }
        String dialect = options.get("dialect");
        return c.sqlmigrate(dialect != null ? dialect(dialect) : Dialects.forUrl(url != null ? url : "jdbc:sqlite:"),
            arg, options.containsKey("backwards"));
      default:
        throw new IllegalArgumentException("unknown command " + command + "\n" + USAGE);
    }
  }

  private static String option(Map<String, String> options, String key, String property, String otherwise) {
    String v = options.get(key);
    return v != null ? v : System.getProperty(property, otherwise);
  }

  private static Dialect dialect(String name) {
    return switch (name) {
      case "sqlite" -> Dialects.forUrl("jdbc:sqlite:");
      case "postgresql", "postgres" -> Dialects.forUrl("jdbc:postgresql:");
      case "mariadb" -> Dialects.forUrl("jdbc:mariadb:");
      case "mysql" -> Dialects.forUrl("jdbc:mysql:");
      default -> throw new IllegalArgumentException("unknown dialect " + name + " (sqlite, postgresql, mariadb)");
    };
  }

  private static ClassLoader classLoader() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null ? cl : Migrations.class.getClassLoader();
  }

  /** Every model the application compiled, found through the generated registries. */
  static List<ModelMeta<?>> compiledModels() {
    List<ModelMeta<?>> models = new ArrayList<>();
    for (ModelRegistry r : ServiceLoader.load(ModelRegistry.class, classLoader())) {
      models.addAll(r.models());
    }
    return models;
  }

  /**
   * The models whose registry was compiled into {@code classes} (a module's output directory):
   * the module's own, not those of the modules it depends on.
   */
  static List<ModelMeta<?>> compiledIn(Path classes) {
    Path root = classes.toAbsolutePath().normalize();
    List<ModelMeta<?>> models = new ArrayList<>();
    for (ModelRegistry r : ServiceLoader.load(ModelRegistry.class, classLoader())) {
      java.net.URL where = classLoader().getResource(r.getClass().getName().replace('.', '/') + ".class");
      try {
        if (where != null && where.getProtocol().equals("file") && Path.of(where.toURI()).startsWith(root)) {
          models.addAll(r.models());
        }
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException("cannot locate " + where, e);
      }
    }
    return models;
  }

  /**
   * Applies the migrations under {@code db/migration} on the class path to {@code db}; returns
   * false, doing nothing, when there are none. Warns when {@code models} have changes that no
   * migration records.
   */
  static boolean migrateFromClassPath(Database db, List<ModelMeta<?>> models) {
    List<Migration> migrations = MigrationLoader.fromClassPath(classLoader(), MigrationLoader.LOCATION);
    if (migrations.isEmpty()) {
      return false;
    }
    new Executor(Engines.of(db), migrations, line -> LOG.log(Level.INFO, line)).migrate(null);
    var changes = Autodetector.diff(MigrationLoader.state(migrations, migrations.size()), ProjectState.of(models),
        ProjectState.renames(models));
    if (!changes.isEmpty()) {
      LOG.log(Level.WARNING, "The models have changes that no migration records ({0}): run makemigrations",
          String.join("; ", changes.operations().stream().map(op -> op.describe()).toList()));
    }
    return true;
  }
}
