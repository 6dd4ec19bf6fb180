package dev.tether.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the configuration ({@code <configuration>} or {@code -Dtether....}
 * properties), a class loader over the module's compiled classes and runtime class path, and a run
 * of the command through {@code dev.tether.Migrations} from that class path (the project's own
 * Tether, so the plugin never disagrees with the runtime the application ships). The plugin is a
 * thin front end: the commands live in the runtime. Flyway's Maven plugin is built the same way,
 * one goal per command over a shared base.
 */
abstract class TetherMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** The JDBC URL of the database ({@code jdbc:sqlite:app.db}, {@code jdbc:postgresql://...}). */
  @Parameter(property = "tether.database.url")
  String url;

  @Parameter(property = "tether.database.user")
  String user;

  @Parameter(property = "tether.database.password")
  String password;

  /** Where the module's migrations are written: its files go to {@code dir/<app>/}. */
  @Parameter(property = "tether.migrations.dir", defaultValue = "${project.basedir}/src/main/resources/db/migration")
  File dir;

  /**
   * The module's app label, the directory its migrations live in. Default: the artifactId, or none
   * (files directly in {@code dir}) when {@code dir} already holds migration files that way.
   */
  @Parameter(property = "tether.app")
  String app;

  /** Skips the goal. */
  @Parameter(property = "tether.skip", defaultValue = "false")
  boolean skip;

  /** The command and its own options, for {@code dev.tether.Migrations}. */
  abstract List<String> command() throws MojoExecutionException;

  /** Whether the command needs a database. */
  boolean needsDatabase() {
    return false;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped (tether.skip)");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("Skipped: " + project.getArtifactId() + " is a pom module, it has no models");
      return;
    }
    List<String> args = new ArrayList<>(command());
    args.add("--dir");
    args.add(dirs());
    args.add("--app");
    args.add(app());
    args.add("--classes");
    args.add(project.getBuild().getOutputDirectory());
    if (url != null) {
      args.addAll(List.of("--database", url));
    } else if (needsDatabase()) {
      throw new MojoExecutionException("which database? set <url> in the plugin's <configuration>, or"
          + " -Dtether.database.url=jdbc:...");
    }
    if (user != null) {
      args.addAll(List.of("--user", user));
    }
    if (password != null) {
      args.addAll(List.of("--password", password));
    }
    int code = run(args);
    if (code == 1) {
      throw new MojoFailureException(failure());
    } else if (code != 0) {
      throw new MojoExecutionException("tether:" + args.get(0) + " failed (see the error above)");
    }
  }

  /** What a command returning 1 means. */
  String failure() {
    return "tether:" + getClass().getSimpleName() + " found a problem (see above)";
  }

  private String app() throws MojoExecutionException {
    if (app != null) {
      return app;
    }
    if (Files.isDirectory(dir.toPath())) {
      try (Stream<Path> files = Files.list(dir.toPath())) {
        if (files.anyMatch(p -> p.getFileName().toString().matches("\\d{4}_[A-Za-z0-9_]+\\.json"))) {
          return "";
        }
      } catch (IOException e) {
        throw new MojoExecutionException("cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    return project.getArtifactId();
  }

  /**
   * The module's migrations directory, then those of the other modules of the reactor on its class
   * path: their source files are newer than the copies in their compiled classes.
   */
  private String dirs() throws MojoExecutionException {
    List<String> out = new ArrayList<>();
    out.add(dir.getAbsolutePath());
    Path relative = project.getBasedir().toPath().relativize(dir.toPath().toAbsolutePath());
    List<String> classPath = classPath();
    for (MavenProject p : session.getProjects()) {
      File packaged = p.getArtifact() == null ? null : p.getArtifact().getFile();
      if (p != project && (classPath.contains(p.getBuild().getOutputDirectory())
          || packaged != null && classPath.contains(packaged.getAbsolutePath()))) {
        out.add(p.getBasedir().toPath().resolve(relative).toString());
      }
    }
    return String.join(File.pathSeparator, out);
  }

  private List<String> classPath() throws MojoExecutionException {
    try {
      return project.getRuntimeClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("cannot resolve the class path of " + project.getArtifactId(), e);
    }
  }

  /** Runs {@code dev.tether.Migrations} on the module's class path, logging what it prints. */
  private int run(List<String> args) throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (String element : classPath()) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("bad class path element " + element, e);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> migrations;
      try {
        migrations = Class.forName("dev.tether.Migrations", true, loader);
      } catch (ClassNotFoundException e) {
        getLog().info("Skipped: tether-runtime is not on the class path of " + project.getArtifactId());
        return 0;
      }
      thread.setContextClassLoader(loader);
      registerDrivers(loader);
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        Object code = migrations.getMethod("run", PrintStream.class, PrintStream.class, String[].class)
            .invoke(null, o, e, args.toArray(String[]::new));
        return (Integer) code;
      }
    } catch (InvocationTargetException e) {
      throw new MojoExecutionException("tether:" + args.get(0) + " failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | IOException e) {
      throw new MojoExecutionException("cannot run dev.tether.Migrations from the project's class path: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
      out.toString(StandardCharsets.UTF_8).lines().forEach(getLog()::info);
      err.toString(StandardCharsets.UTF_8).lines().forEach(getLog()::error);
    }
  }

  /**
   * Loads the JDBC drivers of the project's class path, which register themselves with
   * {@code DriverManager}; it hands a connection only to code that sees the driver's class, and the
   * drivers it found when it started came from Maven's own class path.
   */
  private void registerDrivers(ClassLoader loader) {
    try {
      for (Driver d : ServiceLoader.load(Driver.class, loader)) {
        getLog().debug("JDBC driver " + d.getClass().getName());
      }
    } catch (ServiceConfigurationError e) {
      getLog().warn("cannot load a JDBC driver: " + e.getMessage());
    }
  }
}
