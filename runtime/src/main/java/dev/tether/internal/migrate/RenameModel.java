package dev.tether.internal.migrate;

import dev.tether.internal.dialect.Dialect;
import java.util.List;
import java.util.Map;

/**
 * A model class renamed or moved to another package while its table stays: the project state
 * follows (relations pointing at it included), the database has nothing to do. Written when a
 * model disappears and another appears on the same table. Django's {@code RenameModel}, for a
 * model whose table is fixed.
 */
public record RenameModel(String from, String to) implements Operation {
  @Override
  public ProjectState apply(ProjectState state) {
    ModelState m = state.model(from);
    if (state.has(to)) {
      throw new IllegalStateException("model " + to + " already exists");
    }
    ProjectState out = state.without(from).with(new ModelState(to, m.table(), m.fields(), m.constraints()));
    for (ModelState other : out.models()) {
      if (other.fields().stream().anyMatch(f -> from.equals(f.to()))) {
        out = out.with(new ModelState(other.name(), other.table(),
            other.fields().stream().map(f -> from.equals(f.to()) ? f.pointingAt(to) : f).toList(), other.constraints()));
      }
    }
    return out;
  }

  @Override
  public List<String> forwards(Dialect d, ProjectState before, ProjectState after) {
    return List.of();
  }

  @Override
  public List<String> backwards(Dialect d, ProjectState before, ProjectState after) {
    return List.of();
  }

  @Override
  public String describe() {
    return "Rename model " + from + " to " + to;
  }

  @Override
  public String fragment() {
    return "rename_" + Ops.snake(Ops.simple(from)) + "_" + Ops.snake(Ops.simple(to));
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> m = Ops.op("renameModel", null);
    m.put("from", from);
    m.put("to", to);
    return m;
  }
}
