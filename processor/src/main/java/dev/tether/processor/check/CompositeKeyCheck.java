package dev.tether.processor.check;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import java.util.List;

/**
 * Relations and composite primary keys: a foreign key or one-to-one may not point at a model whose
 * key is composite (E127, as in Django 5.2), and a many-to-many may neither point at one nor be
 * declared on one (E128). The key's own declaration is checked as it is read.
 */
public final class CompositeKeyCheck {
  private CompositeKeyCheck() {}

  public static void check(ModelGraph graph, Diagnostics diag) {
    for (ModelInfo m : graph.models()) {
      for (FieldInfo f : m.fields()) {
        if (!f.isRelation() || f.element() == null) {
          continue;
        }
        Relation r = f.relation();
        ModelInfo target = graph.model(r.target());
        boolean targetComposite = target != null && target.isComposite();
        if (r.kind() == Relation.Kind.MANY_TO_MANY) {
          if (m.isComposite() || targetComposite) {
            diag.manyToManyCompositeKey(f.element(), null, m.isComposite() ? m.simpleName() : target.simpleName());
          }
        } else if (targetComposite) {
          diag.relationToCompositeKey(f.element(), null, target.simpleName(), names(target.keyFields()));
        }
      }
    }
  }

  private static String names(List<FieldInfo> fields) {
    return String.join(", ", fields.stream().map(FieldInfo::name).toList());
  }
}
