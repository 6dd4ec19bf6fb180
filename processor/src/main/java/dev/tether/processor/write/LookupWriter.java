package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.tether.processor.model.EnumChoices;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.model.ScalarType;
import dev.tether.processor.naming.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Article_}: a static field per column and a static method per relation hop
 * (forward and reverse), the nested {@code Path} type for arriving from other models, the
 * relation constants, and {@code META} with the generated row mapping and binding.
 */
public final class LookupWriter {
  private final Chrome chrome;

  public LookupWriter(Chrome chrome) {
    this.chrome = chrome;
  }

  public void write(ModelGraph graph, ModelInfo m) {
    ClassName model = m.className();
    TypeSpec.Builder t = TypeSpec.classBuilder(m.lookupName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(m.element())
        .addJavadoc("Lookup paths of {@link $T} for filters and ordering:\n"
            + "{@code $T.objects.filter($L_.$L)}, Django's keyword lookups in Java.\n",
            model, model, model.simpleName(), example(graph, m));
    chrome.annotate(t);
    // a field String SqlType would hide the type in `SqlType.STRING`: qualify types named like a field of X_
    t.alwaysQualify(staticNames(m).toArray(String[]::new));
    for (Relation r : graph.incoming(m)) {
      ModelInfo source = graph.model(r.source());
      if (source != null && source != m) {
        t.addOriginatingElement(source.element());
      }
    }

    for (FieldInfo f : m.fields()) {
      if (f.isRelation()) {
        t.addField(f.relation().kind() == Relation.Kind.MANY_TO_MANY
            ? manyToManyConstant(graph, m, f) : relationConstant(graph, m, f));
      }
    }
    for (FieldInfo f : m.columns()) {
      if (f.choices() != null) {
        t.addField(choicesConstant(f));
      }
    }
    TypeName meta = ParameterizedTypeName.get(Runtime.MODEL_META, model);
    t.addField(FieldSpec.builder(meta, "META", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new Meta()")
        .addJavadoc("Tether's metadata for {@link $T}; for generated code and the runtime.\n", model).build());
    TypeName rootPath = ParameterizedTypeName.get(m.lookupName().nestedClass("Path"), model);
    t.addField(FieldSpec.builder(rootPath, "ROOT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new Path<>($T.root(META))", Runtime.PATH_NODE).build());
    for (FieldInfo f : m.columns()) {
      if (f.isRelation()) {
        continue;
      }
      t.addField(FieldSpec.builder(Types.column(f, model), f.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer("ROOT.$N", f.name())
          .addJavadoc(columnDoc(m, f)).build());
    }
    if (m.isComposite()) {
      t.addField(CompositeKeyWriter.lookup(m));
    }
    for (Hop h : hops(graph, m)) {
      t.addMethod(MethodSpec.methodBuilder(h.name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(Types.pathOf(graph, h.target, model))
          .addJavadoc(h.doc)
          .addStatement("return ROOT.$N()", h.name).build());
    }
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    t.addType(path(graph, m));
    t.addType(new MetaWriter(graph, m).type());
    chrome.write(m.packageName(), t.build());
  }

  /** The name of the constant holding an enum field's choices: {@code STATUS_CHOICES}. */
  static String choicesName(FieldInfo f) {
    return Names.constant(f.name()) + "_CHOICES";
  }

  /**
   * {@code STATUS_CHOICES}: what each constant of an enum field stores, and its label (Django's
   * {@code choices}), for the field's metadata, its reads and {@code statusDisplay()}.
   */
  private static FieldSpec choicesConstant(FieldInfo f) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.<$T>builder($T.$L, $T.values().length)", Runtime.CHOICES,
        f.javaType(), Runtime.CHOICES_STORAGE, f.choices().storage(), f.javaType());
    for (EnumChoices.Constant c : f.choices().constants()) {
      b.add("\n    .add($T.$L, " + (c.code() instanceof Integer ? "$L" : "$S") + ", $S)", f.javaType(), c.name(), c.code(),
          c.label());
    }
    b.add("\n    .build()");
    return FieldSpec.builder(ParameterizedTypeName.get(Runtime.CHOICES, f.javaType()), choicesName(f), Modifier.PUBLIC,
            Modifier.STATIC, Modifier.FINAL)
        .initializer(b.build())
        .addJavadoc("What each constant of {@code $N} stores, and its label: Django's {@code choices}.\n", f.name())
        .build();
  }

  /** The names of X_'s fields, and of Path's: the columns, the relation constants, META and ROOT. */
  private static List<String> staticNames(ModelInfo m) {
    List<String> names = new ArrayList<>(List.of("META", "ROOT"));
    if (m.isComposite()) {
      names.add("pk");
    }
    for (FieldInfo f : m.fields()) {
      names.add(f.isRelation() ? f.relation().constantName() : f.name());
    }
    return names;
  }

  private static String example(ModelGraph g, ModelInfo m) {
    for (FieldInfo f : m.fields()) {
      if (f.type() == ScalarType.STRING && !f.isRelation()) {
        return f.name() + ".startsWith(\"...\")";
      }
    }
    return m.pk().name() + (m.pk().isRelation() ? "()" : "") + ".eq(...)";
  }

  private static CodeBlock columnDoc(ModelInfo m, FieldInfo f) {
    return CodeBlock.of("Column $L$L.\n", Docs.code(m.table() + "." + f.column()),
        f.primaryKey() ? ", the primary key" : f.nullable() ? ", nullable" : "");
  }

  private FieldSpec relationConstant(ModelGraph graph, ModelInfo m, FieldInfo f) {
    Relation r = f.relation();
    ClassName target = (ClassName) f.javaType();
    TypeName type = ParameterizedTypeName.get(Runtime.FOREIGN_KEY_META, m.className(), target);
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.<$T, $T>builder($S, $S, $T.$L, () -> $T.META)", Runtime.FOREIGN_KEY_META, m.className(), target,
            f.name(), f.column(), Runtime.SQL_TYPE, f.type().sqlType, Types.lookupOf(graph, r.target()))
        .add("\n.onDelete($T.$L)", Runtime.ON_DELETE, r.onDelete());
    if (r.kind() == Relation.Kind.ONE_TO_ONE) {
      init.add(".oneToOne()");
    }
    if (f.primaryKey()) {
      init.add(".primaryKey()");
    }
    if (r.toField() != null) {
      init.add(".toField($S, $L)", r.toField(), f.maxLength());
    }
    if (r.nullable()) {
      init.add(".nullable()");
    }
    if (r.defaultValue() != null) {
      init.add(".defaultValue($S)", r.defaultValue());
    }
    if (f.renamedFrom() != null) {
      init.add(".renamedFrom($S)", f.renamedFrom());
    }
    init.add("\n.related($S, $S)", r.accessorName(), r.queryName())
        .add("\n.access(o -> o.$N, (o, v) -> o.$N = v)", f.name(), f.name())
        .add("\n.build()");
    return FieldSpec.builder(type, r.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build())
        .addJavadoc("The {@code $L} $L, both ends; for generated code.\n", f.name(),
            r.kind() == Relation.Kind.ONE_TO_ONE ? "one-to-one" : "foreign key")
        .build();
  }

  private FieldSpec manyToManyConstant(ModelGraph graph, ModelInfo m, FieldInfo f) {
    Relation r = f.relation();
    ClassName target = (ClassName) f.javaType();
    ModelInfo targetModel = graph.model(r.target());
    String targetKeyType = targetModel == null ? "LONG" : targetModel.pk().type().sqlType;
    boolean self = r.selfRelation();
    TypeName type = ParameterizedTypeName.get(Runtime.MANY_TO_MANY_META, m.className(), target);
    if (r.hasThroughModel()) {
      ClassName through = Types.lookupOf(graph, r.through());
      CodeBlock.Builder init = CodeBlock.builder()
          .add("$T.<$T, $T>through($S, $S,\n() -> $T.$N, () -> $T.$N)", Runtime.MANY_TO_MANY_META, m.className(),
              target, m.simpleName(), f.name(), through, Names.constant(r.throughSource()), through,
              Names.constant(r.throughTarget()))
          .add("\n.related($S, $S)", r.accessorName(), r.queryName());
      if (r.symmetrical()) {
        init.add(".symmetrical()");
      }
      init.add("\n.build()");
      return FieldSpec.builder(type, r.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer(init.build())
          .addJavadoc("The {@code $L} many-to-many, both ends, through {@link $T} (its keys {@code $L} and\n"
              + "{@code $L}); for generated code.\n", f.name(), Types.modelOf(graph, r.through()),
              r.throughSource(), r.throughTarget())
          .build();
    }
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.<$T, $T>builder($S, $S, $S,\n$S, $T.$L, () -> $T.META,\n$S, $T.$L, () -> $T.META)",
            Runtime.MANY_TO_MANY_META, m.className(), target, m.simpleName(), f.name(),
            Names.joinTable(m.table(), f.name()),
            Names.joinSourceColumn(m.simpleName(), self), Runtime.SQL_TYPE, m.pk().type().sqlType, m.lookupName(),
            Names.joinTargetColumn(target.simpleName(), self), Runtime.SQL_TYPE, targetKeyType,
            Types.lookupOf(graph, r.target()))
        .add("\n.related($S, $S)", r.accessorName(), r.queryName());
    if (r.symmetrical()) {
      init.add(".symmetrical()");
    }
    if (f.renamedFrom() != null) {
      init.add(".renamedFrom($S)", f.renamedFrom());
    }
    init.add("\n.build()");
    return FieldSpec.builder(type, r.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build())
        .addJavadoc("The {@code $L} many-to-many, both ends, with its join table $L; for generated code.\n",
            f.name(), Docs.code(Names.joinTable(m.table(), f.name())))
        .build();
  }

  /** A relation hop from this model: forward over its relations, reverse over those pointing at it. */
  private record Hop(String name, String target, CodeBlock node, CodeBlock doc) {}

  private static List<Hop> hops(ModelGraph graph, ModelInfo m) {
    List<Hop> out = new ArrayList<>();
    for (FieldInfo f : m.fields()) {
      Relation r = f.relation();
      if (r == null) {
        continue;
      }
      CodeBlock node = r.kind() == Relation.Kind.MANY_TO_MANY
          ? CodeBlock.of("$T.$N.forwardPath(node())", m.lookupName(), r.constantName())
          : CodeBlock.of("node().forward($T.$N)", m.lookupName(), r.constantName());
      out.add(new Hop(f.name(), r.target(), node,
          CodeBlock.of("Across {@code $L} to {@link $T}: Django's {@code $L__...}.\n", f.name(),
              f.javaType(), Names.snake(f.name()))));
    }
    for (Relation r : graph.incoming(m)) {
      if (!r.hasReverse()) {
        continue;
      }
      ClassName owner = Types.lookupOf(graph, r.source());
      ClassName source = graph.model(r.source()).className();
      CodeBlock node = r.kind() == Relation.Kind.MANY_TO_MANY
          ? CodeBlock.of("$T.$N.reversePath(node())", owner, r.constantName())
          : CodeBlock.of("node().reverse($T.$N)", owner, r.constantName());
      out.add(new Hop(r.queryName(), r.source(), node,
          CodeBlock.of("Back across {@link $T#$L} to the {@link $T}s pointing here: Django's {@code $L__...}.\n",
              source, r.field(), source,
              Names.snake(r.queryName()))));
    }
    return out;
  }

  private TypeSpec path(ModelGraph graph, ModelInfo m) {
    ClassName model = m.className();
    TypeSpec.Builder p = TypeSpec.classBuilder("Path")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariable(Types.R)
        .superclass(ParameterizedTypeName.get(Runtime.MODEL_PATH, Types.R, model))
        .addJavadoc("The lookups of {@link $T} reached from model {@code R} across relations.\n"
            + "@param <R> the model being filtered\n", model);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addParameter(Runtime.PATH_NODE, "node")
        .addJavadoc("For generated code.\n")
        .addStatement("super(node)");
    for (FieldInfo f : m.columns()) {
      if (f.isRelation()) {
        continue;
      }
      TypeName col = Types.column(f, Types.R);
      p.addField(FieldSpec.builder(col, f.name(), Modifier.PUBLIC, Modifier.FINAL).addJavadoc(columnDoc(m, f)).build());
      ctor.addStatement("this.$N = new $T<>(node, META.field($S))", f.name(), Runtime.column(Types.columnClass(f)),
          f.name());
    }
    p.addMethod(ctor.build());
    for (Hop h : hops(graph, m)) {
      p.addMethod(MethodSpec.methodBuilder(h.name).addModifiers(Modifier.PUBLIC)
          .returns(Types.pathOf(graph, h.target, Types.R))
          .addJavadoc(h.doc)
          .addStatement("return new $T<>($L)", Types.lookupOf(graph, h.target).nestedClass("Path"), h.node).build());
    }
    if (m.isComposite()) {
      return p.build(); // no relation reaches a composite key (E127): no key lookups on the path
    }
    FieldInfo pk = m.pk();
    TypeName keyParam = pk.type() == ScalarType.LONG ? TypeName.LONG
        : pk.type() == ScalarType.INT ? TypeName.INT : Types.boxed(pk);
    p.addMethod(MethodSpec.methodBuilder("eq").addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Runtime.Q, Types.R))
        .addParameter(keyParam, "key")
        .addJavadoc("The related row has this key: Django's {@code field=key}.\n")
        .addStatement("return eqKey(key)").build());
    p.addMethod(MethodSpec.methodBuilder("set").addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Runtime.ASSIGNMENT, Types.R))
        .addParameter(keyParam, "key")
        .addJavadoc("{@code SET} the key column to this key, for {@code QuerySet.update(...)}: Django's\n"
            + "{@code update(field=key)}.\n")
        .addStatement("return setKey(key)").build());
    MethodSpec.Builder in = MethodSpec.methodBuilder("in").addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Runtime.Q, Types.R))
        .addJavadoc("The related row has one of these keys.\n")
        .varargs(true);
    // ModelPath boxes long and int keys, and copies any array into the lookup's list
    in.addParameter(com.palantir.javapoet.ArrayTypeName.of(keyParam), "keys").addStatement("return inKeys(keys)");
    p.addMethod(in.build());
    return p.build();
  }
}
