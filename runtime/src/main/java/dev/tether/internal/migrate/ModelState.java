package dev.tether.internal.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.tether.internal.schema.Condition;
import dev.tether.meta.TableConstraint;

/**
 * One model as migrations record it: its name (the class's simple name), table and fields, columns
 * in table order and then its many-to-manys, and its {@code @Unique}, {@code @Index} and
 * {@code @Check} declarations (Django's {@code options["constraints"]} and {@code ["indexes"]}).
 * Django's {@code ModelState}. Immutable.
 */
public record ModelState(String name, String table, List<FieldState> fields, List<TableConstraint> constraints) {
  public ModelState {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    fields = List.copyOf(fields);
    constraints = List.copyOf(constraints);
    for (int i = 0; i < fields.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (fields.get(i).name().equals(fields.get(j).name())) {
          throw new IllegalStateException(name + " has two fields named " + fields.get(i).name());
        }
      }
    }
  }

  /** A model without declared constraints or indexes. */
  public ModelState(String name, String table, List<FieldState> fields) {
    this(name, table, fields, List.of());
  }

  /** The declaration named {@code name}, or null. */
  public TableConstraint constraint(String constraintName) {
    for (TableConstraint c : constraints) {
      if (c.name().equals(constraintName)) {
        return c;
      }
    }
    return null;
  }

  ModelState withConstraint(TableConstraint c) {
    if (constraint(c.name()) != null) {
      throw new IllegalStateException(name + " already has a constraint or index named " + c.name());
    }
    for (String f : c.fieldNames()) {
      require(f);
    }
    if (c.condition() != null) {
      for (String f : Condition.fields(c.condition())) {
        require(f);
      }
    }
    List<TableConstraint> out = new ArrayList<>(constraints);
    out.add(c);
    return new ModelState(name, table, fields, out);
  }

  ModelState withoutConstraint(String constraintName) {
    if (constraint(constraintName) == null) {
      throw new IllegalStateException(name + " has no constraint or index named " + constraintName);
    }
    List<TableConstraint> out = new ArrayList<>(constraints);
    out.removeIf(c -> c.name().equals(constraintName));
    return new ModelState(name, table, fields, out);
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
    return new ModelState(name, newTable, fields, constraints);
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
    return new ModelState(name, table, out, constraints);
  }

  ModelState withoutField(String fieldName) {
    require(fieldName);
    List<FieldState> out = new ArrayList<>(fields);
    out.removeIf(f -> f.name().equals(fieldName));
    for (TableConstraint c : constraints) {
      if (c.fieldNames().contains(fieldName)
          || c.condition() != null && Condition.fields(c.condition()).contains(fieldName)) {
        throw new IllegalStateException(name + "." + fieldName + " is used by " + c.name()
            + ": remove the constraint or index first");
      }
    }
    return new ModelState(name, table, out, constraints);
  }

  /** Replaces the field named {@code oldName} by {@code f}, in place. */
  ModelState replacing(String oldName, FieldState f) {
    require(oldName);
    if (!oldName.equals(f.name()) && field(f.name()) != null) {
      throw new IllegalStateException(name + " already has a field " + f.name());
    }
    List<FieldState> out = new ArrayList<>(fields);
    out.replaceAll(x -> x.name().equals(oldName) ? f : x);
    List<TableConstraint> cs = constraints;
    if (!oldName.equals(f.name())) { // a renamed field: the declarations naming it follow
      cs = constraints.stream().map(c -> renamed(c, oldName, f.name())).toList();
    }
    return new ModelState(name, table, out, cs);
  }

  private static TableConstraint renamed(TableConstraint c, String from, String to) {
    List<String> fields = c.fields().stream()
        .map(x -> x.equals(from) ? to : x.equals("-" + from) ? "-" + to : x).toList();
    String condition = c.condition() == null ? null : Condition.rename(c.condition(), from, to);
    return new TableConstraint(c.kind(), c.name(), fields, condition);
  }
}
