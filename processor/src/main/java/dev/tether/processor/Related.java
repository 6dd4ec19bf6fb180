package dev.tether.processor;

import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which models a compilation rewrites: the round's, and the module's models compiled earlier that
 * are related to one of them, now or in the previous compilation's index. Their bases and lookups
 * carry the round's side of those relations (a reverse accessor gained or lost, a key type), so a
 * partial recompile leaves no stale {@code articleSet()} behind.
 */
final class Related {
  private Related() {}

  static Set<String> toRewrite(ModelGraph graph, Map<String, List<String>> previousIndex) {
    Set<String> round = new HashSet<>();
    for (ModelInfo m : graph.models()) {
      if (graph.origin(m) == ModelGraph.Origin.ROUND) {
        round.add(m.qualifiedName());
      }
    }
    Set<String> out = new HashSet<>(round);
    for (ModelInfo m : graph.moduleModels()) {
      if (graph.origin(m) == ModelGraph.Origin.COMPILED && related(graph, m, round, previousIndex)) {
        out.add(m.qualifiedName());
      }
    }
    return out;
  }

  private static boolean related(ModelGraph graph, ModelInfo m, Set<String> round, Map<String, List<String>> previous) {
    String name = m.qualifiedName();
    for (Relation r : m.relations()) {
      if (round.contains(r.target())) {
        return true;
      }
    }
    for (Relation r : graph.incoming(m)) {
      if (round.contains(r.source())) {
        return true;
      }
    }
    if (previous.getOrDefault(name, List.of()).stream().anyMatch(round::contains)) {
      return true;
    }
    return round.stream().anyMatch(r -> previous.getOrDefault(r, List.of()).contains(name));
  }
}
