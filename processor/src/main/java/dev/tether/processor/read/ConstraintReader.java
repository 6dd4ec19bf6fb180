package dev.tether.processor.read;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.ConstraintInfo;
import dev.tether.processor.model.ConstraintInfo.Kind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads the {@code @Unique}, {@code @Index} and {@code @Check} annotations of a model, each given
 * alone or repeated (in its {@code .List} container), in the order they are written. Their checks
 * against the fields come once the graph is built ({@code ConstraintCheck}).
 */
final class ConstraintReader {
  private final Annotations annotations;

  ConstraintReader(Annotations annotations) {
    this.annotations = annotations;
  }

  List<ConstraintInfo> read(TypeElement type) {
    List<ConstraintInfo> out = new ArrayList<>();
    for (AnnotationMirror a : all(type)) {
      String name = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
      Kind kind = name.equals(Annotations.UNIQUE) ? Kind.UNIQUE : name.equals(Annotations.INDEX) ? Kind.INDEX
          : Kind.CHECK;
      String condition = annotations.optional(a, "condition");
      String declared = annotations.string(a, "name", "");
      List<String> fields = kind == Kind.CHECK ? List.of() : annotations.strings(a, "fields");
      out.add(new ConstraintInfo(kind, kind == Kind.INDEX && declared.isEmpty() ? null : declared, fields,
          condition, a));
    }
    return out;
  }

  /** The annotations in source order, containers opened. */
  static List<AnnotationMirror> all(TypeElement type) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      String name = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(Annotations.UNIQUE) || name.equals(Annotations.INDEX) || name.equals(Annotations.CHECK)) {
        out.add(a);
      } else if (name.equals(Annotations.UNIQUE + ".List") || name.equals(Annotations.INDEX + ".List")
          || name.equals(Annotations.CHECK + ".List")) {
        AnnotationValue v = Annotations.explicit(a, "value");
        if (v != null && v.getValue() instanceof List<?> list) {
          for (Object o : list) {
            out.add((AnnotationMirror) ((AnnotationValue) o).getValue());
          }
        }
      }
    }
    return out;
  }
}
