package dev.tether.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code tether:check}: fails the build when the module's models have changes that no migration
 * records (Django's {@code makemigrations --check}); writes nothing. Binds to {@code verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class CheckMojo extends TetherMojo {
  @Override
  List<String> command() {
    return List.of("makemigrations", "--check");
  }

  @Override
  String failure() {
    return "the models of " + project.getArtifactId() + " have changes that no migration records:"
        + " run mvn compile tether:makemigrations and commit the migration it writes";
  }
}
