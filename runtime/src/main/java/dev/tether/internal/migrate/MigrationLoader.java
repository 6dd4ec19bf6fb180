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
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the migration files of an application, in a directory of the source tree (for the
 * commands run while developing) or on the class path (for {@code Database.migrate()} in the
 * running application), and puts them in order. Django's {@code MigrationLoader}. Two files with
 * one number (two branches each added a migration) are refused: renumber one.
 */
public final class MigrationLoader {
  /** Where migrations live on the class path, and under {@code src/main/resources}. */
  public static final String LOCATION = "db/migration";
  private static final System.Logger LOG = System.getLogger("dev.tether.migrations");

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

  /** The migrations in {@code dir}, in order; none when it does not exist. Warns of misnamed files. */
  public static List<Migration> fromDirectory(Path dir) {
    return logged(scanDirectory(dir));
  }

  /** The migrations under {@code location} on {@code loader}'s class path, in order. Warns of misnamed files. */
  public static List<Migration> fromClassPath(ClassLoader loader, String location) {
    return logged(scanClassPath(loader, location));
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
    scanDirectory(dir, found, warnings);
    return new Found(ordered(found), warnings);
  }

  private static void scanDirectory(Path dir, TreeMap<String, Migration> found, List<String> warnings) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String file = p.getFileName().toString();
        String name = Migration.nameOf(file);
        if (name != null) {
          add(found, MigrationReader.read(name, Files.readAllBytes(p), p.toString()));
        } else {
          warnIfMisnamed(file, p.toString(), warnings);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migrations in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * A file whose name ends with {@code .json} or starts with a digit, but is not
   * {@code NNNN_name.json}, is most likely a migration that would be skipped without a word:
   * Tether does not read it, and says so. Other files (a README) are left alone.
   */
  static void warnIfMisnamed(String file, String origin, List<String> warnings) {
    if (file.startsWith(".") || !(file.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
        || (!file.isEmpty() && Character.isDigit(file.charAt(0))))) {
      return;
    }
    String stem = file.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? file.substring(0, file.length() - 5)
        : file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)[^A-Za-z0-9]*(.*)").matcher(stem);
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
          Found f = scanDirectory(Path.of(root.toURI()));
          for (Migration m : f.migrations()) {
            add(found, m);
          }
          warnings.addAll(f.warnings());
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
    return new Found(ordered(found), warnings);
  }

  private static void fromJar(URL root, String location, TreeMap<String, Migration> found, List<String> warnings)
      throws IOException {
    JarURLConnection c = (JarURLConnection) root.openConnection();
    c.setUseCaches(false);
    try (JarFile jar = c.getJarFile()) {
      String prefix = location.endsWith("/") ? location : location + "/";
      for (JarEntry e : jar.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
        String rest = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : null;
        String name = rest == null || rest.contains("/") ? null : Migration.nameOf(rest);
        if (name != null) {
          try (InputStream in = jar.getInputStream(e)) {
            add(found, MigrationReader.read(name, in.readAllBytes(), jar.getName() + "!/" + e.getName()));
          }
        } else if (rest != null && !rest.contains("/") && !rest.isEmpty()) {
          warnIfMisnamed(rest, jar.getName() + "!/" + e.getName(), warnings);
        }
      }
    }
  }

  private static void add(TreeMap<String, Migration> found, Migration m) {
    Migration prev = found.putIfAbsent(m.name(), m);
    if (prev != null && !prev.checksum().equals(m.checksum())) {
      throw new IllegalStateException("two different migrations are named " + m.name() + ": " + prev.origin()
          + " and " + m.origin());
    }
  }

  private static List<Migration> ordered(TreeMap<String, Migration> found) {
    List<Migration> out = new ArrayList<>(found.values());
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).number() == out.get(i - 1).number()) {
        throw new IllegalStateException("migrations " + out.get(i - 1).name() + " and " + out.get(i).name()
            + " have the same number: two branches each added one. Renumber the later one (and its file name)"
            + " so that it follows the other, then check that makemigrations --check is clean");
      }
    }
    return out;
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
