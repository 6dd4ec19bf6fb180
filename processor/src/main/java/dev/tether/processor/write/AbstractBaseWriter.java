package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tether.processor.naming.Names;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code TimestampedModel}, the generated base of an {@code @AbstractModel}: empty, it only
 * links the abstract class to the runtime's {@code Entity}. The fields stay in the user's class;
 * each model inheriting it reads and writes them in its own generated code, so the chain is
 * {@code Article extends ArticleModel extends Timestamped extends TimestampedModel extends Entity}.
 */
public final class AbstractBaseWriter {
  private final Chrome chrome;
  private final Set<String> written;

  /** @param written the names of the classes written so far, updated here */
  public AbstractBaseWriter(Chrome chrome, Set<String> written) {
    this.chrome = chrome;
    this.written = written;
  }

  public void write(TypeElement abstractModel) {
    ClassName type = ClassName.get(abstractModel);
    ClassName base = Names.base(type);
    if (!written.add(base.canonicalName())) {
      return;
    }
    TypeSpec.Builder t = TypeSpec.classBuilder(base)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .superclass(Runtime.ENTITY)
        .addOriginatingElement(abstractModel)
        .addJavadoc("Generated base of the abstract model {@link $T}: empty. Declare it as\n"
            + "{@code abstract class $L extends $L}; each model naming it in {@code @Model(inherits = ...)}\n"
            + "gets its fields as columns of its own table (Django's {@code abstract = True}).\n",
            type, type.simpleName(), base.simpleName())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
            .addJavadoc("For {@link $T} only.\n", type).build());
    chrome.annotate(t);
    chrome.write(base.packageName(), t.build());
  }
}
