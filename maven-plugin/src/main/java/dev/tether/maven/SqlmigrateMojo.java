package dev.tether.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn tether:sqlmigrate -Dtether.migration=0001}: prints the SQL of one of the module's
 * migrations (or of reversing it) for the database's dialect or {@code dialect}. Django's
 * {@code sqlmigrate}.
 */
@Mojo(name = "sqlmigrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlmigrateMojo extends TetherMojo {
  /** The migration: {@code 0001}, {@code 0001_initial}, or another module's as {@code core/0001}. */
  @Parameter(property = "tether.migration")
  String migration;

  /** {@code sqlite}, {@code postgresql} or {@code mariadb}; default: the database's, else SQLite. */
  @Parameter(property = "tether.dialect")
  String dialect;

  /** Prints the SQL that reverses the migration. */
  @Parameter(property = "tether.backwards", defaultValue = "false")
  boolean backwards;

  @Override
  List<String> command() throws MojoExecutionException {
    if (migration == null) {
      throw new MojoExecutionException("which migration? -Dtether.migration=0001 (or <migration> in <configuration>)");
    }
    List<String> args = new ArrayList<>(List.of("sqlmigrate", migration));
    if (dialect != null) {
      args.addAll(List.of("--dialect", dialect));
    }
    if (backwards) {
      args.add("--backwards");
    }
    return args;
  }
}
