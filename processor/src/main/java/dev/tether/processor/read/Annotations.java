package dev.tether.processor.read;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads Tether's annotations by mirror, so the processor needs none of the runtime's classes on
 * its path.
 */
final class Annotations {
  static final String MODEL = "dev.tether.Model";
  static final String FIELD = "dev.tether.Field";
  static final String PRIMARY_KEY = "dev.tether.PrimaryKey";
  static final String FOREIGN_KEY = "dev.tether.ForeignKey";
  static final String ONE_TO_ONE = "dev.tether.OneToOne";
  static final String MANY_TO_MANY = "dev.tether.ManyToMany";
  static final String ABSTRACT_MODEL = "dev.tether.AbstractModel";
  static final String CHOICE = "dev.tether.Choice";
  static final String UNIQUE = "dev.tether.Unique";
  static final String INDEX = "dev.tether.Index";
  static final String CHECK = "dev.tether.Check";

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  static AnnotationMirror find(Element e, String name) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
        return a;
      }
    }
    return null;
  }

  /** The value's mirror, or null when defaulted (for pointing diagnostics at it). */
  static AnnotationValue explicit(AnnotationMirror a, String member) {
    if (a == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> en : a.getElementValues().entrySet()) {
      if (en.getKey().getSimpleName().contentEquals(member)) {
        return en.getValue();
      }
    }
    return null;
  }

  private Object value(AnnotationMirror a, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> en
        : elements.getElementValuesWithDefaults(a).entrySet()) {
      if (en.getKey().getSimpleName().contentEquals(member)) {
        return en.getValue().getValue();
      }
    }
    return null;
  }

  String string(AnnotationMirror a, String member, String otherwise) {
    if (a == null) {
      return otherwise;
    }
    Object v = value(a, member);
    return v == null ? otherwise : v.toString();
  }

  /** A string member's value, or null when it is absent or empty ({@code renamedFrom}). */
  String optional(AnnotationMirror a, String member) {
    String v = string(a, member, "");
    return v.isEmpty() ? null : v;
  }

  boolean bool(AnnotationMirror a, String member) {
    return a != null && Boolean.TRUE.equals(value(a, member));
  }

  int integer(AnnotationMirror a, String member) {
    if (a == null) {
      return 0;
    }
    Object v = value(a, member);
    return v instanceof Integer i ? i : 0;
  }

  /** A class member's type ({@code inherits = Timestamped.class}), or null. */
  javax.lang.model.type.TypeMirror type(AnnotationMirror a, String member) {
    if (a == null) {
      return null;
    }
    return value(a, member) instanceof javax.lang.model.type.TypeMirror t ? t : null;
  }

  /** An enum constant's name, or null. */
  String enumName(AnnotationMirror a, String member) {
    if (a == null) {
      return null;
    }
    Object v = value(a, member);
    return v instanceof VariableElement ve ? ve.getSimpleName().toString() : null;
  }

  List<String> strings(AnnotationMirror a, String member) {
    if (a == null) {
      return List.of();
    }
    Object v = value(a, member);
    if (!(v instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(x -> ((AnnotationValue) x).getValue().toString()).toList();
  }
}
