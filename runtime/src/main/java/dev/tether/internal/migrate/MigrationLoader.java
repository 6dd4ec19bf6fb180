package dev.tether.internal.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the migration files of an application, in a directory of the source tree (for the
 * commands run while developing) or on the class path (for {@code Database.migrate()} in the
 * running application), and puts them in order. Django's {@code MigrationLoader}. Each app (a
 * module with models) keeps its files in {@code db/migration/<app>/}; files directly in
 * {@code db/migration} belong to the default app {@code ""} (a single-module project). Two files
 * of one app with one number (two branches each added a migration) are refused: renumber one.
 * A file that looks meant as a migration but is not named like one is not read, with a warning.
 */
public final class MigrationLoader {
  /** Where migrations live on the class path, and under {@code src/main/resources}. */
  public static final String LOCATION = "db/migration";
  private static final System.Logger LOG = System.getLogger("dev.tether.migrations");
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)[^A-Za-z0-9]*(.*)");

  private MigrationLoader() {}

  /**
   * The migrations found, in order, and a warning per file that looks meant as a migration but
   * is not named like one ({@code 0002-seed.json}), which is not read.
   */
  public record Found(List<Migration> migrations, List<String> warnings) {
    public Found {
      migrations = List.copyOf(migrations);
      warnings = List.copyOf(warnings);
    }
  }

  /** The migrations in {@code dir} (and its app subdirectories), in order; none when it does not exist. */
  public static List<Migration> fromDirectory(Path dir) {
    return logged(scanDirectory(dir));
  }

  /** The migrations under {@code location} on {@code loader}'s class path, in order. Warns of misnamed files. */
  public static List<Migration> fromClassPath(ClassLoader loader, String location) {
    return logged(scanClassPath(loader, location));
  }

  /**
   * The migrations of {@code loader}'s class path, with the apps that {@code dirs} hold read from
   * those directories instead (the source tree is newer than the compiled copy of it), in order.
   */
  public static Found load(ClassLoader loader, List<Path> dirs) {
    TreeMap<String, Migration> fromDirs = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    for (Path dir : dirs) {
      read(dir, fromDirs, warnings);
    }
    Set<String> apps = new TreeSet<>();
    fromDirs.values().forEach(m -> apps.add(m.app()));
    List<Migration> all = new ArrayList<>(fromDirs.values());
    Found onClassPath = scanClassPath(loader, LOCATION);
    for (Migration m : onClassPath.migrations()) {
      if (!apps.contains(m.app())) {
        all.add(m);
      }
    }
    warnings.addAll(onClassPath.warnings());
    return new Found(Plan.order(all), warnings.stream().distinct().toList());
  }

  private static List<Migration> logged(Found found) {
    for (String w : found.warnings()) {
      LOG.log(System.Logger.Level.WARNING, w);
    }
    return found.migrations();
  }

  /** {@link #fromDirectory}, returning the warnings rather than logging them. */
  public static Found scanDirectory(Path dir) {
    TreeMap<String, Migration> found = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    read(dir, found, warnings);
    return new Found(Plan.order(found.values()), warnings);
  }

  private static void read(Path dir, TreeMap<String, Migration> found, List<String> warnings) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> top = Files.list(dir)) {
      for (Path p : top.sorted().toList()) {
        String file = p.getFileName().toString();
        if (Files.isDirectory(p) && Migration.APP.matcher(file).matches()) {
          try (Stream<Path> files = Files.list(p)) {
            for (Path q : files.sorted().toList()) {
              readFile(file, q, found, warnings);
            }
          }
        } else {
          readFile("", p, found, warnings);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migrations in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void readFile(String app, Path p, TreeMap<String, Migration> found, List<String> warnings)
      throws IOException {
    if (!Files.isRegularFile(p)) {
      return;
    }
    String file = p.getFileName().toString();
    String name = Migration.nameOf(file);
    if (name != null) {
      add(found, MigrationReader.read(app, name, Files.readAllBytes(p), p.toString()));
    } else {
      warnIfMisnamed(file, p.toString(), warnings);
    }
  }

  /**
   * A file whose name ends with {@code .json} or starts with a digit, but is not
   * {@code NNNN_name.json}, is most likely a migration that would be skipped without a word:
   * Tether does not read it, and says so. Other files (a README) are left alone.
   */
  static void warnIfMisnamed(String file, String origin, List<String> warnings) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (file.startsWith(".") || !(lower.endsWith(".json") || !file.isEmpty() && Character.isDigit(file.charAt(0)))) {
      return;
    }
    String stem = lower.endsWith(".json") ? file.substring(0, file.length() - 5)
        : file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
    Matcher m = NUMBERED.matcher(stem);
    String hint = "";
    if (m.matches() && m.group(1).length() <= 4) {
      String rest = m.group(2).replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
      hint = ", such as " + "0".repeat(4 - m.group(1).length()) + m.group(1) + "_" + (rest.isEmpty() ? "migration" : rest)
          + ".json";
    }
    warnings.add(origin + " is not read as a migration: a migration file is named NNNN_name.json (four digits,"
        + " an underscore, then letters, digits and underscores). Rename it" + hint + ", or move it out of the"
        + " migrations directory");
  }

  /** {@link #fromClassPath}, returning the warnings rather than logging them. */
  public static Found scanClassPath(ClassLoader loader, String location) {
    TreeMap<String, Migration> found = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    try {
      Enumeration<URL> roots = loader.getResources(location);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("file")) {
          TreeMap<String, Migration> here = new TreeMap<>();
          read(Path.of(root.toURI()), here, warnings);
          for (Migration m : here.values()) {
            add(found, m);
          }
        } else if (root.getProtocol().equals("jar")) {
          fromJar(root, location, found, warnings);
        } else {
          throw new IllegalStateException("cannot list migrations at " + root + " (a directory or a jar is needed)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list migrations on the class path: " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new Found(Plan.order(found.values()), warnings);
  }

  private static void fromJar(URL root, String location, TreeMap<String, Migration> found, List<String> warnings)
      throws IOException {
    JarURLConnection c = (JarURLConnection) root.openConnection();
    c.setUseCaches(false);
    try (JarFile jar = c.getJarFile()) {
      String prefix = location.endsWith("/") ? location : location + "/";
      for (JarEntry e : jar.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
        String rest = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : null;
        if (rest == null || rest.isEmpty() || e.isDirectory()) {
          continue;
        }
        int slash = rest.indexOf('/');
        String app = slash < 0 ? "" : rest.substring(0, slash);
        String file = rest.substring(slash + 1);
        if (file.contains("/") || !app.isEmpty() && !Migration.APP.matcher(app).matches()) {
          continue;
        }
        String name = Migration.nameOf(file);
        String origin = jar.getName() + "!/" + e.getName();
        if (name != null) {
          try (InputStream in = jar.getInputStream(e)) {
            add(found, MigrationReader.read(app, name, in.readAllBytes(), origin));
          }
        } else {
          warnIfMisnamed(file, origin, warnings);
        }
      }
    }
  }

  private static void add(TreeMap<String, Migration> found, Migration m) {
    Migration prev = found.putIfAbsent(m.id(), m);
    if (prev != null && !prev.checksum().equals(m.checksum())) {
      throw new IllegalStateException("two different migrations are named " + m.id() + ": " + prev.origin()
          + " and " + m.origin());
    }
  }

  /** The state after the first {@code count} migrations, replayed from nothing. */
  public static ProjectState state(List<Migration> migrations, int count) {
    ProjectState s = ProjectState.EMPTY;
    for (Migration m : migrations.subList(0, count)) {
      for (Operation op : m.operations()) {
        try {
          s = op.apply(s);
        } catch (IllegalStateException e) {
          throw new IllegalStateException("migration " + m.name() + ": " + op.describe() + ": " + e.getMessage(), e);
        }
      }
    }
    return s;
  }
}
