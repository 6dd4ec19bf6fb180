package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The generated members of a model with a composite primary key ({@code @Model(primaryKey = ...)}):
 * the {@code Pk} record nested in its base ({@code OrderLine.Pk}), the metadata methods reading and
 * setting it, and the {@code OrderLine_.pk} lookup.
 */
final class CompositeKeyWriter {
  private CompositeKeyWriter() {}

  static final ClassName KEY_PATH = ClassName.get("dev.tether.path", "KeyPath");

  /** {@code OrderLineModel.Pk}, reachable as {@code OrderLine.Pk}. */
  static ClassName keyType(ModelInfo m) {
    return m.baseName().nestedClass("Pk");
  }

  /** A component's name: the field's, or {@code orderId} for foreign key {@code order}. */
  static String component(FieldInfo f) {
    return f.isRelation() ? f.name() + "Id" : f.name();
  }

  /** A component's type: primitive where the value has one, so a key is never half set. */
  static TypeName componentType(FieldInfo f) {
    TypeName boxed = Types.boxed(f);
    return boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
  }

  /** {@code public record Pk(long orderId, long productId)}. */
  static TypeSpec record(ModelInfo m) {
    List<String> names = new ArrayList<>();
    MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
    for (FieldInfo f : m.keyFields()) {
      TypeName t = componentType(f);
      canonical.addParameter(ParameterSpec.builder(t, component(f)).build());
      names.add(Docs.code(f.column()));
      if (!t.isPrimitive()) {
        ctor.addStatement("$T.requireNonNull($N, $S)", Objects.class, component(f), component(f));
      }
    }
    TypeSpec.Builder r = TypeSpec.recordBuilder("Pk").addModifiers(Modifier.PUBLIC)
        .recordConstructor(canonical.build())
        .addJavadoc("The composite primary key of {@link $T}, columns $L: what {@code pk()} returns and\n"
            + "{@code $L_.pk.eq(...)} takes. Django 5.2's {@code pk} tuple of a {@code CompositePrimaryKey}.\n",
            m.className(), String.join(", ", names), m.simpleName());
    if (!ctor.build().code().isEmpty()) {
      r.addMethod(ctor.build());
    }
    return r.build();
  }

  /** {@code public static final KeyPath<OrderLine, OrderLine.Pk> pk}. */
  static FieldSpec lookup(ModelInfo m) {
    return FieldSpec.builder(ParameterizedTypeName.get(KEY_PATH, m.className(), keyType(m)), "pk",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>(ROOT.node())", KEY_PATH)
        .addJavadoc("The composite primary key ($L) as one lookup: Django's {@code pk=(...)} and\n"
            + "{@code pk__in=[...]}.\n", String.join(", ", m.primaryKey()))
        .build();
  }

  /** The key of {@code o}, or null when a part of it is unset. */
  static MethodSpec pk(ModelInfo m) {
    MethodSpec.Builder b = MethodSpec.methodBuilder("pk").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(Object.class).addParameter(m.className(), "o");
    List<CodeBlock> args = new ArrayList<>();
    List<String> nullChecks = new ArrayList<>();
    for (FieldInfo f : m.keyFields()) {
      String v = component(f);
      if (f.isRelation()) {
        b.addStatement("$T $N = $N.key(o)", Object.class, v, f.relation().constantName());
      } else {
        b.addStatement("$T $N = o.$N", Object.class, v, f.name());
      }
      nullChecks.add(v + " == null");
      args.add(CodeBlock.of("($T) $N", Types.boxed(f), v));
    }
    return b.addStatement("return $L ? null : new $T($L)", String.join(" || ", nullChecks), keyType(m),
        CodeBlock.join(args, ", ")).build();
  }

  /**
   * Sets the key's fields; a foreign key keeps its loaded object when the key is the same. Null
   * (after a delete) clears each non-primitive part, as Django sets each field of the key to None.
   */
  static MethodSpec setPk(ModelInfo m) {
    MethodSpec.Builder b = MethodSpec.methodBuilder("setPk").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).addParameter(m.className(), "o").addParameter(Object.class, "pk");
    b.beginControlFlow("if (pk == null)");
    for (FieldInfo f : m.keyFields()) {
      if (f.isRelation()) {
        b.addStatement("$N.setKey(o, null)", f.relation().constantName());
      } else if (!f.primitive()) {
        b.addStatement("o.$N = null", f.name());
      }
    }
    b.addStatement("return").endControlFlow();
    b.addStatement("$T k = ($T) pk", keyType(m), keyType(m));
    for (FieldInfo f : m.keyFields()) {
      if (f.isRelation()) {
        b.addStatement("$N.setKey(o, k.$N())", f.relation().constantName(), component(f));
      } else {
        b.addStatement("o.$N = k.$N()", f.name(), component(f));
      }
    }
    return b.build();
  }

  /** The key's column values in order. */
  static MethodSpec keyValues(ModelInfo m) {
    List<CodeBlock> parts = new ArrayList<>();
    for (FieldInfo f : m.keyFields()) {
      parts.add(CodeBlock.of("k.$N()", component(f)));
    }
    return MethodSpec.methodBuilder("keyValues").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(List.class, Object.class)).addParameter(Object.class, "key")
        .addStatement("$T k = ($T) key", keyType(m), keyType(m))
        .addStatement("return $T.asList($L)", java.util.Arrays.class, CodeBlock.join(parts, ", ")).build();
  }

  /** The key of column values read back (a delete's keys). */
  static MethodSpec keyOf(ModelInfo m) {
    List<CodeBlock> parts = new ArrayList<>();
    int i = 0;
    for (FieldInfo f : m.keyFields()) {
      parts.add(CodeBlock.of("($T) values.get($L)", Types.boxed(f), i++));
    }
    return MethodSpec.methodBuilder("keyOf").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(Object.class).addParameter(ParameterizedTypeName.get(List.class, Object.class), "values")
        .addStatement("return new $T($L)", keyType(m), CodeBlock.join(parts, ", ")).build();
  }
}
