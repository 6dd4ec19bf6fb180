package dev.tether.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn tether:showmigrations}: lists the migrations the module sees, {@code [X]} applied and
 * {@code [ ]} pending on the database (without one, just their names). Django's
 * {@code showmigrations}. Fails when a migration changed after it was applied, or is applied but
 * has no file.
 */
@Mojo(name = "showmigrations", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowmigrationsMojo extends TetherMojo {
  @Override
  List<String> command() {
    return List.of("showmigrations");
  }

  @Override
  String failure() {
    return "the database's history and the migration files disagree (the [!] lines above)";
  }
}
