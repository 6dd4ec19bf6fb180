package dev.tether.processor.read;

import com.palantir.javapoet.TypeName;
import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.EnumChoices;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ScalarType;
import dev.tether.processor.naming.Names;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one field of a model: the checks every field passes, then a scalar column here or a
 * relation in {@link RelationReader}. A field with an error is reported and dropped (null).
 */
final class FieldReader {
  private final Annotations annotations;
  private final RelationReader relations;
  private final Diagnostics diag;
  private final ConversionReader conversions;

  FieldReader(Annotations annotations, Diagnostics diag) {
    this.annotations = annotations;
    this.relations = new RelationReader(annotations, diag);
    this.conversions = new ConversionReader(annotations, diag);
    this.diag = diag;
  }

  FieldInfo read(TypeElement model, VariableElement f) {
    String name = f.getSimpleName().toString();
    boolean broken = false;
    if (f.getModifiers().contains(Modifier.PRIVATE)) {
      diag.privateField(f);
      broken = true;
    }
    if (f.getModifiers().contains(Modifier.FINAL)) {
      diag.finalField(f);
      broken = true;
    }
    AnnotationMirror field = Annotations.find(f, Annotations.FIELD);
    AnnotationMirror pk = Annotations.find(f, Annotations.PRIMARY_KEY);
    AnnotationMirror fk = Annotations.find(f, Annotations.FOREIGN_KEY);
    AnnotationMirror o2o = Annotations.find(f, Annotations.ONE_TO_ONE);
    AnnotationMirror m2m = Annotations.find(f, Annotations.MANY_TO_MANY);
    // @OneToOne @PrimaryKey is one field: the relation is the key (Django's primary_key=True)
    int kinds = (pk != null && o2o == null ? 1 : 0) + (fk != null ? 1 : 0) + (o2o != null ? 1 : 0)
        + (m2m != null ? 1 : 0);
    if (kinds > 1) {
      diag.twoRelationAnnotations(f);
      return null;
    }
    boolean relation = fk != null || o2o != null || m2m != null;
    Names.Clash clash = Names.fieldClash(name, relation);
    if (clash != null) {
      diag.reservedName(f, clash, model.getSimpleName().toString());
      broken = true;
    }
    if (name.equals("id") && pk == null && !declaresCompositeKey(model)) {
      diag.idNotKey(f);
      broken = true;
    }
    TypeMirror t = f.asType();
    if (t.getKind() == TypeKind.ERROR) {
      throw new ModelReader.MissingType(t.toString());
    }
    boolean autoNow = annotations.bool(field, "autoNow") || annotations.bool(field, "autoNowAdd");
    if (autoNow && (fk != null || o2o != null || m2m != null)) {
      diag.autoNowType(f, field, t.toString());
      return null;
    }
    if (ConversionReader.present(f)) {
      ConversionReader.Result c = conversions.read(f, t, pk != null || fk != null || o2o != null || m2m != null);
      return c == null || broken ? null : readScalar(f, t, c.type(), field, false, c.conversion());
    }
    if (fk != null || o2o != null) {
      return broken ? null : relations.read(model, f, fk != null ? fk : o2o, fk != null, field, pk != null);
    }
    if (m2m != null) {
      return broken ? null : relations.readManyToMany(model, f, m2m);
    }
    ScalarType st = scalar(t);
    if (st == null) {
      unsupported(f, t);
      return null;
    }
    return broken ? null : readScalar(f, t, st, field, pk != null, null);
  }

  private void unsupported(VariableElement f, TypeMirror t) {
    if (isModel(t)) {
      diag.modelWithoutRelation(f, t.toString(), false);
      return;
    }
    if (t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).getTypeArguments().size() == 1
        && isModel(((DeclaredType) t).getTypeArguments().get(0))) {
      String raw = ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().toString();
      if (raw.equals("java.util.List") || raw.equals("java.util.Set")) {
        diag.modelWithoutRelation(f, t.toString(), true);
        return;
      }
    }
    diag.unsupportedType(f, t.toString(), ScalarType.SUPPORTED);
  }

  private static boolean isModel(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED
        && Annotations.find(((DeclaredType) t).asElement(), Annotations.MODEL) != null;
  }

  private FieldInfo readScalar(VariableElement f, TypeMirror t, ScalarType st, AnnotationMirror field,
      boolean isKey, FieldInfo.Conversion conversion) {
    String name = f.getSimpleName().toString();
    boolean primitive = t.getKind().isPrimitive();
    boolean nullable = annotations.bool(field, "nullable");
    if (nullable && primitive) {
      diag.nullablePrimitive(f, field, Annotations.explicit(field, "nullable"), boxed(t));
      return null;
    }
    int maxLength = annotations.integer(field, "maxLength");
    if (maxLength != 0 && st != ScalarType.STRING) {
      diag.maxLengthOnNonString(f, field, Annotations.explicit(field, "maxLength"));
      maxLength = 0;
    }
    EnumChoices choices = null;
    if (st == ScalarType.ENUM) {
      choices = choices(f, (DeclaredType) t);
      if (choices == null) {
        return null;
      }
      maxLength = choices.maxLength();
    }
    String column = annotations.string(field, "column", "");
    if (column.isEmpty()) {
      column = Names.column(name);
    }
    String def = annotations.string(field, "defaultValue", "");
    if (!def.isEmpty() && conversion != null) {
      diag.defaultOnConverted(f, field, Annotations.explicit(field, "defaultValue"));
      return null;
    }
    if (!def.isEmpty()) {
      String problem = Literals.problem(st, def, t);
      if (problem != null) {
        diag.badDefault(f, field, Annotations.explicit(field, "defaultValue"), t.toString(), problem);
        return null;
      }
    }
    if (conversion != null && (annotations.bool(field, "autoNow") || annotations.bool(field, "autoNowAdd"))) {
      diag.autoNowType(f, field, t.toString());
      return null;
    }
    FieldInfo.AutoNow auto = autoNow(f, st, field, def, t);
    if (auto == null && (annotations.bool(field, "autoNow") || annotations.bool(field, "autoNowAdd"))) {
      return null;
    }
    if (isKey && !(st == ScalarType.LONG || st == ScalarType.INT || st == ScalarType.STRING || st == ScalarType.UUID)) {
      diag.unsupportedKeyType(f, t.toString());
      return null;
    }
    return new FieldInfo(f, name, column, st, TypeName.get(t), primitive, !isKey && nullable, maxLength,
        annotations.bool(field, "unique"), annotations.bool(field, "index"), def.isEmpty() ? null : def,
        isKey, isKey && st.autoKey(), null, annotations.optional(field, "renamedFrom"), auto, conversion, choices);
  }

  /** Django's {@code auto_now}/{@code auto_now_add}: null for neither, or when misused (reported). */
  private FieldInfo.AutoNow autoNow(VariableElement f, ScalarType st, AnnotationMirror field, String def,
      TypeMirror t) {
    boolean now = annotations.bool(field, "autoNow");
    boolean add = annotations.bool(field, "autoNowAdd");
    if (!now && !add) {
      return null;
    }
    if (st != ScalarType.INSTANT && st != ScalarType.DATETIME && st != ScalarType.DATE
        && st != ScalarType.OFFSET_DATETIME) {
      diag.autoNowType(f, field, t.toString());
      return null;
    }
    if (now && add || !def.isEmpty()) {
      diag.autoNowConflict(f, field);
      return null;
    }
    return now ? FieldInfo.AutoNow.EVERY_SAVE : FieldInfo.AutoNow.INSERT;
  }

  /** The column type a converter's column class {@code t} maps to, or null. */
  static ScalarType columnType(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED || t.getKind() == TypeKind.ARRAY ? scalar(t) : null;
  }

  private static ScalarType scalar(TypeMirror t) {
    switch (t.getKind()) {
      case INT:
        return ScalarType.INT;
      case LONG:
        return ScalarType.LONG;
      case SHORT:
        return ScalarType.SHORT;
      case DOUBLE:
        return ScalarType.DOUBLE;
      case FLOAT:
        return ScalarType.FLOAT;
      case BOOLEAN:
        return ScalarType.BOOLEAN;
      case ARRAY:
        return ((ArrayType) t).getComponentType().getKind() == TypeKind.BYTE ? ScalarType.BYTES : null;
      case DECLARED:
        break;
      default:
        return null;
    }
    TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
    if (e.getKind() == ElementKind.ENUM) {
      return ScalarType.ENUM;
    }
    return switch (e.getQualifiedName().toString()) {
      case "java.lang.String" -> ScalarType.STRING;
      case "java.lang.Integer" -> ScalarType.INT;
      case "java.lang.Long" -> ScalarType.LONG;
      case "java.lang.Short" -> ScalarType.SHORT;
      case "java.lang.Double" -> ScalarType.DOUBLE;
      case "java.lang.Float" -> ScalarType.FLOAT;
      case "java.lang.Boolean" -> ScalarType.BOOLEAN;
      case "java.math.BigDecimal" -> ScalarType.DECIMAL;
      case "java.time.LocalDate" -> ScalarType.DATE;
      case "java.time.LocalDateTime" -> ScalarType.DATETIME;
      case "java.time.Instant" -> ScalarType.INSTANT;
      case "java.time.LocalTime" -> ScalarType.TIME;
      case "java.time.OffsetDateTime" -> ScalarType.OFFSET_DATETIME;
      case "java.time.Duration" -> ScalarType.DURATION;
      case "java.util.UUID" -> ScalarType.UUID;
      default -> null;
    };
  }

  private static String boxed(TypeMirror t) {
    return switch (t.getKind()) {
      case INT -> "Integer";
      case LONG -> "Long";
      case SHORT -> "Short";
      case DOUBLE -> "Double";
      case FLOAT -> "Float";
      case BOOLEAN -> "Boolean";
      default -> t.toString();
    };
  }

  /**
   * What each constant of the enum stores, and its label: from {@code @Choice} on every constant, or
   * the names when none has one. Null when a misuse was reported.
   */
  private EnumChoices choices(VariableElement f, DeclaredType t) {
    String type = t.asElement().getSimpleName().toString();
    List<Element> constants = new ArrayList<>();
    for (Element e : t.asElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(e);
      }
    }
    if (constants.isEmpty()) {
      diag.choicesEmpty(f, type);
      return null;
    }
    List<String> without = new ArrayList<>();
    for (Element e : constants) {
      if (Annotations.find(e, Annotations.CHOICE) == null) {
        without.add(e.getSimpleName().toString());
      }
    }
    List<EnumChoices.Constant> out = new ArrayList<>();
    if (without.size() == constants.size()) {
      for (Element e : constants) {
        String n = e.getSimpleName().toString();
        out.add(new EnumChoices.Constant(n, n, label(n)));
      }
      return new EnumChoices("NAME", out);
    }
    if (!without.isEmpty()) {
      diag.choicesPartial(f, type, String.join(", ", without));
      return null;
    }
    boolean broken = false;
    Boolean numbers = null;
    Map<Object, String> seen = new HashMap<>();
    for (Element e : constants) {
      String n = e.getSimpleName().toString();
      AnnotationMirror a = Annotations.find(e, Annotations.CHOICE);
      boolean code = Annotations.explicit(a, "code") != null;
      boolean number = Annotations.explicit(a, "number") != null;
      if (code == number) {
        diag.choiceWithoutValue(f, type, n, code);
        broken = true;
        continue;
      }
      if (numbers != null && numbers != number) {
        diag.choicesMixed(f, type);
        return null;
      }
      numbers = number;
      Object value = number ? (Object) annotations.integer(a, "number") : annotations.string(a, "code", "");
      if (value instanceof String s && s.isBlank()) {
        diag.choiceBlank(f, type, n, "code");
        broken = true;
        continue;
      }
      String label = annotations.string(a, "label", "");
      if (Annotations.explicit(a, "label") != null && label.isBlank()) {
        diag.choiceBlank(f, type, n, "label");
        broken = true;
        continue;
      }
      String before = seen.putIfAbsent(value, n);
      if (before != null) {
        diag.choiceDuplicate(f, type, before, n, value instanceof String ? "\"" + value + "\"" : value.toString());
        broken = true;
        continue;
      }
      out.add(new EnumChoices.Constant(n, value, label.isEmpty() ? label(n) : label));
    }
    return broken ? null : new EnumChoices(Boolean.TRUE.equals(numbers) ? "NUMBER" : "CODE", out);
  }

  /** Django's label from a name: {@code IN_REVIEW} is "In Review". */
  static String label(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("_")) {
      if (w.isEmpty()) {
        continue;
      }
      b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return b.length() == 0 ? name : b.toString();
  }

  /** Whether the model declares {@code @Model(primaryKey = ...)}: it then has no implicit {@code id}. */
  private boolean declaresCompositeKey(javax.lang.model.element.Element model) {
    AnnotationMirror m = Annotations.find(model, Annotations.MODEL);
    return m != null && !annotations.strings(m, "primaryKey").isEmpty();
  }
}
