package dev.tether.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every model of a round with its relations resolved both ways: what the checks read and the
 * writers generate from. Writers never touch {@code javax.lang.model}.
 *
 * <p>Besides the round's models it holds models read from class files: the module's models
 * compiled earlier (a partial recompile), which keep their place in the registry and their
 * relations, and models of other compilations that this module's relations point at (foreign),
 * which give their key type and get a {@code <Target>Relations_} entry point instead of a base.
 */
public final class ModelGraph {
  /** Where a model of the graph comes from. */
  public enum Origin {
    /** A {@code @Model} source of this round. */
    ROUND,
    /** A model of this module compiled earlier, read from its class file. */
    COMPILED,
    /** A model of another compilation (a dependency), read from its class file. */
    FOREIGN
  }

  private final Map<String, ModelInfo> models = new LinkedHashMap<>();
  private final Map<String, List<Relation>> incoming = new LinkedHashMap<>();
  private final Map<String, Origin> origins = new LinkedHashMap<>();

  /** A graph of round models only. */
  public ModelGraph(List<ModelInfo> models) {
    this(models, Set.of(), Set.of());
  }

  /**
   * @param compiled qualified names of the models of this module read from class files
   * @param foreign qualified names of the models of other compilations
   */
  public ModelGraph(List<ModelInfo> models, Set<String> compiled, Set<String> foreign) {
    List<ModelInfo> sorted = new ArrayList<>(models);
    sorted.sort(Comparator.comparing(ModelInfo::qualifiedName));
    for (ModelInfo m : sorted) {
      this.models.put(m.qualifiedName(), m);
      incoming.put(m.qualifiedName(), new ArrayList<>());
      String name = m.qualifiedName();
      origins.put(name, foreign.contains(name) ? Origin.FOREIGN : compiled.contains(name) ? Origin.COMPILED
          : Origin.ROUND);
    }
    for (ModelInfo m : sorted) {
      for (Relation r : m.relations()) {
        List<Relation> in = incoming.get(r.target());
        if (in != null) {
          in.add(r);
        }
      }
    }
    for (List<Relation> in : incoming.values()) {
      in.sort(Comparator.comparing(Relation::source).thenComparing(Relation::field));
    }
  }

  /** Where {@code m} comes from. */
  public Origin origin(ModelInfo m) {
    return origins.get(m.qualifiedName());
  }

  /** The models of this module (the round's and those compiled earlier): what the registry lists. */
  public List<ModelInfo> moduleModels() {
    return models.values().stream().filter(m -> origin(m) != Origin.FOREIGN).toList();
  }

  /** Models of other compilations that this module's relations point at. */
  public List<ModelInfo> foreignModels() {
    return models.values().stream().filter(m -> origin(m) == Origin.FOREIGN).toList();
  }

  /** Models sorted by qualified name, foreign ones included. */
  public List<ModelInfo> models() {
    return List.copyOf(models.values());
  }

  public ModelInfo model(String qualifiedName) {
    return models.get(qualifiedName);
  }

  /** Relations of any model pointing at {@code model}, sorted by source model and field. */
  public List<Relation> incoming(ModelInfo model) {
    return incoming.getOrDefault(model.qualifiedName(), List.of());
  }

  public boolean isEmpty() {
    return models.isEmpty();
  }
}
