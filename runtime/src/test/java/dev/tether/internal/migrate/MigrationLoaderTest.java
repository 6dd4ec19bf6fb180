package dev.tether.internal.migrate;

import static dev.tether.internal.migrate.States.model;
import static dev.tether.internal.migrate.States.state;
import static dev.tether.internal.migrate.States.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding every app's migrations on the class path (jars and directories) and in source
 * directories, and putting them in one order: dependencies first, then app label and number.
 */
class MigrationLoaderTest {
  @TempDir Path tmp;

  static final String CORE = MigrationWriter.write(
      Autodetector.diff(ProjectState.EMPTY, state(model("Reporter", "reporter", string("name", 30))), Map.of())
          .operations());
  static final String BLOG = MigrationWriter.write(List.of("core/0001_initial"), List.of());

  private static void jar(Path file, Map<String, String> entries) throws Exception {
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
      jar.putNextEntry(new JarEntry("db/"));
      jar.putNextEntry(new JarEntry("db/migration/"));
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
        jar.putNextEntry(new JarEntry(e.getKey()));
        jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static void file(Path p, String text) throws Exception {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void appsFromJarsAndDirectoriesInDependencyOrder() throws Exception {
    Path core = tmp.resolve("core.jar");
    jar(core, Map.of("db/migration/core/0001_initial.json", CORE,
        "db/migration/core/0002_custom.json", MigrationWriter.write(List.of())));
    Path blog = tmp.resolve("blog");
    file(blog.resolve("db/migration/blog/0001_initial.json"), BLOG);
    file(blog.resolve("db/migration/0001_initial.json"), MigrationWriter.write(List.of()));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {blog.toUri().toURL(), core.toUri().toURL()}, null)) {
      List<Migration> plan = MigrationLoader.fromClassPath(loader, MigrationLoader.LOCATION);
      // "" and "blog" sort before "core", but blog's 0001 waits for core's
      assertEquals(List.of("0001_initial", "core/0001_initial", "blog/0001_initial", "core/0002_custom"),
          plan.stream().map(Migration::id).toList());
      assertEquals(List.of("core/0001_initial"), plan.get(2).dependencies());
      assertEquals(Map.of("Reporter", "core"), Plan.owners(plan));

      // a source directory replaces the compiled copy of the apps it holds
      Path src = tmp.resolve("src");
      file(src.resolve("core/0001_initial.json"), CORE);
      List<Migration> fresh = MigrationLoader.load(loader, List.of(src)).migrations();
      assertEquals(List.of("0001_initial", "core/0001_initial", "blog/0001_initial"),
          fresh.stream().map(Migration::id).toList());
    }
  }

  @Test
  void refusesACycleAndANumberUsedTwiceInOneApp() throws Exception {
    file(tmp.resolve("a/0001_initial.json"), MigrationWriter.write(List.of("b/0001_initial"), List.of()));
    file(tmp.resolve("b/0001_initial.json"), MigrationWriter.write(List.of("a/0001_initial"), List.of()));
    IllegalStateException cycle = assertThrows(IllegalStateException.class,
        () -> MigrationLoader.fromDirectory(tmp));
    assertEquals("the dependencies of migrations a/0001_initial, b/0001_initial form a cycle", cycle.getMessage());
    Files.delete(tmp.resolve("b/0001_initial.json"));
    file(tmp.resolve("b/0001_first.json"), MigrationWriter.write(List.of()));
    file(tmp.resolve("b/0001_second.json"), MigrationWriter.write(List.of()));
    file(tmp.resolve("a/0001_initial.json"), MigrationWriter.write(List.of()));
    IllegalStateException twice = assertThrows(IllegalStateException.class, () -> MigrationLoader.fromDirectory(tmp));
    assertEquals(true, twice.getMessage().startsWith("migrations b/0001_first and b/0001_second have the same number"),
        twice.getMessage());
  }
}
