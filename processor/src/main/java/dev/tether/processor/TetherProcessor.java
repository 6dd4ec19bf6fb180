package dev.tether.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.tether.processor.check.ConstraintCheck;
import dev.tether.processor.check.CompositeKeyCheck;
import dev.tether.processor.check.ModelCheck;
import dev.tether.processor.check.ModuleCheck;
import dev.tether.processor.check.RelationNameCheck;
import dev.tether.processor.check.SqlNameCheck;
import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.read.ClassPathModels;
import dev.tether.processor.read.GraphBuilder;
import dev.tether.processor.read.ModelReader;
import dev.tether.processor.read.ModuleIndex;
import dev.tether.processor.write.AbstractBaseWriter;
import dev.tether.processor.write.BaseWriter;
import dev.tether.processor.write.Chrome;
import dev.tether.processor.write.HeaderWriter;
import dev.tether.processor.write.IndexWriter;
import dev.tether.processor.write.LookupWriter;
import dev.tether.processor.write.RegistryWriter;
import dev.tether.processor.write.RelationsWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * Tether's annotation processor. Each round it reads every {@code @Model} into one graph
 * (relations resolved both ways), checks the whole graph, then writes each model's base and
 * lookups and one registry. A round whose models use a type that does not exist yet (made by
 * another processor) is deferred whole, by name, to the next round ({@link Deferral}); the
 * generated bases themselves are expected to be missing. Aggregating for Gradle: the files of a model depend on
 * every model related to it.
 *
 * <p>Its output for a model does not depend on which sources are in the compilation: the module's
 * other models are read back from their class files through the index the previous compilation
 * left ({@link ModuleIndex}), and the models of other modules that relations point at from theirs
 * ({@link ClassPathModels}). A partial recompile rewrites the touched models, the module's models
 * related to them, the registry (every model of the module) and the index.
 *
 * <p>It claims Tether's annotations and {@code @Generated} (which its output carries): no other
 * processor is meant to read them, and an unclaimed annotation is a warning under
 * {@code -Xlint:processing}.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"dev.tether.Model", "dev.tether.AbstractModel", "dev.tether.Field", "dev.tether.PrimaryKey", "dev.tether.ForeignKey",
    "dev.tether.OneToOne", "dev.tether.ManyToMany", "dev.tether.Convert", "dev.tether.Json", "dev.tether.Choice", "dev.tether.Unique",
    "dev.tether.Unique.List", "dev.tether.Index", "dev.tether.Index.List", "dev.tether.Check", "dev.tether.Check.List",
    "javax.annotation.processing.Generated"})
@SupportedOptions(TetherProcessor.REGISTRY_OPTION)
public final class TetherProcessor extends AbstractProcessor {
  /** {@code -Atether.registry=com.example.AppModels} names the generated registry class. */
  static final String REGISTRY_OPTION = "tether.registry";

  private Deferral deferral;
  /** Models whose code an earlier round wrote: a later model may not point at them (E312). */
  private final Set<String> writtenModels = new HashSet<>();
  /** Every class written, so a header-only class never repeats one (which the Filer refuses). */
  private final Set<String> writtenClasses = new HashSet<>();
  private final List<String> registries = new ArrayList<>();
  /** The module of the models written (by name: elements change across rounds), checked in the final round. */
  private String module;
  /**
   * Modules whose {@code module-info.java} is part of this compilation. Only those are checked: a
   * test compilation patched into a module ({@code --patch-module}) cannot change its declaration.
   */
  private final Set<String> declaredModules = new HashSet<>();
  /** The index the previous compilation left, read with the first models; model → its targets. */
  private Map<String, List<String>> previousIndex;
  /** This compilation's index of the module's models, written in the final round. */
  private final Map<String, List<String>> index = new TreeMap<>();
  /** Models read from class files that a registry of this compilation already lists. */
  private final Set<String> listed = new HashSet<>();
  private int round;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    deferral = new Deferral(processingEnv);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
    Diagnostics diag = new Diagnostics(processingEnv.getMessager());
    if (env.processingOver()) {
      writeHeaders(deferral.finish(diag));
      if (!registries.isEmpty()) {
        new RegistryWriter(chrome(), processingEnv.getFiler()).writeServices(registries);
        if (module != null && declaredModules.contains(module)) {
          ModuleCheck.check(processingEnv.getElementUtils().getModuleElement(module), registries, diag);
        }
      }
      if (!index.isEmpty()) {
        IndexWriter.write(processingEnv.getFiler(), index);
      }
      return true;
    }
    for (Element e : env.getRootElements()) {
      if (e instanceof ModuleElement m && !m.isUnnamed()) {
        declaredModules.add(m.getQualifiedName().toString());
      }
    }
    readAbstractModels(env, diag);
    boolean stalled = deferral.stalled(env);
    Set<TypeElement> models = deferral.take();
    TypeElement modelAnnotation = processingEnv.getElementUtils().getTypeElement("dev.tether.Model");
    if (modelAnnotation != null) {
      for (Element e : env.getElementsAnnotatedWith(modelAnnotation)) {
        if (e instanceof TypeElement t) {
          models.add(t);
        }
      }
    }
    if (models.isEmpty()) {
      return true;
    }
    if (models.stream().anyMatch(t -> ModelReader.missingType(t) != null)) {
      defer(models, stalled);
      return true;
    }
    TypeElement current = null;
    try {
      ModelReader reader = new ModelReader(processingEnv.getElementUtils(), diag);
      List<ModelInfo> infos = new ArrayList<>();
      for (TypeElement t : models) {
        current = t;
        ModelInfo info = reader.read(t);
        if (info != null) {
          infos.add(info);
        }
      }
      current = null;
      if (previousIndex == null) {
        previousIndex = ModuleIndex.read(processingEnv.getFiler());
      }
      Set<String> skip = new HashSet<>(writtenModels);
      skip.addAll(listed);
      models.forEach(t -> skip.add(t.getQualifiedName().toString())); // those too broken to read as well
      ClassPathModels classPath = new ClassPathModels(processingEnv.getElementUtils(),
          new ModelReader(processingEnv.getElementUtils(), Diagnostics.silent()), infos, previousIndex.keySet(), skip);
      diag.quiet(classPath.compiled());
      diag.quiet(classPath.foreign());
      ModelGraph graph = new GraphBuilder(diag, writtenModels, classPath).build(infos);
      ModelCheck.check(graph, diag);
      RelationNameCheck.check(graph, diag);
      SqlNameCheck.check(graph, diag);
      ConstraintCheck.check(graph, diag);
      CompositeKeyCheck.check(graph, diag);
      write(models, graph, diag);
    } catch (ModelReader.MissingType e) {
      defer(models, stalled);
    } catch (RuntimeException e) {
      diag.internalError(current, e);
      writeHeaders(models);
    }
    round++;
    return true;
  }

  /** Checks this round's {@code @AbstractModel} classes and writes their (empty) generated bases. */
  private void readAbstractModels(RoundEnvironment env, Diagnostics diag) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement("dev.tether.AbstractModel");
    if (annotation == null) {
      return;
    }
    ModelReader reader = new ModelReader(processingEnv.getElementUtils(), diag);
    AbstractBaseWriter bases = new AbstractBaseWriter(chrome(), writtenClasses);
    for (Element e : env.getElementsAnnotatedWith(annotation)) {
      if (e instanceof TypeElement t) {
        try {
          reader.readAbstract(t);
        } catch (ModelReader.MissingType missing) {
          // reported with the models that inherit it, or by javac
        }
        NestingKind nesting = t.getNestingKind();
        if (nesting == NestingKind.TOP_LEVEL || nesting == NestingKind.MEMBER) {
          bases.write(t);
        }
      }
    }
  }

  /** Waits a round for the missing types, or (when nothing came last time either) gives up on them. */
  private void defer(Set<TypeElement> models, boolean stalled) {
    if (stalled) {
      deferral.giveUp(models);
      writeHeaders(models);
    } else {
      deferral.defer(models);
    }
  }

  private void write(Set<TypeElement> elements, ModelGraph graph, Diagnostics diag) {
    for (ModelInfo m : graph.moduleModels()) {
      index.put(m.qualifiedName(), m.relations().stream().map(r -> r.target()).distinct().toList());
    }
    if (diag.hasErrors()) {
      // Writing nothing would add a "cannot find symbol" per model; header-only output shows only the real errors.
      writeHeaders(elements);
      return;
    }
    Chrome chrome = chrome();
    BaseWriter bases = new BaseWriter(chrome);
    LookupWriter lookups = new LookupWriter(chrome);
    Set<String> toWrite = Related.toRewrite(graph, previousIndex);
    for (ModelInfo m : graph.models()) {
      if (!toWrite.contains(m.qualifiedName())) {
        continue;
      }
      ModuleElement of = processingEnv.getElementUtils().getModuleOf(m.element());
      module = of == null || of.isUnnamed() ? null : of.getQualifiedName().toString();
      writtenModels.add(m.qualifiedName());
      writtenClasses.add(m.baseName().canonicalName());
      writtenClasses.add(m.lookupName().canonicalName());
      bases.write(graph, m);
      lookups.write(graph, m);
    }
    new RelationsWriter(chrome, writtenClasses).write(graph);
    List<ModelInfo> unlisted = graph.moduleModels().stream().filter(m -> !listed.contains(m.qualifiedName())).toList();
    ClassName registry = RegistryWriter.name(graph, processingEnv.getOptions().get(REGISTRY_OPTION), round);
    new RegistryWriter(chrome, processingEnv.getFiler()).write(unlisted, registry);
    unlisted.forEach(m -> listed.add(m.qualifiedName()));
    registries.add(registry.canonicalName());
  }

  private void writeHeaders(Set<TypeElement> models) {
    HeaderWriter headers = new HeaderWriter(chrome(), writtenClasses);
    for (TypeElement t : models) {
      NestingKind nesting = t.getNestingKind();
      if (nesting == NestingKind.TOP_LEVEL || nesting == NestingKind.MEMBER) {
        writtenModels.add(t.getQualifiedName().toString());
        headers.write(ClassName.get(t), t, ModelReader.inheritsOf(t));
      }
    }
  }

  private Chrome chrome() {
    return new Chrome(processingEnv.getFiler(), processingEnv.getElementUtils());
  }
}
