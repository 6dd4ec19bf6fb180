package dev.tether.internal.migrate;

import dev.tether.meta.FieldMeta;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.ModelMeta;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every model's state at one point of the history: built from the compiled models, or by replaying
 * migrations' operations from nothing. Django's {@code ProjectState}. Models are known by their
 * class's qualified name ({@link #key}). Immutable; models are kept sorted by name so that
 * everything derived from a state comes out in one order.
 */
public final class ProjectState {
  public static final ProjectState EMPTY = new ProjectState(new TreeMap<>());

  private final TreeMap<String, ModelState> models;

  private ProjectState(TreeMap<String, ModelState> models) {
    this.models = models;
  }

  /**
   * How migrations name a compiled model: its class's qualified name ({@code dev.example.news.Article}),
   * as Django names a model by app and class. Generated metadata lives in the model's package.
   */
  public static String key(ModelMeta<?> m) {
    String pkg = m.getClass().getPackageName();
    return pkg.isEmpty() ? m.name() : pkg + "." + m.name();
  }

  /** The state of the compiled models. */
  public static ProjectState of(List<? extends ModelMeta<?>> metas) {
    ProjectState s = EMPTY;
    for (ModelMeta<?> m : metas) {
      if (s.has(key(m))) {
        throw new IllegalStateException("two models are named " + key(m) + ": rename one of them");
      }
      List<FieldState> fields = new java.util.ArrayList<>();
      for (FieldMeta f : m.fields()) {
        fields.add(FieldState.of(f));
      }
      for (ManyToManyMeta<?, ?> mm : m.manyToMany()) {
        if (!mm.autoCreated()) {
          continue; // no table of its own: the through model's table is in its own state
        }
        fields.add(FieldState.of(mm));
      }
      s = s.with(new ModelState(key(m), m.table(), fields, m.constraints()));
    }
    return s;
  }

  /**
   * The renames the compiled models mark ({@code renamedFrom}): model name to a map from each
   * renamed field's name to its previous name.
   */
  public static Map<String, Map<String, String>> renames(List<? extends ModelMeta<?>> metas) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (ModelMeta<?> m : metas) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (FieldMeta f : m.fields()) {
        if (f.renamedFrom() != null) {
          fields.put(f.name(), f.renamedFrom());
        }
      }
      for (ManyToManyMeta<?, ?> mm : m.manyToMany()) {
        if (mm.autoCreated() && mm.renamedFrom() != null) {
          fields.put(mm.name(), mm.renamedFrom());
        }
      }
      if (!fields.isEmpty()) {
        out.put(key(m), fields);
      }
    }
    return out;
  }

  public boolean has(String name) {
    return models.containsKey(name);
  }

  /** The model named {@code name}; throws when there is none. */
  public ModelState model(String name) {
    ModelState m = models.get(name);
    if (m == null) {
      throw new IllegalStateException("no model " + name);
    }
    return m;
  }

  /** Every model, sorted by name. */
  public Collection<ModelState> models() {
    return Collections.unmodifiableCollection(models.values());
  }

  public boolean isEmpty() {
    return models.isEmpty();
  }

  /** This state with {@code m} added or replaced. */
  ProjectState with(ModelState m) {
    TreeMap<String, ModelState> out = new TreeMap<>(models);
    out.put(m.name(), m);
    return new ProjectState(out);
  }

  ProjectState without(String name) {
    model(name);
    TreeMap<String, ModelState> out = new TreeMap<>(models);
    out.remove(name);
    return new ProjectState(out);
  }

  /** The models with a relation to {@code name} (itself excluded), sorted by name. */
  List<String> referencing(String name) {
    return models.values().stream()
        .filter(m -> !m.name().equals(name) && m.fields().stream().anyMatch(f -> name.equals(f.to())))
        .map(ModelState::name)
        .toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectState p && p.models.equals(models);
  }

  @Override
  public int hashCode() {
    return models.hashCode();
  }

  @Override
  public String toString() {
    return models.values().toString();
  }
}
