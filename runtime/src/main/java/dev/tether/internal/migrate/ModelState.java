package dev.tether.internal.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One model as migrations record it: its name (the class's simple name), table and fields, columns
 * in table order and then its many-to-manys. Django's {@code ModelState}. Immutable.
 */
public record ModelState(String name, String table, List<FieldState> fields) {
  public ModelState {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    fields = List.copyOf(fields);
    for (int i = 0; i < fields.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (fields.get(i).name().equals(fields.get(j).name())) {
          throw new IllegalStateException(name + " has two fields named " + fields.get(i).name());
        }
      }
    }
  }

  /** The field named {@code name}, or null. */
  public FieldState field(String fieldName) {
    for (FieldState f : fields) {
      if (f.name().equals(fieldName)) {
        return f;
      }
    }
    return null;
  }

  /** The field named {@code name}; throws naming the model when there is none. */
  FieldState require(String fieldName) {
    FieldState f = field(fieldName);
    if (f == null) {
      throw new IllegalStateException(name + " has no field " + fieldName);
    }
    return f;
  }

  /** The primary key's fields in table order: several for a composite key. */
  public List<FieldState> keyFields() {
    return fields.stream().filter(FieldState::primaryKey).toList();
  }

  /** The primary key; for a composite key, its first field. */
  public FieldState pk() {
    for (FieldState f : fields) {
      if (f.primaryKey()) {
        return f;
      }
    }
    throw new IllegalStateException(name + " has no primary key");
  }

  ModelState withTable(String newTable) {
    return new ModelState(name, newTable, fields);
  }

  /** Adds {@code f}: a column after the other columns, a many-to-many at the end. */
  ModelState withField(FieldState f) {
    if (field(f.name()) != null) {
      throw new IllegalStateException(name + " already has a field " + f.name());
    }
    List<FieldState> out = new ArrayList<>(fields);
    int at = out.size();
    if (!f.isManyToMany()) {
      while (at > 0 && out.get(at - 1).isManyToMany()) {
        at--;
      }
    }
    out.add(at, f);
    return new ModelState(name, table, out);
  }

  ModelState withoutField(String fieldName) {
    require(fieldName);
    List<FieldState> out = new ArrayList<>(fields);
    out.removeIf(f -> f.name().equals(fieldName));
    return new ModelState(name, table, out);
  }

  /** Replaces the field named {@code oldName} by {@code f}, in place. */
  ModelState replacing(String oldName, FieldState f) {
    require(oldName);
    if (!oldName.equals(f.name()) && field(f.name()) != null) {
      throw new IllegalStateException(name + " already has a field " + f.name());
    }
    List<FieldState> out = new ArrayList<>(fields);
    out.replaceAll(x -> x.name().equals(oldName) ? f : x);
    return new ModelState(name, table, out);
  }
}
