package dev.tether.processor.check;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Per-model rules: one key, distinct columns, valid ordering; across models, distinct generated
 * class names and distinct tables.
 */
public final class ModelCheck {
  private ModelCheck() {}

  public static void check(ModelGraph graph, Diagnostics diag) {
    Map<String, ModelInfo> tables = new HashMap<>();
    Map<String, ModelInfo> generated = new HashMap<>();
    for (ModelInfo m : graph.models()) {
      ModelInfo same = generated.putIfAbsent(m.baseName().canonicalName(), m);
      if (same != null) {
        // two models Outer1.Inner and Outer2.Inner: one fault, so no E401 for their equal default tables
        diag.sameGeneratedNames(m.element(), m.baseName().canonicalName(), m.lookupName().canonicalName(),
            label(same));
      } else {
        ModelInfo other = tables.putIfAbsent(m.table(), m);
        if (other != null) {
          diag.sameTable(m.element(), m.table(), other.simpleName());
        }
      }
      FieldInfo key = null;
      Map<String, FieldInfo> columns = new HashMap<>();
      Set<FieldInfo> clashed = new HashSet<>();
      for (FieldInfo f : m.fields()) {
        if (f.primaryKey() && !f.isImplicitKey() && !m.isComposite()) {
          if (key != null) {
            diag.twoPrimaryKeys(f.element(), key.name());
          }
          key = f;
        }
        if (f.relation() != null && f.relation().kind() == Relation.Kind.MANY_TO_MANY) {
          continue;
        }
        FieldInfo clash = columns.putIfAbsent(f.column(), f);
        if (clash != null && f.element() != null) {
          diag.columnClash(f.element(), f.column(), clash.name());
          clashed.add(f);
        }
      }
      checkStatics(m, clashed, diag);
      for (String spec : m.ordering()) {
        String name = spec.startsWith("-") ? spec.substring(1) : spec;
        boolean found = m.columns().stream().anyMatch(f -> f.name().equals(name));
        if (!found && !m.dropped(name)) {
          AnnotationMirror a = find(m.element(), "dev.tether.Model");
          diag.badOrdering(m.element(), a, value(a, "ordering"), spec);
        }
      }
    }
  }

  /**
   * {@code X_} holds a static field per column, named as the field, and a constant per relation, the
   * field's name in UPPER_SNAKE: a relation {@code reporter} and a column {@code REPORTER} would both
   * be {@code X_.REPORTER}. (META and ROOT are refused on the field itself, E205.)
   */
  private static void checkStatics(ModelInfo m, Set<FieldInfo> clashed, Diagnostics diag) {
    Map<String, FieldInfo> statics = new HashMap<>();
    for (FieldInfo f : m.columns()) {
      if (!f.isRelation()) {
        statics.put(f.name(), f);
      }
    }
    for (FieldInfo f : m.fields()) {
      if (f.isRelation() && !clashed.contains(f)) {
        FieldInfo other = statics.putIfAbsent(f.relation().constantName(), f);
        if (other != null) {
          diag.sameConstant(f.element(), m.lookupName().simpleName() + "." + f.relation().constantName(),
              other.name());
        }
      }
    }
  }

  /** {@code Outer.Inner} for a nested model, {@code Article} for a top-level one. */
  private static String label(ModelInfo m) {
    return String.join(".", m.className().simpleNames());
  }

  static AnnotationMirror find(Element e, String name) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (a.getAnnotationType().toString().equals(name)) {
        return a;
      }
    }
    return null;
  }

  static AnnotationValue value(AnnotationMirror a, String member) {
    if (a == null) {
      return null;
    }
    for (var en : a.getElementValues().entrySet()) {
      if (en.getKey().getSimpleName().contentEquals(member)) {
        return en.getValue();
      }
    }
    return null;
  }
}
