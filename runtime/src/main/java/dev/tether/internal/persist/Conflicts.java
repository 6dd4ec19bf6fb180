package dev.tether.internal.persist;

import dev.tether.meta.FieldMeta;
import java.util.List;

/**
 * What a bulk INSERT does with rows breaking a unique constraint: skip them ({@code update}
 * false) or update {@code set} of the row whose {@code unique} columns they repeat.
 */
public record Conflicts(boolean update, List<FieldMeta> unique, List<FieldMeta> set) {
  public Conflicts {
    unique = List.copyOf(unique);
    set = List.copyOf(set);
  }

  /** For caching statements. */
  String key() {
    return (update ? "update" : "ignore") + unique + set;
  }
}
