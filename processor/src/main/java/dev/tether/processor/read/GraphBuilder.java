package dev.tether.processor.read;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.model.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Resolves the relations of a round's models against each other and builds the graph: each key
 * column takes its target's key type, a default key is checked against that type, and a relation
 * to a model whose code an earlier round wrote is refused (that base cannot gain a reverse side).
 */
public final class GraphBuilder {
  private final Diagnostics diag;
  private final Set<String> writtenEarlier;

  /** @param writtenEarlier qualified names of the models whose code earlier rounds wrote */
  public GraphBuilder(Diagnostics diag, Set<String> writtenEarlier) {
    this.diag = diag;
    this.writtenEarlier = writtenEarlier;
  }

  /**
   * The graph of {@code models}. A target outside the round (compiled by an earlier compilation) is
   * assumed to have the implicit {@code long} key.
   */
  public ModelGraph build(List<ModelInfo> models) {
    Map<String, ModelInfo> byName = new HashMap<>();
    for (ModelInfo m : models) {
      byName.put(m.qualifiedName(), m);
    }
    List<ModelInfo> resolved = new ArrayList<>();
    for (ModelInfo m : models) {
      List<FieldInfo> fields = new ArrayList<>();
      for (FieldInfo f : m.fields()) {
        if (f.isRelation() && f.type() == null) {
          ModelInfo target = byName.get(f.relation().target());
          ScalarType key = target == null ? ScalarType.LONG : target.pk().type();
          check(f, target);
          f = new FieldInfo(f.element(), f.name(), f.column(), key, f.javaType(), false, f.nullable(),
              f.maxLength(), f.unique(), f.indexed(), f.defaultValue(), false, false, f.relation(), f.renamedFrom());
        }
        fields.add(f);
      }
      resolved.add(new ModelInfo(m.element(), m.className(), m.table(), m.ordering(), List.copyOf(fields),
          m.declaredFields(), m.hooks()));
    }
    return new ModelGraph(resolved);
  }

  private void check(FieldInfo f, ModelInfo target) {
    Relation r = f.relation();
    AnnotationMirror a = relationAnnotation(f);
    if (target == null && writtenEarlier.contains(r.target())) {
      diag.targetWrittenEarlier(f.element(), a, simpleName(r.target()));
      return;
    }
    if (r.defaultValue() == null || (target == null && diag.hasErrors(r.target()))) {
      return; // no default, or a broken target whose key type is unknown (its errors are reported)
    }
    ScalarType key = target == null ? ScalarType.LONG : target.pk().type();
    String problem = Literals.problem(key, r.defaultValue(), null);
    if (problem != null) {
      diag.badDefaultKey(f.element(), a, Annotations.explicit(a, "defaultValue"), simpleName(r.target()),
          keyTypeName(key), problem);
    }
  }

  private static AnnotationMirror relationAnnotation(FieldInfo f) {
    AnnotationMirror a = Annotations.find(f.element(), Annotations.FOREIGN_KEY);
    if (a == null) {
      a = Annotations.find(f.element(), Annotations.ONE_TO_ONE);
    }
    return a != null ? a : Annotations.find(f.element(), Annotations.MANY_TO_MANY);
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  private static String keyTypeName(ScalarType key) {
    return switch (key) {
      case INT -> "int";
      case LONG -> "long";
      case STRING -> "String";
      default -> key.name();
    };
  }
}
