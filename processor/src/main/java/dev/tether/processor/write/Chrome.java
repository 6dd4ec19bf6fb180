package dev.tether.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Deterministic file chrome ({@code @Generated} naming the processor, no wildcard imports) and the
 * writing of generated files: each rendered into a string, then written to the Filer at once
 * (JavaPoet writing token by token into the Filer's unbuffered writer cost as much as rendering).
 */
public final class Chrome {
  static final String PROCESSOR = "dev.tether.processor.TetherProcessor";
  private final Filer filer;
  private final boolean hasGenerated;

  public Chrome(Filer filer, Elements elements) {
    this.filer = filer;
    this.hasGenerated = elements.getTypeElement("javax.annotation.processing.Generated") != null;
  }

  void annotate(TypeSpec.Builder type) {
    if (hasGenerated) {
      type.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", PROCESSOR).build());
    }
  }

  /**
   * Writes {@code type} as a source file of {@code packageName}: rendered into one string first,
   * then handed to the Filer in one write.
   */
  void write(String packageName, TypeSpec type) {
    JavaFile f = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    try {
      JavaFileObject file = filer.createSourceFile(name, type.originatingElements().toArray(new Element[0]));
      try (Writer w = file.openWriter()) {
        w.write(render(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's text: JavaPoet's two passes (imports, then code) into one buffer. */
  private static String render(JavaFile f) {
    StringBuilder b = new StringBuilder(16384);
    try {
      f.writeTo(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return b.toString();
  }
}
