package dev.tether.processor.check;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.ConditionParser;
import dev.tether.processor.model.ConstraintInfo;
import dev.tether.processor.model.ConstraintInfo.Kind;
import dev.tether.processor.model.ConstraintNames;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules of {@code @Unique}, {@code @Index} and {@code @Check} (Django's {@code models.E012}
 * to {@code E016} and {@code E029} to {@code E034}): names valid and unique across the models,
 * fields of the model's own table, each once, and conditions that parse and fit the fields' types.
 */
public final class ConstraintCheck {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private ConstraintCheck() {}

  public static void check(ModelGraph graph, Diagnostics diag) {
    Map<String, String> names = new HashMap<>();
    for (ModelInfo m : graph.models()) {
      for (ConstraintInfo c : m.constraints()) {
        String name = ConstraintNames.of(m, c);
        String label = "@" + c.kind().annotation + " of " + m.simpleName();
        String other = names.putIfAbsent(name, label);
        if (other != null && c.name() != null) {
          diag.constraintNameTaken(m.element(), c.annotation(), value(c.annotation(), "name"), c.kind().annotation,
              name, other);
        }
      }
      check(m, diag);
    }
  }

  /** The checks of one model's declarations. */
  static void check(ModelInfo m, Diagnostics diag) {
    Map<String, FieldInfo> columns = new LinkedHashMap<>();
    for (FieldInfo f : m.columns()) {
      columns.put(f.name(), f);
    }
    List<String> known = List.copyOf(columns.keySet());
    for (ConstraintInfo c : m.constraints()) {
      String kind = c.kind().annotation;
      AnnotationMirror a = c.annotation();
      if (c.name() != null) {
        AnnotationValue v = value(a, "name");
        if (c.name().isEmpty()) {
          diag.constraintName(m.element(), a, v, kind, "", "is empty: a constraint needs a name (Django's"
              + " UniqueConstraint and CheckConstraint require one)");
        } else if (!NAME.matcher(c.name()).matches()) {
          diag.constraintName(m.element(), a, v, kind, c.name(), "holds characters other than letters, digits and _,"
              + " or does not start with a letter");
        } else if (c.name().length() > ConstraintNames.MAX) {
          diag.constraintName(m.element(), a, v, kind, c.name(), "is " + c.name().length()
              + " characters long, more than PostgreSQL keeps (63)");
        }
      }
      if (c.kind() == Kind.INDEX && c.name() == null && c.condition() != null) {
        diag.unnamedPartialIndex(m.element(), a, value(a, "condition"));
      }
      if (c.kind() != Kind.CHECK) {
        checkFields(m, c, columns, known, diag);
      }
      if (c.kind() == Kind.CHECK && c.condition() == null) {
        diag.constraintEmpty(m.element(), a, value(a, "condition"), kind, "condition");
      } else if (c.condition() != null) {
        checkCondition(m, c, columns, known, diag);
      }
    }
  }

  private static void checkFields(ModelInfo m, ConstraintInfo c, Map<String, FieldInfo> columns, List<String> known,
      Diagnostics diag) {
    String kind = c.kind().annotation;
    AnnotationMirror a = c.annotation();
    AnnotationValue v = value(a, "fields");
    if (c.fields().isEmpty()) {
      diag.constraintEmpty(m.element(), a, v, kind, "fields");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (String spec : c.fields()) {
      boolean desc = spec.startsWith("-");
      String name = desc ? spec.substring(1) : spec;
      if (desc && c.kind() == Kind.UNIQUE) {
        diag.uniqueDescending(m.element(), a, v, spec);
        continue;
      }
      if (name.contains(".")) {
        diag.constraintOtherModel(m.element(), a, v, kind, name);
        continue;
      }
      FieldInfo f = m.fields().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (f != null && f.isRelation() && f.relation().kind() == Relation.Kind.MANY_TO_MANY) {
        diag.constraintManyToMany(m.element(), a, v, kind, name);
      } else if (f == null) {
        if (!m.dropped(name)) {
          diag.constraintUnknownField(m.element(), a, v, kind, name, known);
        }
      } else if (!seen.add(name)) {
        diag.constraintFieldTwice(m.element(), a, v, kind, name);
      }
    }
  }

  private static void checkCondition(ModelInfo m, ConstraintInfo c, Map<String, FieldInfo> columns,
      List<String> known, Diagnostics diag) {
    String kind = c.kind().annotation;
    AnnotationMirror a = c.annotation();
    AnnotationValue v = value(a, "condition");
    try {
      ConditionParser.normalize(c.condition(), columns);
    } catch (ConditionParser.Problem p) {
      switch (p.kind) {
        case SYNTAX -> diag.conditionSyntax(m.element(), a, v, kind, p.getMessage());
        case UNKNOWN_FIELD -> diag.conditionUnknownField(m.element(), a, v, kind, p.getMessage(), known);
        case TYPE -> diag.conditionType(m.element(), a, v, kind, p.getMessage());
      }
    }
  }

  private static AnnotationValue value(AnnotationMirror a, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> en : a.getElementValues().entrySet()) {
      if (en.getKey().getSimpleName().contentEquals(member)) {
        return en.getValue();
      }
    }
    return null;
  }
}
