package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tether.processor.naming.Names;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Header-only output for a model that cannot be generated (a round with errors, or a type that
 * never resolved): a base with no members but the nested exceptions, and an {@code X_} holding
 * only an empty generic {@code Path}. Every model {@code extends} its base and user code may name
 * {@code X.DoesNotExist} or {@code X_.Path<R>} in signatures, so without these javac would add a
 * "cannot find symbol" per use to the real errors.
 */
public final class HeaderWriter {
  private final Chrome chrome;
  private final Set<String> written;

  /** @param written the names of the classes written so far, updated here, so a name is never written twice */
  public HeaderWriter(Chrome chrome, Set<String> written) {
    this.chrome = chrome;
    this.written = written;
  }

  /** Writes the header-only base and lookups of {@code model}, unless a class of either name exists already. */
  public void write(ClassName model, Element origin) {
    write(model, origin, null);
  }

  /** As {@link #write(ClassName, Element)}, the base extending {@code inherits} (an abstract model) when not null. */
  public void write(ClassName model, Element origin, ClassName inherits) {
    ClassName base = Names.base(model);
    ClassName lookup = Names.lookup(model);
    if (!written.add(base.canonicalName()) | !written.add(lookup.canonicalName())) {
      return;
    }
    TypeSpec.Builder b = TypeSpec.classBuilder(base)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .superclass(inherits == null ? Runtime.ENTITY : inherits)
        .addOriginatingElement(origin)
        .addJavadoc("Generated base of {@link $T}, left empty: this compilation has errors, which Tether\n"
            + "reported on the models.\n", model);
    chrome.annotate(b);
    b.addType(BaseWriter.exception("DoesNotExist", Runtime.OBJECT_DOES_NOT_EXIST,
        "Thrown when a query for one {@link $T} finds none. Django's {@code $L.DoesNotExist}.\n", model));
    b.addType(BaseWriter.exception("RelatedObjectDoesNotExist", base.nestedClass("DoesNotExist"),
        "A {@link $T} relation never set. Django's {@code $L.RelatedObjectDoesNotExist}.\n", model));
    b.addType(BaseWriter.exception("MultipleObjectsReturned", Runtime.MULTIPLE_OBJECTS_RETURNED,
        "Thrown when {@code get()} finds several {@link $T}s. Django's {@code $L.MultipleObjectsReturned}.\n", model));
    chrome.write(base.packageName(), b.build());

    TypeSpec.Builder l = TypeSpec.classBuilder(lookup)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(origin)
        .addJavadoc("Lookup paths of {@link $T}, left empty: this compilation has errors, which Tether\n"
            + "reported on the models.\n", model)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addType(TypeSpec.classBuilder("Path")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addTypeVariable(Types.R)
            .addJavadoc("Left empty, as {@link $T} is.\n"
                + "@param <R> the model being filtered\n", lookup)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .build());
    chrome.annotate(l);
    chrome.write(lookup.packageName(), l.build());
  }
}
