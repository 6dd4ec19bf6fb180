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
import dev.tether.processor.naming.Names;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ArticleModel}, the generated base each model extends: the default manager, key
 * accessors, relation accessors both ways, bean accessors and the nested exceptions, all typed to
 * the model. Every member is one delegation to the runtime. What every model has alike (save,
 * delete, refreshFromDb, fullClean, the lifecycle hooks, equals and hashCode) is inherited from the
 * runtime's {@code Entity}, which the constructor ties to the model's metadata.
 */
public final class BaseWriter {
  private final Chrome chrome;

  public BaseWriter(Chrome chrome) {
    this.chrome = chrome;
  }

  public void write(ModelGraph graph, ModelInfo m) {
    ClassName model = m.className();
    ClassName lookup = m.lookupName();
    FieldInfo pk = m.pk();
    TypeName key = Types.keyType(m);
    TypeSpec.Builder t = TypeSpec.classBuilder(m.baseName())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .superclass(m.inherits() == null ? Runtime.ENTITY : ClassName.get(m.inherits()))
        .addOriginatingElement(m.element())
        .addJavadoc("Generated base of {@link $T}: its default manager, persistence and relations.\n"
            + "Declare the model as {@code class $L extends $L}.\n", model, model.simpleName(), m.baseName().simpleName());
    chrome.annotate(t);
    if (m.inherits() != null) {
      t.addOriginatingElement(m.inherits());
    }
    for (Relation r : graph.incoming(m)) {
      ModelInfo source = graph.model(r.source());
      if (source != null && source != m) {
        t.addOriginatingElement(source.element());
      }
    }

    t.addField(FieldSpec.builder(ParameterizedTypeName.get(Runtime.MANAGER, model), "objects",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>($T.META)", Runtime.MANAGER, lookup)
        .addJavadoc("The default manager, Django's {@code $L.objects}: queries on the default database.\n",
            model.simpleName())
        .build());
    if (pk.isImplicitKey()) {
      t.addField(FieldSpec.builder(key, "id")
          .addJavadoc("The implicit auto-increment primary key, column {@code id}.\n").build());
    }
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
        .addJavadoc("For {@link $T} only. Sets the declared {@code defaultValue}s, as Django does when it\n"
            + "builds an instance.\n", model)
        .addStatement("$T.META.adopt(this)", lookup);
    for (FieldInfo f : m.columns()) {
      if (f.defaultValue() != null && !f.isRelation()) {
        ctor.addStatement("(($T) this).$N = $L", model, f.name(), Defaults.expression(f));
      }
    }
    t.addMethod(ctor.build());

    if (m.isComposite()) {
      t.addType(CompositeKeyWriter.record(m));
    }
    if (pk.name().equals("id") && !m.isComposite()) {
      t.addMethod(MethodSpec.methodBuilder("id").addModifiers(Modifier.PUBLIC, Modifier.FINAL).returns(key)
          .addJavadoc("The primary key, {@code null} before the first save.\n")
          .addStatement("return ($T) $T.META.pk(($T) this)", key, lookup, model).build());
    }
    t.addMethod(MethodSpec.methodBuilder("pk").addModifiers(Modifier.PUBLIC, Modifier.FINAL).returns(key)
        .addJavadoc(m.isComposite()
            ? "The composite primary key ($L), {@code null} while a part of it is unset. Django's {@code pk}.\n"
            : "The primary key ({@code $L}), {@code null} before the first save. Django's {@code pk}.\n",
            m.isComposite() ? String.join(", ", m.primaryKey()) : pk.name())
        .addStatement("return ($T) $T.META.pk(($T) this)", key, lookup, model).build());
    // not an overload of save(): obj::save must stay an unambiguous method reference
    t.addMethod(MethodSpec.methodBuilder("saveFields").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(SafeVarargs.class)
        .addParameter(com.palantir.javapoet.ArrayTypeName.of(ParameterizedTypeName.get(Runtime.FIELD_PATH, model)),
            "fields").varargs(true)
        .addJavadoc("Updates only these columns of this row: Django's {@code save(update_fields=[...])}. Calls\n"
            + "{@code beforeSave()}/{@code afterSave(false)}; no key is an IllegalStateException, and no row\n"
            + "updated a {@link dev.tether.TetherException} (\"Save with update_fields did not affect any rows\").\n")
        .addStatement("$T<$T<?>> columns = new $T<>()", ClassName.get(java.util.List.class), Runtime.FIELD_PATH,
            ClassName.get(java.util.ArrayList.class))
        .addStatement("for ($T<$T> f : fields) columns.add(f)", Runtime.FIELD_PATH, model)
        .addStatement("$T.save($T.META, ($T) this, columns)", Runtime.DEFERRED, lookup, model).build());
    for (FieldInfo f : m.fields()) {
      Relation r = f.relation();
      if (r == null) {
        continue;
      }
      if (r.kind() == Relation.Kind.MANY_TO_MANY) {
        ClassName target = (ClassName) f.javaType();
        t.addMethod(MethodSpec.methodBuilder(f.name()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(Types.manyManager(graph, r, target))
            .addJavadoc("The {@link $T}s related to this object through $L: a query set with\n"
                + "{@code add}, {@code remove}, {@code clear}, {@code set} and {@code create}$L.\n"
                + "Django's {@code $L.$L}.\n", target, r.hasThroughModel()
                    ? CodeBlock.of("{@link $T} rows", Types.modelOf(graph, r.through()))
                    : Docs.code(Names.joinTable(m.table(), f.name())),
                r.symmetrical() ? " (symmetrical: adding b to a also adds a to b)" : "",
                Names.lowerCamel(model.simpleName()), Names.snake(f.name()))
            .addStatement("return $T.$L.forward(($T) this$L)", lookup, r.constantName(), model,
                Types.throughArg(graph, r)).build());
        continue;
      }
      ClassName target = (ClassName) f.javaType();
      TypeName targetKey = Types.boxed(f);
      t.addMethod(MethodSpec.methodBuilder(f.name()).addModifiers(Modifier.PUBLIC, Modifier.FINAL).returns(target)
          .addJavadoc("The related {@link $T} ($L), loaded with one query on first use, then cached;\n"
              + "$L Django's {@code $L.$L}.\n", target, Docs.code(f.column()),
              f.nullable() ? "{@code null} when the key is NULL."
                  : "never null: if it was never set, {@code $T.RelatedObjectDoesNotExist} (a\n"
                  .replace("$T", target.simpleName()) + "{@code " + target.simpleName() + ".DoesNotExist}).",
              Names.lowerCamel(model.simpleName()), Names.snake(f.name()))
          .addStatement("return $T.$L.load(($T) this)", lookup, r.constantName(), model).build());
      t.addMethod(MethodSpec.methodBuilder(Names.keyAccessor(f.name())).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .returns(targetKey)
          .addJavadoc("The key stored in $L, without a query. Django's $L.\n", Docs.code(f.column()),
              Docs.code(f.column()))
          .addStatement("return ($T) $T.$L.key(($T) this)", targetKey, lookup, r.constantName(), model).build());
      t.addMethod(MethodSpec.methodBuilder(Names.keySetter(f.name())).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .addParameter(targetKey, "key")
          .addJavadoc("Points {@code $L} at the row with this key (saved by {@link #save()}),\n"
              + "dropping a loaded object unless the key is the same. Django's $L.\n", f.name(),
              Docs.code(f.column() + " = key"))
          .addStatement("$T.$L.setKey(($T) this, key)", lookup, r.constantName(), model).build());
    }

    BeanAccessors.add(t, m);

    for (Relation r : graph.incoming(m)) {
      if (!r.hasReverse()) {
        continue;
      }
      ClassName source = graph.model(r.source()).className();
      ClassName sourceLookup = Types.lookupOf(graph, r.source());
      if (r.kind() == Relation.Kind.MANY_TO_MANY) {
        t.addMethod(MethodSpec.methodBuilder(r.accessorName()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(Types.manyManager(graph, r, source))
            .addJavadoc("The {@link $T}s whose {@code $L} include this object: a query set with {@code add},\n"
                + "{@code remove}, {@code clear}, {@code set} and {@code create}. Django's {@code $L.$L}.\n",
                source, r.field(), Names.lowerCamel(model.simpleName()),
                r.relatedName().isEmpty() ? Names.snake(Names.lowerCamel(source.simpleName())) + "_set" : r.relatedName())
            .addStatement("return $T.$L.reverse(($T) this$L)", sourceLookup, r.constantName(), model,
                Types.throughArg(graph, r)).build());
        continue;
      }
      if (r.kind() == Relation.Kind.ONE_TO_ONE) {
        t.addMethod(MethodSpec.methodBuilder(r.accessorName()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(source)
            .addJavadoc("The {@link $T} whose {@code $L} is this object (one query, then cached).\n"
                + "Django's {@code $L.$L}.\n"
                + "@throws $T.DoesNotExist if there is none\n", source, r.field(),
                Names.lowerCamel(model.simpleName()), r.accessorName(), source)
            .addStatement("return $T.$L.reverseOne(($T) this)", sourceLookup, r.constantName(), model).build());
      } else {
        t.addMethod(MethodSpec.methodBuilder(r.accessorName()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(ParameterizedTypeName.get(Runtime.RELATED_MANAGER, source))
            .addJavadoc("The {@link $T}s whose {@code $L} is this object: a query set with\n"
                + "{@code create}, {@code add}, {@code set}$L. Django's {@code $L.$L}.\n", source, r.field(),
                r.nullable() ? ", {@code remove} and {@code clear}" : "",
                Names.lowerCamel(model.simpleName()),
                r.relatedName().isEmpty() ? Names.snake(Names.lowerCamel(source.simpleName())) + "_set" : r.relatedName())
            .addStatement("return $T.$L.related(($T) this)", sourceLookup, r.constantName(), model).build());
      }
    }

    t.addType(exception("DoesNotExist", Runtime.OBJECT_DOES_NOT_EXIST,
        "Thrown when a query for one {@link $T} finds none. Django's {@code $L.DoesNotExist}.\n", model));
    t.addType(exception("RelatedObjectDoesNotExist", m.baseName().nestedClass("DoesNotExist"),
        "Thrown when a relation to {@link $T} that may not be null is read before it was set, or\n"
            + "when a reverse one-to-one to it finds none; a {@code $L.DoesNotExist}. Django's\n"
            + "{@code RelatedObjectDoesNotExist}.\n", model));
    t.addType(exception("MultipleObjectsReturned", Runtime.MULTIPLE_OBJECTS_RETURNED,
        "Thrown when {@code get()} finds several {@link $T}s. Django's {@code $L.MultipleObjectsReturned}.\n", model));
    chrome.write(m.packageName(), t.build());
  }

  /** {@code X.DoesNotExist} or {@code X.MultipleObjectsReturned}, nested in the base so users reach it as {@code X.Name}. */
  static TypeSpec exception(String name, ClassName parent, String doc, ClassName model) {
    return TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .superclass(parent)
        .addJavadoc(doc, model, model.simpleName())
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addParameter(String.class, "message")
            .addStatement("super(message)").build())
        .build();
  }
}
