package dev.tether.processor.read;

import com.palantir.javapoet.TypeName;
import dev.tether.processor.diag.Diagnostics;
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

/**
 * Reads one field of a model: the checks every field passes, then a scalar column here or a
 * relation in {@link RelationReader}. A field with an error is reported and dropped (null).
 */
final class FieldReader {
  private final Annotations annotations;
  private final RelationReader relations;
  private final Diagnostics diag;

  FieldReader(Annotations annotations, Diagnostics diag) {
    this.annotations = annotations;
    this.relations = new RelationReader(annotations, diag);
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
    return broken ? null : readScalar(f, t, st, field, pk != null);
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
      boolean isKey) {
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
    if (st == ScalarType.ENUM && maxLength == 0) {
      maxLength = longestConstant((DeclaredType) t);
    }
    String column = annotations.string(field, "column", "");
    if (column.isEmpty()) {
      column = Names.column(name);
    }
    String def = annotations.string(field, "defaultValue", "");
    if (!def.isEmpty()) {
      String problem = Literals.problem(st, def, t);
      if (problem != null) {
        diag.badDefault(f, field, Annotations.explicit(field, "defaultValue"), t.toString(), problem);
        return null;
      }
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
        isKey, isKey && st.autoKey(), null, annotations.optional(field, "renamedFrom"), auto);
  }

  /** Django's {@code auto_now}/{@code auto_now_add}: null for neither, or when misused (reported). */
  private FieldInfo.AutoNow autoNow(VariableElement f, ScalarType st, AnnotationMirror field, String def,
      TypeMirror t) {
    boolean now = annotations.bool(field, "autoNow");
    boolean add = annotations.bool(field, "autoNowAdd");
    if (!now && !add) {
      return null;
    }
    if (st != ScalarType.INSTANT && st != ScalarType.DATETIME && st != ScalarType.DATE) {
      diag.autoNowType(f, field, t.toString());
      return null;
    }
    if (now && add || !def.isEmpty()) {
      diag.autoNowConflict(f, field);
      return null;
    }
    return now ? FieldInfo.AutoNow.EVERY_SAVE : FieldInfo.AutoNow.INSERT;
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

  private static int longestConstant(DeclaredType t) {
    int n = 1;
    for (Element e : t.asElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        n = Math.max(n, e.getSimpleName().length());
      }
    }
    return n;
  }

  /** Whether the model declares {@code @Model(primaryKey = ...)}: it then has no implicit {@code id}. */
  private boolean declaresCompositeKey(javax.lang.model.element.Element model) {
    AnnotationMirror m = Annotations.find(model, Annotations.MODEL);
    return m != null && !annotations.strings(m, "primaryKey").isEmpty();
  }
}
