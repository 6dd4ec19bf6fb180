package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the compilation's model registry, which {@code Database.migrate()} finds through
 * {@code ServiceLoader}, and its {@code META-INF/services} entry.
 */
public final class RegistryWriter {
  private final Chrome chrome;
  private final Filer filer;

  public RegistryWriter(Chrome chrome, Filer filer) {
    this.chrome = chrome;
    this.filer = filer;
  }

  /** The registry's name: {@code option} when set, else {@code TetherModels} in the first model's package. */
  public static ClassName name(ModelGraph graph, String option, int round) {
    if (option != null && !option.isBlank()) {
      ClassName c = ClassName.bestGuess(option.trim());
      return round == 0 ? c : c.peerClass(c.simpleName() + round);
    }
    String pkg = graph.moduleModels().get(0).packageName();
    return ClassName.get(pkg, round == 0 ? "TetherModels" : "TetherModels" + round);
  }

  public void write(ModelGraph graph, ClassName name) {
    write(graph.moduleModels(), name);
  }

  /** A registry of {@code models}: this module's, whether compiled now or read from its class files. */
  public void write(List<ModelInfo> models, ClassName name) {
    List<CodeBlock> metas = new ArrayList<>();
    TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Runtime.MODEL_REGISTRY)
        .addJavadoc("The models of this compilation, for {@code Database.migrate()}.\n");
    chrome.annotate(t);
    for (ModelInfo m : models) {
      metas.add(CodeBlock.of("$T.META", m.lookupName()));
      t.addOriginatingElement(m.element());
    }
    t.addMethod(MethodSpec.methodBuilder("models").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class),
            ParameterizedTypeName.get(Runtime.MODEL_META, WildcardTypeName.subtypeOf(Object.class))))
        .addStatement("return $T.of($L)", List.class, CodeBlock.join(metas, ", ")).build());
    chrome.write(name.packageName(), t.build());
  }

  /** The {@code META-INF/services} file listing every registry written. */
  public void writeServices(List<String> registries) {
    try {
      FileObject f = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
          "META-INF/services/dev.tether.meta.ModelRegistry");
      try (Writer w = new java.io.OutputStreamWriter(f.openOutputStream(), StandardCharsets.UTF_8)) {
        for (String r : registries) {
          w.write(r);
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
