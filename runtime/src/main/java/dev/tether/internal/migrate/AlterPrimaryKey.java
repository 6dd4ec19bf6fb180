package dev.tether.internal.migrate;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.schema.Table;
import dev.tether.internal.schema.TableRemake;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@code fields} (existing columns, none generated) the primary key of {@code model}: a
 * composite key declared, changed or given up for one of its columns ({@code @Model(primaryKey =
 * ...)}). Rows are kept: PostgreSQL and MariaDB drop the key constraint and add the new one; SQLite
 * rebuilds the table. Django 5.2 cannot migrate a {@code CompositePrimaryKey}; Tether can, as long
 * as no column is generated and no relation points at the model.
 */
public record AlterPrimaryKey(String model, List<String> fields) implements Operation {
  public AlterPrimaryKey {
    fields = List.copyOf(fields);
  }

  @Override
  public ProjectState apply(ProjectState state) {
    ModelState m = state.model(model);
    for (FieldState f : m.keyFields()) {
      if (f.autoIncrement()) {
        throw new IllegalStateException(model + ": its key " + f.name() + " is generated; migrations cannot make"
            + " another key of it");
      }
    }
    for (String n : fields) {
      FieldState f = m.require(n);
      if (f.isManyToMany() || f.nullable()) {
        throw new IllegalStateException(f.label(model) + " cannot be in a primary key: it is "
            + (f.nullable() ? "nullable" : "a many-to-many"));
      }
    }
    for (ModelState other : state.models()) {
      for (FieldState f : other.fields()) {
        if (model.equals(f.to())) {
          throw new IllegalStateException(f.label(other.name()) + " points at " + model
              + ": migrations cannot change the key of a model that relations point at");
        }
      }
    }
    List<FieldState> out = new ArrayList<>();
    for (FieldState f : m.fields()) {
      out.add(f.isManyToMany() ? f : f.inKey(fields.contains(f.name())));
    }
    return state.with(new ModelState(m.name(), m.table(), out));
  }

  @Override
  public List<String> forwards(Dialect d, ProjectState before, ProjectState after) {
    return change(d, Tables.of(before, model), Tables.of(after, model));
  }

  @Override
  public List<String> backwards(Dialect d, ProjectState before, ProjectState after) {
    return change(d, Tables.of(after, model), Tables.of(before, model));
  }

  private static List<String> change(Dialect d, Table from, Table to) {
    if (!d.canAlterColumns()) {
      Map<String, String> copy = new LinkedHashMap<>();
      for (Table.Column c : to.columns()) {
        copy.put(c.name(), d.quote(c.name()));
      }
      return TableRemake.remake(d, from, to, copy);
    }
    return d.alterPrimaryKey(to.name(), to.keyColumns());
  }

  @Override
  public String describe() {
    return (fields.size() > 1 ? "Alter composite primary key of " : "Alter primary key of ") + Ops.simple(model)
        + " to (" + String.join(", ", fields) + ")";
  }

  @Override
  public String fragment() {
    return "alter_" + Ops.snake(Ops.simple(model)) + "_pk";
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> m = Ops.op("alterPrimaryKey", model);
    m.put("fields", fields);
    return m;
  }
}
