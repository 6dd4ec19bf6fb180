package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.naming.Names;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ReporterRelations_}: the reverse side of this module's relations to a model
 * compiled in another module, whose base cannot gain {@code commentSet()}. One class per target
 * and package of the models pointing at it, beside them: {@code ReporterRelations_.commentSet(reporter)}
 * is Django's {@code reporter.comment_set}, {@code ReporterRelations_.comment()} its
 * {@code comment__} lookups.
 */
public final class RelationsWriter {
  private final Chrome chrome;
  private final Set<String> written;

  /** @param written every class written so far in this compilation; extended with those written here */
  public RelationsWriter(Chrome chrome, Set<String> written) {
    this.chrome = chrome;
    this.written = written;
  }

  /** The entry point for {@code target} in {@code pkg}: {@code pkg.ReporterRelations_}. */
  public static ClassName name(String pkg, ModelInfo target) {
    return ClassName.get(pkg, target.simpleName() + "Relations_");
  }

  /** Writes the entry points of every foreign model this module's models point at. */
  public void write(ModelGraph graph) {
    for (ModelInfo target : graph.foreignModels()) {
      Map<String, List<Relation>> byPackage = new TreeMap<>();
      for (Relation r : graph.incoming(target)) {
        ModelInfo source = graph.model(r.source());
        if (r.hasReverse() && graph.origin(source) != ModelGraph.Origin.FOREIGN) {
          byPackage.computeIfAbsent(source.packageName(), p -> new java.util.ArrayList<>()).add(r);
        }
      }
      byPackage.forEach((pkg, relations) -> {
        ClassName name = name(pkg, target);
        if (written.add(name.canonicalName())) {
          write(graph, target, name, relations);
        }
      });
    }
  }

  private void write(ModelGraph graph, ModelInfo target, ClassName name, List<Relation> relations) {
    ClassName model = target.className();
    Relation first = relations.get(0);
    TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The reverse side of the relations of this package's models to {@link $T}, which is\n"
            + "compiled in another module and so cannot gain these members itself:\n"
            + "{@code $T.$L(x)} is Django's {@code x.$L}, {@code $T.$L()} its {@code $L__} lookups.\n",
            model, name, first.accessorName(), reverseName(graph, first), name, first.queryName(),
            Names.snake(first.queryName()));
    chrome.annotate(t);
    for (Relation r : relations) {
      t.addOriginatingElement(graph.model(r.source()).element());
    }
    for (Relation r : relations) {
      t.addMethod(accessor(graph, model, r));
    }
    for (Relation r : relations) {
      ModelInfo source = graph.model(r.source());
      ClassName lookup = source.lookupName();
      TypeName rootPath = ParameterizedTypeName.get(lookup.nestedClass("Path"), model);
      t.addMethod(MethodSpec.methodBuilder(r.queryName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(rootPath)
          .addJavadoc("From {@link $T} back across {@link $T#$L} to the {@link $T}s pointing at it: Django's\n"
              + "{@code $L__...}, as in {@code $T.objects.filter($T.$L().pk.eq(...))}.\n", model, source.className(),
              r.field(), source.className(), Names.snake(r.queryName()), model, name, r.queryName())
          .addStatement("return new $T<>($L)", lookup.nestedClass("Path"),
              node(r, lookup, CodeBlock.of("$T.root($T.META)", Runtime.PATH_NODE, target.lookupName())))
          .build());
      TypeName fromPath = ParameterizedTypeName.get(target.lookupName().nestedClass("Path"), Types.R);
      t.addMethod(MethodSpec.methodBuilder(r.queryName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addTypeVariable(Types.R)
          .returns(ParameterizedTypeName.get(lookup.nestedClass("Path"), Types.R))
          .addParameter(fromPath, "from")
          .addJavadoc("Continues a path that arrived at {@link $T} back across {@link $T#$L}: Django's\n"
              + "{@code ...__$L__...}.\n", model, source.className(), r.field(), Names.snake(r.queryName()))
          .addStatement("return new $T<>($L)", lookup.nestedClass("Path"),
              node(r, lookup, CodeBlock.of("from.node()")))
          .build());
    }
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    chrome.write(name.packageName(), t.build());
  }

  private static CodeBlock node(Relation r, ClassName lookup, CodeBlock from) {
    return r.kind() == Relation.Kind.MANY_TO_MANY
        ? CodeBlock.of("$T.$N.reversePath($L)", lookup, r.constantName(), from)
        : CodeBlock.of("$L.reverse($T.$N)", from, lookup, r.constantName());
  }

  private static MethodSpec accessor(ModelGraph graph, ClassName model, Relation r) {
    ModelInfo source = graph.model(r.source());
    ClassName lookup = source.lookupName();
    String owner = Names.lowerCamel(model.simpleName());
    MethodSpec.Builder b = MethodSpec.methodBuilder(r.accessorName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(model, owner);
    String django = owner + "." + reverseName(graph, r);
    switch (r.kind()) {
      case MANY_TO_MANY -> b.returns(Types.manyManager(graph, r, source.className()))
          .addJavadoc("The {@link $T}s whose {@code $L} include {@code $L}: a query set with {@code add},\n"
              + "{@code remove}, {@code clear}, {@code set} and {@code create}. Django's {@code $L}.\n",
              source.className(), r.field(), owner, django)
          .addStatement("return $T.$N.reverse($N$L)", lookup, r.constantName(), owner, Types.throughArg(graph, r));
      case ONE_TO_ONE -> b.returns(source.className())
          .addJavadoc("The {@link $T} whose {@code $L} is {@code $L} (one query, then cached). Django's {@code $L}.\n"
              + "@throws $T.DoesNotExist if there is none\n", source.className(), r.field(), owner, django,
              source.className())
          .addStatement("return $T.$N.reverseOne($N)", lookup, r.constantName(), owner);
      default -> b.returns(ParameterizedTypeName.get(Runtime.RELATED_MANAGER, source.className()))
          .addJavadoc("The {@link $T}s whose {@code $L} is {@code $L}: a query set with {@code create},\n"
              + "{@code add}, {@code set}. Django's {@code $L}.\n", source.className(), r.field(), owner, django)
          .addStatement("return $T.$N.related($N)", lookup, r.constantName(), owner);
    }
    return b.build();
  }

  private static String reverseName(ModelGraph graph, Relation r) {
    if (!r.relatedName().isEmpty()) {
      return r.relatedName();
    }
    String source = Names.lowerCamel(graph.model(r.source()).simpleName());
    return r.kind() == Relation.Kind.ONE_TO_ONE ? Names.snake(source) : Names.snake(source) + "_set";
  }
}
