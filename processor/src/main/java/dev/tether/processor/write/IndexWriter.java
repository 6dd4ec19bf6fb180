package dev.tether.processor.write;

import dev.tether.processor.read.ModuleIndex;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/** Writes the module's model index ({@link ModuleIndex}) that the next, perhaps partial, compilation reads. */
public final class IndexWriter {
  private IndexWriter() {}

  public static void write(Filer filer, Map<String, List<String>> index) {
    try (Writer w = new OutputStreamWriter(
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", ModuleIndex.PATH).openOutputStream(),
        StandardCharsets.UTF_8)) {
      w.write(ModuleIndex.format(index));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
