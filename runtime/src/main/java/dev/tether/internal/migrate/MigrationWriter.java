package dev.tether.internal.migrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a migration file: pretty JSON in a fixed key order, one line per field and per simple
 * operation, so that equal operations give byte-identical files and a review reads like a diff of
 * the models. Room's exported schema JSON and Django's generated migration modules play this part.
 */
public final class MigrationWriter {
  /** The version of the file format, written first in every file. */
  static final int FORMAT = 1;

  private MigrationWriter() {}

  public static String write(List<Operation> operations) {
    return write(List.of(), operations);
  }

  /**
   * A file whose migration depends on {@code dependencies} (migrations of other apps, as
   * {@code app/name}), listed only when there are some.
   */
  public static String write(List<String> dependencies, List<Operation> operations) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("format", FORMAT);
    if (!dependencies.isEmpty()) {
      file.put("dependencies", dependencies);
    }
    file.put("operations", operations.stream().map(Operation::toJson).toList());
    return Json.write(file);
  }
}
