package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.ScalarType;
import dev.tether.processor.naming.Names;

/** Java types of generated members, shared by the writers. */
final class Types {
  private Types() {}

  static final TypeVariableName R = TypeVariableName.get("R");

  /** The boxed Java type of values of a scalar type. */
  static TypeName boxed(ScalarType t, TypeName declared) {
    return switch (t) {
      case STRING -> ClassName.get(String.class);
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case SHORT -> ClassName.get(Short.class);
      case DOUBLE -> ClassName.get(Double.class);
      case FLOAT -> ClassName.get(Float.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case DECIMAL -> ClassName.get("java.math", "BigDecimal");
      case DATE -> ClassName.get("java.time", "LocalDate");
      case DATETIME -> ClassName.get("java.time", "LocalDateTime");
      case INSTANT -> ClassName.get("java.time", "Instant");
      case UUID -> ClassName.get("java.util", "UUID");
      case BYTES -> TypeName.get(byte[].class);
      case ENUM -> declared;
    };
  }

  /** The boxed type of a field's values (for a relation: the target's key type). */
  static TypeName boxed(FieldInfo f) {
    return boxed(f.type(), f.javaType());
  }

  /** The lookup column type of a field, seen from root {@code root}. */
  static TypeName column(FieldInfo f, TypeName root) {
    ClassName raw = Runtime.column(f.type().columnClass);
    if (f.type() == ScalarType.STRING) {
      return ParameterizedTypeName.get(raw, root);
    }
    return ParameterizedTypeName.get(raw, root, boxed(f));
  }

  /** The key type of a model, boxed. */
  static TypeName keyType(ModelInfo m) {
    if (m.isComposite()) {
      return CompositeKeyWriter.keyType(m);
    }
    return boxed(m.pk());
  }

  /** {@code Target_.Path<R>}. */
  static TypeName pathOf(ModelGraph g, String model, TypeName root) {
    return ParameterizedTypeName.get(lookupOf(g, model).nestedClass("Path"), root);
  }

  /** {@code Target_}: a top-level class in the model's package, even for a nested model. */
  static ClassName lookupOf(ModelGraph g, String model) {
    ModelInfo m = g.model(model);
    return m != null ? m.lookupName() : Names.lookup(ClassName.bestGuess(model));
  }
}
