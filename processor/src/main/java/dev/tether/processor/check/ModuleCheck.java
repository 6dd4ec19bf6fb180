package dev.tether.processor.check;

import dev.tether.processor.diag.Diagnostics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * In a modular application, {@code ServiceLoader} ignores {@code META-INF/services}: the module
 * must declare {@code provides dev.tether.meta.ModelRegistry with <registry>;} itself, or
 * {@code Database.migrate()} silently finds none of its models. This check names the exact line to
 * add. {@code requires dev.tether.runtime} needs no check: without it the models do not compile,
 * and javac names the module to read. (A processor cannot add a directive to a module declaration.)
 */
public final class ModuleCheck {
  /** The service the generated registries provide. */
  public static final String SERVICE = "dev.tether.meta.ModelRegistry";

  private ModuleCheck() {}

  /** Reports E601 on {@code module} for each registry of {@code registries} it does not provide. */
  public static void check(ModuleElement module, List<String> registries, Diagnostics diag) {
    if (module == null || module.isUnnamed()) {
      return;
    }
    Set<String> provided = new HashSet<>();
    for (ModuleElement.ProvidesDirective p : ElementFilter.providesIn(module.getDirectives())) {
      if (p.getService().getQualifiedName().contentEquals(SERVICE)) {
        for (TypeElement impl : p.getImplementations()) {
          provided.add(impl.getQualifiedName().toString());
        }
      }
    }
    List<String> missing = registries.stream().filter(r -> !provided.contains(r)).toList();
    if (!missing.isEmpty()) {
      diag.registryNotProvided(module, SERVICE, missing);
    }
  }
}
