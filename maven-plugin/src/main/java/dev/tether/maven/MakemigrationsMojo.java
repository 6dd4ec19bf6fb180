package dev.tether.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tether:makemigrations}: compares the module's compiled models with the state
 * its migrations record and writes the next migration into {@code dir/<app>/}, depending on the
 * latest migrations of the modules it points into. Django's {@code makemigrations}. A module
 * without models gets none.
 */
@Mojo(name = "makemigrations", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MakemigrationsMojo extends TetherMojo {
  /** The migration's name ({@code 0002_<name>.json}); default: one made from its operations. */
  @Parameter(property = "tether.name")
  String name;

  /** Prints the migration instead of writing it. */
  @Parameter(property = "tether.dryRun", defaultValue = "false")
  boolean dryRun;

  /** Writes a migration without operations, to fill with {@code runSql} by hand. */
  @Parameter(property = "tether.empty", defaultValue = "false")
  boolean empty;

  @Override
  List<String> command() {
    List<String> args = new ArrayList<>(List.of("makemigrations"));
    if (name != null) {
      args.addAll(List.of("--name", name));
    }
    if (dryRun) {
      args.add("--dry-run");
    }
    if (empty) {
      args.add("--empty");
    }
    return args;
  }
}
