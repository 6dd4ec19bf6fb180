package dev.tether.processor.read;

import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Which lifecycle hooks of the runtime's {@code Entity} a model overrides, itself or through the
 * abstract model it inherits: read at compile time, so the runtime knows without reflection whether
 * deleting its rows must fetch them to call the hooks.
 */
final class HookReader {
  /** The hooks and how many parameters each takes. */
  private static final Set<String> NO_ARGUMENT = Set.of("beforeSave", "beforeDelete", "afterDelete");

  private HookReader() {}

  /** @param inherits the {@code @AbstractModel} the model inherits, or null */
  static Set<String> overridden(TypeElement model, TypeElement inherits) {
    Set<String> out = new TreeSet<>();
    add(model, out);
    if (inherits != null) {
      add(inherits, out);
    }
    return Set.copyOf(out);
  }

  private static void add(TypeElement type, Set<String> out) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String name = m.getSimpleName().toString();
      int params = m.getParameters().size();
      if (NO_ARGUMENT.contains(name) && params == 0 || name.equals("afterSave") && params == 1) {
        out.add(name);
      }
    }
  }
}
