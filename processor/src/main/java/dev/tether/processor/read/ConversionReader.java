package dev.tether.processor.read;

import com.palantir.javapoet.TypeName;
import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ScalarType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @Convert(X.class)} and {@code @Json(X.class)} of a field: which class converts its
 * values, and the column type it stores. The class must implement {@code Converter<FieldType, C>}
 * (or {@code JsonCodec<FieldType>}) with those types written out, and have a public no-argument
 * constructor, since the generated code calls {@code new X()}.
 */
final class ConversionReader {
  static final String CONVERT = "dev.tether.Convert";
  static final String JSON = "dev.tether.Json";
  private static final String CONVERTER = "dev.tether.Converter";
  private static final String CODEC = "dev.tether.JsonCodec";

  /** The column type and converter of a field; {@code conversion} null for raw JSON text. */
  record Result(ScalarType type, FieldInfo.Conversion conversion) {}

  private final Annotations annotations;
  private final Diagnostics diag;

  ConversionReader(Annotations annotations, Diagnostics diag) {
    this.annotations = annotations;
    this.diag = diag;
  }

  /** Whether the field has {@code @Convert} or {@code @Json}. */
  static boolean present(Element f) {
    return Annotations.find(f, CONVERT) != null || Annotations.find(f, JSON) != null;
  }

  /** The field's column type and converter, or null when an error was reported. */
  Result read(VariableElement f, TypeMirror t, boolean keyOrRelation) {
    AnnotationMirror convert = Annotations.find(f, CONVERT);
    AnnotationMirror json = Annotations.find(f, JSON);
    AnnotationMirror a = convert != null ? convert : json;
    if (convert != null && json != null) {
      diag.convertAndJson(f, json);
      return null;
    }
    if (keyOrRelation) {
      diag.convertOnKey(f, a, convert != null ? "@Convert" : "@Json");
      return null;
    }
    TypeMirror cls = annotations.type(a, "value");
    if (cls == null || cls.getKind() != TypeKind.DECLARED) {
      return null; // a missing class: javac reports it
    }
    TypeElement ce = (TypeElement) ((DeclaredType) cls).asElement();
    if (json != null && ce.getQualifiedName().contentEquals(CODEC)) {
      if (!TypeName.get(t).equals(TypeName.get(String.class))) {
        diag.rawJsonType(f, json, t.toString());
        return null;
      }
      return new Result(ScalarType.JSON, null);
    }
    String iface = convert != null ? CONVERTER : CODEC;
    DeclaredType sup = supertype(ce, iface);
    if (sup == null) {
      diag.notAConverter(f, a, ce.getQualifiedName().toString(), convert != null);
      return null;
    }
    if (!instantiable(ce)) {
      diag.converterConstructor(f, a, ce.getQualifiedName().toString());
      return null;
    }
    TypeMirror user = sup.getTypeArguments().isEmpty() ? null : sup.getTypeArguments().get(0);
    if (t.getKind().isPrimitive() || user == null || !TypeName.get(user).equals(TypeName.get(t))) {
      diag.converterTypeMismatch(f, a, ce.getSimpleName().toString(), user == null ? "a raw type" : user.toString(),
          t.toString(), t.getKind().isPrimitive());
      return null;
    }
    ScalarType column = ScalarType.JSON;
    if (convert != null) {
      TypeMirror c = sup.getTypeArguments().get(1);
      column = FieldReader.columnType(c);
      if (column == null || column == ScalarType.ENUM || column == ScalarType.JSON) {
        diag.converterColumnType(f, a, ce.getSimpleName().toString(), c.toString(), ScalarType.SUPPORTED);
        return null;
      }
    }
    return new Result(column, new FieldInfo.Conversion(TypeName.get(cls), json != null));
  }

  /** {@code iface<...>} as {@code e} or one of its supertypes declares it, or null. */
  private static DeclaredType supertype(TypeElement e, String iface) {
    List<TypeMirror> todo = new ArrayList<>(e.getInterfaces());
    todo.add(e.getSuperclass());
    for (TypeMirror s : todo) {
      if (s.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement se = (TypeElement) ((DeclaredType) s).asElement();
      if (se.getQualifiedName().contentEquals(iface)) {
        return (DeclaredType) s;
      }
      DeclaredType found = supertype(se, iface);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** A public concrete class, top-level or static, with a public no-argument constructor. */
  private static boolean instantiable(TypeElement e) {
    if (e.getKind() != ElementKind.CLASS || e.getModifiers().contains(Modifier.ABSTRACT)
        || !e.getModifiers().contains(Modifier.PUBLIC)
        || e.getNestingKind() == NestingKind.MEMBER && !e.getModifiers().contains(Modifier.STATIC)) {
      return false;
    }
    for (Element m : e.getEnclosedElements()) {
      if (m.getKind() == ElementKind.CONSTRUCTOR && ((ExecutableElement) m).getParameters().isEmpty()
          && m.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }
}
