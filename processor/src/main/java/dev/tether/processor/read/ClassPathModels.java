package dev.tether.processor.read;

import com.palantir.javapoet.ClassName;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.naming.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The models a round needs but does not compile, read from their class files (Tether's
 * annotations are kept there): the module's models compiled earlier, listed by the
 * {@link ModuleIndex}, and the models of other compilations that relations point at. What is
 * wrong with them was reported when they were compiled, so they are read without diagnostics.
 * A listed model whose class is gone (deleted or renamed) or no longer a {@code @Model} is dropped.
 */
public final class ClassPathModels {
  private final List<ModelInfo> models = new ArrayList<>();
  private final Set<String> compiled = new LinkedHashSet<>();
  private final Set<String> foreign = new LinkedHashSet<>();
  private final Set<String> withoutGeneratedCode = new LinkedHashSet<>();

  /**
   * @param round the models read from this round's sources
   * @param index the module's models compiled earlier (from {@link ModuleIndex})
   * @param skip models to leave out: written by an earlier round of this compilation, or
   *     already listed by its first registry
   */
  public ClassPathModels(Elements elements, ModelReader quiet, List<ModelInfo> round, Collection<String> index,
      Set<String> skip) {
    Set<String> known = new LinkedHashSet<>(skip);
    round.forEach(m -> known.add(m.qualifiedName()));
    Deque<ModelInfo> withRelations = new ArrayDeque<>(round);
    for (String name : index) {
      if (known.add(name)) {
        ModelInfo m = read(elements, quiet, name);
        if (m != null) {
          models.add(m);
          compiled.add(name);
          withRelations.add(m);
        }
      }
    }
    for (ModelInfo m : withRelations) {
      for (Relation r : m.relations()) {
        // the target, and a many-to-many's through model (whose keys it uses)
        for (String other : r.through() == null ? List.of(r.target()) : List.of(r.target(), r.through())) {
          if (!known.add(other)) {
            continue;
          }
          ClassName lookup = Names.lookup(ClassName.bestGuess(other));
          ModelInfo target = elements.getTypeElement(lookup.canonicalName()) == null ? null
              : read(elements, quiet, other);
          if (target == null) {
            withoutGeneratedCode.add(other);
          } else {
            models.add(target);
            foreign.add(other);
          }
        }
      }
    }
  }

  private static ModelInfo read(Elements elements, ModelReader quiet, String name) {
    TypeElement t = elements.getTypeElement(name);
    if (t == null || Annotations.find(t, Annotations.MODEL) == null) {
      return null;
    }
    return quiet.read(t);
  }

  /** Every model read from class files. */
  public List<ModelInfo> models() {
    return models;
  }

  /** The module's models compiled earlier. */
  public Set<String> compiled() {
    return compiled;
  }

  /** Models of other compilations that relations point at. */
  public Set<String> foreign() {
    return foreign;
  }

  /** Relation targets whose generated {@code X_} is not on the class path. */
  public Set<String> withoutGeneratedCode() {
    return withoutGeneratedCode;
  }
}
