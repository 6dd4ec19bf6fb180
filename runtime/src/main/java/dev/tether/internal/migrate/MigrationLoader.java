package dev.tether.internal.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the migration files of an application, in a directory of the source tree (for the
 * commands run while developing) or on the class path (for {@code Database.migrate()} in the
 * running application), and puts them in order. Django's {@code MigrationLoader}. Each app (a
 * module with models) keeps its files in {@code db/migration/<app>/}; files directly in
 * {@code db/migration} belong to the default app {@code ""} (a single-module project). Two files
 * of one app with one number (two branches each added a migration) are refused: renumber one.
 */
public final class MigrationLoader {
  /** Where migrations live on the class path, and under {@code src/main/resources}. */
  public static final String LOCATION = "db/migration";

  private MigrationLoader() {}

  /** The migrations in {@code dir} (and its app subdirectories), in order; none when it does not exist. */
  public static List<Migration> fromDirectory(Path dir) {
    TreeMap<String, Migration> found = new TreeMap<>();
    read(dir, found);
    return Plan.order(found.values());
  }

  private static void read(Path dir, TreeMap<String, Migration> found) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> top = Files.list(dir)) {
      for (Path p : top.sorted().toList()) {
        String file = p.getFileName().toString();
        if (Files.isDirectory(p) && Migration.APP.matcher(file).matches()) {
          try (Stream<Path> files = Files.list(p)) {
            for (Path q : files.sorted().toList()) {
              readFile(file, q, found);
            }
          }
        } else {
          readFile("", p, found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migrations in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void readFile(String app, Path p, TreeMap<String, Migration> found)
      throws IOException {
    String name = Migration.nameOf(p.getFileName().toString());
    if (name != null && Files.isRegularFile(p)) {
      add(found, MigrationReader.read(app, name, Files.readString(p, StandardCharsets.UTF_8), p.toString()));
    }
  }

  /**
   * The migrations of {@code loader}'s class path, with the apps that {@code dirs} hold read from
   * those directories instead (the source tree is newer than the compiled copy of it), in order.
   */
  public static List<Migration> load(ClassLoader loader, List<Path> dirs) {
    TreeMap<String, Migration> fromDirs = new TreeMap<>();
    for (Path dir : dirs) {
      read(dir, fromDirs);
    }
    Set<String> apps = new TreeSet<>();
    fromDirs.values().forEach(m -> apps.add(m.app()));
    List<Migration> all = new ArrayList<>(fromDirs.values());
    for (Migration m : fromClassPath(loader, LOCATION)) {
      if (!apps.contains(m.app())) {
        all.add(m);
      }
    }
    return Plan.order(all);
  }

  /** The migrations under {@code location} on {@code loader}'s class path (directories and jars), in order. */
  public static List<Migration> fromClassPath(ClassLoader loader, String location) {
    TreeMap<String, Migration> found = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources(location);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("file")) {
          TreeMap<String, Migration> here = new TreeMap<>();
          read(Path.of(root.toURI()), here);
          for (Migration m : here.values()) {
            add(found, m);
          }
        } else if (root.getProtocol().equals("jar")) {
          fromJar(root, location, found);
        } else {
          throw new IllegalStateException("cannot list migrations at " + root + " (a directory or a jar is needed)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list migrations on the class path: " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return Plan.order(found.values());
  }

  private static void fromJar(URL root, String location, TreeMap<String, Migration> found) throws IOException {
    JarURLConnection c = (JarURLConnection) root.openConnection();
    c.setUseCaches(false);
    try (JarFile jar = c.getJarFile()) {
      String prefix = location.endsWith("/") ? location : location + "/";
      for (JarEntry e : jar.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
        String rest = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : null;
        if (rest == null) {
          continue;
        }
        int slash = rest.indexOf('/');
        String app = slash < 0 ? "" : rest.substring(0, slash);
        String file = rest.substring(slash + 1);
        String name = file.contains("/") || !app.isEmpty() && !Migration.APP.matcher(app).matches() ? null
            : Migration.nameOf(file);
        if (name != null) {
          try (InputStream in = jar.getInputStream(e)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            add(found, MigrationReader.read(app, name, text, jar.getName() + "!/" + e.getName()));
          }
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
