package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
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
      case TIME -> ClassName.get("java.time", "LocalTime");
      case OFFSET_DATETIME -> ClassName.get("java.time", "OffsetDateTime");
      case DURATION -> ClassName.get("java.time", "Duration");
      case JSON -> ClassName.get(String.class);
    };
  }

  /** The boxed type of a field's values (for a relation: the target's key type). */
  static TypeName boxed(FieldInfo f) {
    if (f.conversion() != null) {
      return f.javaType(); // the user's type (a reference type, checked by the reader)
    }
    return boxed(f.type(), f.javaType());
  }

  /** The lookup column type of a field, seen from root {@code root}. */
  static TypeName column(FieldInfo f, TypeName root) {
    ClassName raw = Runtime.column(columnClass(f));
    if (f.type() == ScalarType.STRING && f.conversion() == null) {
      return ParameterizedTypeName.get(raw, root);
    }
    return ParameterizedTypeName.get(raw, root, boxed(f));
  }

  /**
   * The lookup column class of a field: a {@code @Convert} field's is ordered when its column
   * type is (its values are the user's type, so no text, number or date methods).
   */
  static String columnClass(FieldInfo f) {
    if (f.conversion() != null && !f.conversion().json()) {
      return f.type().ordered() ? "ComparableColumn" : "Column";
    }
    return f.type().columnClass;
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
  /**
   * The manager type of one side of many-to-many {@code r}, relating {@code related}:
   * {@code ManyRelatedManager<Tag>}, or {@code ThroughManager<Person, Membership>} through a model.
   */
  static com.palantir.javapoet.TypeName manyManager(ModelGraph g, Relation r, ClassName related) {
    if (!r.hasThroughModel()) {
      return com.palantir.javapoet.ParameterizedTypeName.get(Runtime.MANY_RELATED_MANAGER, related);
    }
    return com.palantir.javapoet.ParameterizedTypeName.get(Runtime.THROUGH_MANAGER, related, modelOf(g, r.through()));
  }

  /** The arguments after the owner of a many-to-many accessor: {@code , Membership_.META} through a model. */
  static com.palantir.javapoet.CodeBlock throughArg(ModelGraph g, Relation r) {
    return r.hasThroughModel() ? com.palantir.javapoet.CodeBlock.of(", $T.META", lookupOf(g, r.through()))
        : com.palantir.javapoet.CodeBlock.of("");
  }

  static ClassName modelOf(ModelGraph g, String model) {
    ModelInfo m = g.model(model);
    return m != null ? m.className() : ClassName.bestGuess(model);
  }

  static ClassName lookupOf(ModelGraph g, String model) {
    ModelInfo m = g.model(model);
    return m != null ? m.lookupName() : Names.lookup(ClassName.bestGuess(model));
  }
}
