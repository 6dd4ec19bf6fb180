package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.model.ScalarType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Meta} of {@code Article_}: the model's columns and relations as constants,
 * and the row mapping and binding as plain field assignments (no reflection).
 */
final class MetaWriter {
  private final ModelGraph graph;
  private final ModelInfo m;

  MetaWriter(ModelGraph graph, ModelInfo m) {
    this.graph = graph;
    this.m = m;
  }

  TypeSpec type() {
    ClassName model = m.className();
    TypeSpec.Builder t = TypeSpec.classBuilder("Meta")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(Runtime.MODEL_META, model));
    for (FieldInfo f : m.columns()) {
      if (f.conversion() != null) {
        // created once, with new: no reflection
        t.addField(FieldSpec.builder(f.conversion().converter(), converterName(f), Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("new $T()", f.conversion().converter()).build());
      }
    }
    t.addMethod(constructor());
    t.addMethod(MethodSpec.methodBuilder("instantiate").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(model).addStatement("return new $T()", model).build());
    t.addMethod(read());
    t.addMethod(write());
    if (m.isComposite()) {
      t.addMethod(CompositeKeyWriter.pk(m));
      t.addMethod(CompositeKeyWriter.setPk(m));
      t.addMethod(CompositeKeyWriter.keyValues(m));
      t.addMethod(CompositeKeyWriter.keyOf(m));
    } else {
      t.addMethod(pk());
      t.addMethod(setPk());
    }
    List<FieldInfo> unique = m.columns().stream().filter(f -> f.unique() && !f.isRelation() && !f.primaryKey())
        .toList();
    if (!unique.isEmpty()) {
      t.addMethod(uniqueValue(unique));
      t.addMethod(setUniqueValue(unique));
    }
    AutoNowWriter.add(t, m);
    ConstraintWriter.add(t, m);
    t.addMethod(MethodSpec.methodBuilder("doesNotExist").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(Runtime.OBJECT_DOES_NOT_EXIST).addParameter(String.class, "message")
        .addStatement("return new $T(message)", m.baseName().nestedClass("DoesNotExist")).build());
    t.addMethod(MethodSpec.methodBuilder("relatedObjectDoesNotExist").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(Runtime.OBJECT_DOES_NOT_EXIST).addParameter(String.class, "message")
        .addStatement("return new $T(message)", m.baseName().nestedClass("RelatedObjectDoesNotExist")).build());
    t.addMethod(MethodSpec.methodBuilder("multipleObjectsReturned").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(Runtime.MULTIPLE_OBJECTS_RETURNED).addParameter(String.class, "message")
        .addStatement("return new $T(message)", m.baseName().nestedClass("MultipleObjectsReturned")).build());
    t.addMethod(copyField());
    if (m.hasDeleteHooks()) {
      t.addMethod(MethodSpec.methodBuilder("hasDeleteHooks").addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC).returns(boolean.class).addStatement("return true").build());
    }
    return t.build();
  }

  /** {@code PRICE_CONVERTER}: the constant holding a field's converter or codec. */
  static String converterName(FieldInfo f) {
    return f.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT)
        + (f.conversion().json() ? "_CODEC" : "_CONVERTER");
  }

  /** Copies one deferrable (scalar, non-key) field, by name: a deferred field just read. */
  private MethodSpec copyField() {
    ClassName model = m.className();
    MethodSpec.Builder b = MethodSpec.methodBuilder("copyField").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addParameter(model, "from").addParameter(model, "to")
        .addParameter(String.class, "field");
    b.beginControlFlow("switch (field)");
    for (FieldInfo f : m.columns()) {
      if (!f.primaryKey() && !f.isRelation()) {
        b.addStatement("case $S -> to.$N = from.$N", f.name(), f.name(), f.name());
      }
    }
    b.addStatement("default -> super.copyField(from, to, field)");
    b.endControlFlow();
    return b.build();
  }

  private MethodSpec constructor() {
    CodeBlock.Builder fields = CodeBlock.builder();
    List<FieldInfo> columns = m.columns();
    for (int i = 0; i < columns.size(); i++) {
      fields.add(i == 0 ? "\n" : ",\n").add(fieldMeta(columns.get(i)));
    }
    List<CodeBlock> fks = new ArrayList<>();
    for (FieldInfo f : columns) {
      if (f.isRelation()) {
        fks.add(CodeBlock.of("$N", f.relation().constantName()));
      }
    }
    List<CodeBlock> manyToMany = new ArrayList<>();
    for (Relation r : m.relations()) {
      if (r.kind() == Relation.Kind.MANY_TO_MANY) {
        manyToMany.add(CodeBlock.of("$N", r.constantName()));
      }
    }
    List<CodeBlock> incoming = new ArrayList<>();
    for (Relation r : graph.incoming(m)) {
      ClassName owner = Types.lookupOf(graph, r.source());
      if (r.kind() != Relation.Kind.MANY_TO_MANY) {
        incoming.add(CodeBlock.of("$T.$N", owner, r.constantName()));
      } else if (!r.hasThroughModel()) { // a through model's keys are its own relations
        incoming.add(CodeBlock.of("$T.$N.targetKey()", owner, r.constantName()));
      }
    }
    for (Relation r : m.relations()) {
      if (r.kind() == Relation.Kind.MANY_TO_MANY && !r.hasThroughModel()) {
        incoming.add(CodeBlock.of("$N.sourceKey()", r.constantName()));
      }
    }
    List<CodeBlock> ordering = new ArrayList<>();
    for (String o : m.ordering()) {
      ordering.add(CodeBlock.of("$S", o));
    }
    CodeBlock m2m = manyToMany.isEmpty() ? CodeBlock.of("")
        : CodeBlock.of("$T.of($L),\n", List.class, CodeBlock.join(manyToMany, ", "));
    return MethodSpec.constructorBuilder()
        .addStatement("super($S, $S, $T.of($>$L$<),\n$T.of($L),\n$L$T.of($L),\n() -> $T.of($L))", m.simpleName(),
            m.table(), List.class, fields.build(), List.class, CodeBlock.join(fks, ", "), m2m, List.class,
            CodeBlock.join(ordering, ", "), List.class, CodeBlock.join(incoming, ", "))
        .build();
  }

  private CodeBlock fieldMeta(FieldInfo f) {
    if (f.isImplicitKey()) {
      return CodeBlock.of("$T.autoId()", Runtime.FIELD_META);
    }
    if (f.isRelation()) {
      return CodeBlock.of("$N.column()", f.relation().constantName());
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of($S, $S, $T.$L)", Runtime.FIELD_META, f.name(), f.column(),
        Runtime.SQL_TYPE, f.type().sqlType);
    if (f.maxLength() > 0) {
      b.add(".withMaxLength($L)", f.maxLength());
    }
    if (f.nullable()) {
      b.add(".asNullable()");
    }
    if (f.unique()) {
      b.add(".asUnique()");
    }
    if (f.indexed()) {
      b.add(".asIndexed()");
    }
    if (f.defaultValue() != null) {
      // an enum's default is a constant's name; the column's default is what that constant stores
      b.add(".withDefault($S)", f.choices() != null ? f.choices().codeOf(f.defaultValue()) : f.defaultValue());
    }
    if (f.choices() != null) {
      b.add(".withChoices($N)", LookupWriter.choicesName(f));
    }
    if (f.primaryKey()) {
      b.add(".asPrimaryKey($L)", f.autoIncrement());
    }
    if (f.renamedFrom() != null) {
      b.add(".withRenamedFrom($S)", f.renamedFrom());
    }
    if (f.auto() != null) {
      b.add(".withAutoNow($L)", f.auto() == FieldInfo.AutoNow.EVERY_SAVE);
    }
    if (f.conversion() != null) {
      b.add(f.conversion().json() ? ".withCodec($N)" : ".withConverter($N)", converterName(f));
    }
    return b.build();
  }

  private MethodSpec read() {
    MethodSpec.Builder b = MethodSpec.methodBuilder("read").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).addParameter(m.className(), "o").addParameter(Runtime.ROW_READER, "r");
    for (FieldInfo f : m.columns()) {
      if (f.isRelation()) {
        b.addStatement("o.$N = r.getReference($N)", f.name(), f.relation().constantName());
      } else if (f.conversion() != null) {
        b.addStatement("o.$N = r.$L($N, r.$L())", f.name(), f.conversion().json() ? "decode" : "convert",
            converterName(f), f.type().reader);
      } else if (f.choices() != null) {
        b.addStatement("o.$N = r.getChoice($T.$N)", f.name(), m.lookupName(), LookupWriter.choicesName(f));
      } else if (f.type() == ScalarType.ENUM) {
        b.addStatement("o.$N = r.getEnum($T::valueOf)", f.name(), f.javaType());
      } else {
        // a NOT NULL number needs no wasNull() call (a second native call per column on SQLite)
        boolean direct = f.primitive() || (!f.nullable() && f.type().numericOrBoolean());
        b.addStatement("o.$N = r.$L()", f.name(), f.type().reader + (direct ? "Value" : ""));
      }
    }
    return b.build();
  }

  private MethodSpec write() {
    MethodSpec.Builder b = MethodSpec.methodBuilder("write").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).addParameter(m.className(), "o").addParameter(Runtime.ROW_WRITER, "w");
    for (FieldInfo f : m.columns()) {
      if (f.primaryKey()) {
        continue;
      }
      if (f.isRelation()) {
        b.addStatement("w.setReference($N, o.$N)", f.relation().constantName(), f.name());
      } else if (f.conversion() != null) {
        b.addStatement("w.$L(w.$L($N, o.$N))", f.type().writer, f.conversion().json() ? "encode" : "convert",
            converterName(f), f.name());
      } else {
        b.addStatement("w.$L(o.$N)", f.type().writer, f.name());
      }
    }
    return b.build();
  }

  private MethodSpec pk() {
    FieldInfo pk = m.pk();
    MethodSpec.Builder b = MethodSpec.methodBuilder("pk").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(Object.class).addParameter(m.className(), "o");
    if (pk.isRelation()) {
      b.addStatement("return $N.key(o)", pk.relation().constantName()); // @OneToOne @PrimaryKey: the target's key
    } else if (pk.primitive()) {
      b.addStatement("return o.$N == 0 ? null : ($T) o.$N", pk.name(), Types.boxed(pk), pk.name());
    } else {
      b.addStatement("return o.$N", pk.name());
    }
    return b.build();
  }

  /** The unique fields by name, for a foreign key's {@code toField} in any model. */
  private MethodSpec uniqueValue(List<FieldInfo> unique) {
    MethodSpec.Builder b = MethodSpec.methodBuilder("uniqueValue").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(Object.class).addParameter(m.className(), "o")
        .addParameter(String.class, "field").beginControlFlow("switch (field)");
    for (FieldInfo f : unique) {
      b.addStatement("case $S: return o.$N", f.name(), f.name());
    }
    return b.addStatement("default: return super.uniqueValue(o, field)").endControlFlow().build();
  }

  private MethodSpec setUniqueValue(List<FieldInfo> unique) {
    MethodSpec.Builder b = MethodSpec.methodBuilder("setUniqueValue").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).addParameter(m.className(), "o").addParameter(String.class, "field")
        .addParameter(Object.class, "value").beginControlFlow("switch (field)");
    for (FieldInfo f : unique) {
      b.addCode("case $S:\n$>o.$N = ($T) value;\nbreak;\n$<", f.name(), f.name(), Types.boxed(f));
    }
    return b.addCode("default:\n$>super.setUniqueValue(o, field, value);\n$<").endControlFlow().build();
  }

  private MethodSpec setPk() {
    FieldInfo pk = m.pk();
    TypeName boxed = Types.boxed(pk);
    MethodSpec.Builder b = MethodSpec.methodBuilder("setPk").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).addParameter(m.className(), "o").addParameter(Object.class, "pk");
    if (pk.isRelation()) {
      b.addStatement("$N.setKey(o, pk)", pk.relation().constantName()); // keeps a loaded object of that key
    } else if (pk.primitive()) {
      b.addStatement("o.$N = pk == null ? 0 : ($T) pk", pk.name(), boxed);
    } else {
      b.addStatement("o.$N = ($T) pk", pk.name(), boxed);
    }
    return b.build();
  }
}
