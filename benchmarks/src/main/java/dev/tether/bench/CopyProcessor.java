package dev.tether.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of {@link ProcessorCost}: a processor that does no work of its own. In the first
 * round it writes the sources Tether's processor generated (read from {@code -Atether.bench.copyFrom})
 * through the {@code Filer}, byte for byte. What a compilation with it costs beyond
 * {@code -proc:none} is javac's own price for annotation processing that generates these files
 * (the {@code Filer}'s checks for each new file, a further round that parses and enters them, the
 * final round that enters every class again, the JIT compiling those paths), which any processor
 * generating the same files pays.
 */
@SupportedAnnotationTypes({"dev.tether.Model", "jakarta.persistence.Entity"})
@SupportedOptions(CopyProcessor.OPTION)
public final class CopyProcessor extends AbstractProcessor {
  static final String OPTION = "tether.bench.copyFrom";
  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
    if (done || env.processingOver()) {
      return false;
    }
    done = true;
    Path from = Path.of(processingEnv.getOptions().get(OPTION));
    try (Stream<Path> s = Files.walk(from)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      for (Path p : files) {
        String relative = from.relativize(p).toString();
        String name = relative.substring(0, relative.length() - ".java".length()).replace(p.getFileSystem()
            .getSeparator(), ".");
        try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          w.write(Files.readString(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
