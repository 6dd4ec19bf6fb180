package dev.tether.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn tether:migrate}: applies the pending migrations of the module and of the modules it
 * depends on, in dependency order, each in a transaction; with {@code target}, migrates the
 * module's app to that migration ({@code zero}: reverses all of them). Django's {@code migrate}.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends TetherMojo {
  /** The migration to migrate to: {@code 0002}, {@code 0002_article_subtitle}, {@code core/0001}, or {@code zero}. */
  @Parameter(property = "tether.target")
  String target;

  @Override
  List<String> command() {
    List<String> args = new ArrayList<>(List.of("migrate"));
    if (target != null) {
      args.add(target);
    }
    return args;
  }

  @Override
  boolean needsDatabase() {
    return true;
  }
}
