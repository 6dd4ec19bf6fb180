package dev.tether.internal.migrate;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.schema.SchemaSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates a model's table, with its indexes, foreign keys and declared constraints
 * ({@code "constraints"}: {@code @Unique}, {@code @Index}, {@code @Check}), and the join tables of
 * its many-to-manys. Django's {@code CreateModel}.
 */
public record CreateModel(ModelState model) implements Operation {
  @Override
  public ProjectState apply(ProjectState state) {
    if (state.has(model.name())) {
      throw new IllegalStateException("model " + model.name() + " already exists");
    }
    ProjectState after = state.with(model);
    Ops.checkTargets(after, model);
    return after;
  }

  @Override
  public List<String> forwards(Dialect d, ProjectState before, ProjectState after) {
    List<String> out = new ArrayList<>(SchemaSql.createTable(d, Tables.of(after, model.name())));
    for (FieldState f : model.fields()) {
      if (f.isManyToMany()) {
        out.addAll(SchemaSql.createTable(d, Tables.join(after, model.name(), f.name())));
      }
    }
    return out;
  }

  @Override
  public List<String> backwards(Dialect d, ProjectState before, ProjectState after) {
    return DeleteModel.drop(d, after, model.name());
  }

  @Override
  public String describe() {
    return "Create model " + Ops.simple(model.name());
  }

  @Override
  public String fragment() {
    return Ops.snake(Ops.simple(model.name()));
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> m = Ops.op("createModel", model.name());
    m.put("table", model.table());
    m.put("fields", model.fields().stream().map(FieldState::toJson).toList());
    if (!model.constraints().isEmpty()) { // Django's options["constraints"] and ["indexes"], in one list
      m.put("constraints", model.constraints().stream().map(c -> AddConstraint.toJson(c, true)).toList());
    }
    return m;
  }

  static CreateModel fromJson(JsonObject o) {
    List<FieldState> fields = new ArrayList<>();
    for (JsonObject f : o.objects("fields")) {
      fields.add(FieldState.fromJson(f));
    }
    List<dev.tether.meta.TableConstraint> constraints = new ArrayList<>();
    if (o.has("constraints")) {
      for (JsonObject c : o.objects("constraints")) {
        constraints.add(AddConstraint.fromJson(c, null));
      }
    }
    ModelState m = new ModelState(o.string("model"), o.string("table"), fields);
    for (dev.tether.meta.TableConstraint c : constraints) {
      try {
        m = m.withConstraint(c);
      } catch (IllegalStateException e) {
        throw o.error(e.getMessage());
      }
    }
    return new CreateModel(m);
  }
}
