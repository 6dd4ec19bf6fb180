package dev.tether.internal.migrate;

import java.util.ArrayList;
import java.util.List;

/** Reads a migration file written by {@link MigrationWriter}, or by hand in the same format. */
public final class MigrationReader {
  private MigrationReader() {}

  /**
   * The migration named {@code name} of the default app held in {@code text}; throws
   * {@link IllegalArgumentException} naming {@code origin} and the place of a mistake.
   */
  public static Migration read(String name, String text, String origin) {
    return read("", name, text, origin);
  }

  /** The migration {@code name} of {@code app} held in {@code text}. */
  public static Migration read(String app, String name, String text, String origin) {
    try {
      JsonObject file = new JsonObject(Json.parse(text), name);
      int format = file.integer("format", -1);
      if (format != MigrationWriter.FORMAT) {
        throw file.error("\"format\" must be " + MigrationWriter.FORMAT + " (this Tether reads format "
            + MigrationWriter.FORMAT + ")");
      }
      List<String> dependencies = file.strings("dependencies");
      List<Operation> ops = new ArrayList<>();
      for (JsonObject o : file.objects("operations")) {
        ops.add(Operation.fromJson(o));
      }
      file.checkKeys();
      return new Migration(app, name, dependencies == null ? List.of() : dependencies, ops, Migration.checksum(text),
          origin);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("cannot read migration " + origin + ": " + e.getMessage(), e);
    }
  }
}
