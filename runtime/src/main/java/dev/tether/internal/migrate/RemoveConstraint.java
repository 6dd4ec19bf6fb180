package dev.tether.internal.migrate;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.schema.SchemaSql;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drops a {@code @Unique}, {@code @Check} ({@code "op": "removeConstraint"}) or {@code @Index}
 * ({@code "op": "removeIndex"}) by name, its rows kept; reversing creates it again from the state
 * before. Django's {@code RemoveConstraint} and {@code RemoveIndex}.
 *
 * @param index whether it removes an index (how the file names the operation)
 */
public record RemoveConstraint(String model, String name, boolean index) implements Operation {
  @Override
  public ProjectState apply(ProjectState state) {
    ModelState m = state.model(model);
    if (m.constraint(name) != null && m.constraint(name).isIndex() != index) {
      throw new IllegalStateException(Ops.simple(model) + "." + name + " is " + (index ? "a constraint: use"
          + " removeConstraint" : "an index: use removeIndex"));
    }
    return state.with(m.withoutConstraint(name));
  }

  @Override
  public List<String> forwards(Dialect d, ProjectState before, ProjectState after) {
    return SchemaSql.dropConstraint(d, Tables.of(before, model), Tables.of(after, model),
        before.model(model).constraint(name));
  }

  @Override
  public List<String> backwards(Dialect d, ProjectState before, ProjectState after) {
    return SchemaSql.addConstraint(d, Tables.of(after, model), Tables.of(before, model),
        before.model(model).constraint(name));
  }

  @Override
  public String describe() {
    return (index ? "Remove index " : "Remove constraint ") + name + " from model " + Ops.simple(model);
  }

  @Override
  public String fragment() {
    return "remove_" + Ops.snake(Ops.simple(model)) + "_" + name.toLowerCase(Locale.ROOT);
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> m = Ops.op(index ? "removeIndex" : "removeConstraint", model);
    m.put("name", name);
    return m;
  }
}
