package dev.tether.internal.migrate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts the migrations of every app in one order that every migration's dependencies come before
 * it in: its app's previous migration and the migrations of other apps it lists. Django's
 * {@code MigrationGraph}. Among migrations free to go, the app's label, then the number, decide,
 * so that the order never depends on the order files were found in. The state before a migration
 * is the replay of everything before it in this order.
 */
public final class Plan {
  private static final Comparator<Migration> ORDER =
      Comparator.comparing(Migration::app).thenComparingInt(Migration::number);

  private Plan() {}

  /** {@code migrations} in dependency order; refuses a number used twice in an app, a missing dependency, a cycle. */
  public static List<Migration> order(Collection<Migration> migrations) {
    Map<String, Migration> byId = new HashMap<>();
    Map<String, List<Migration>> byApp = new TreeMap<>();
    for (Migration m : migrations) {
      byId.put(m.id(), m);
      byApp.computeIfAbsent(m.app(), a -> new ArrayList<>()).add(m);
    }
    Map<Migration, Set<Migration>> needs = new LinkedHashMap<>();
    for (List<Migration> app : byApp.values()) {
      app.sort(ORDER);
      for (int i = 0; i < app.size(); i++) {
        Migration m = app.get(i);
        Set<Migration> before = new LinkedHashSet<>();
        if (i > 0) {
          Migration prev = app.get(i - 1);
          if (prev.number() == m.number()) {
            throw new IllegalStateException("migrations " + prev.id() + " and " + m.id() + " have the same number:"
                + " two branches each added one. Renumber the later one (and its file name) so that it follows the"
                + " other, then check that makemigrations --check is clean");
          }
          before.add(prev);
        }
        for (String d : m.dependencies()) {
          Migration dep = byId.get(d);
          if (dep == null) {
            throw new IllegalStateException("migration " + m.id() + " (" + m.origin() + ") depends on " + d
                + ", which is missing: put the module holding it on the class path");
          }
          before.add(dep);
        }
        needs.put(m, before);
      }
    }
    Map<Migration, List<Migration>> after = new HashMap<>();
    Map<Migration, Integer> waiting = new HashMap<>();
    PriorityQueue<Migration> free = new PriorityQueue<>(ORDER);
    for (Map.Entry<Migration, Set<Migration>> e : needs.entrySet()) {
      waiting.put(e.getKey(), e.getValue().size());
      for (Migration d : e.getValue()) {
        after.computeIfAbsent(d, k -> new ArrayList<>()).add(e.getKey());
      }
      if (e.getValue().isEmpty()) {
        free.add(e.getKey());
      }
    }
    List<Migration> out = new ArrayList<>();
    while (!free.isEmpty()) {
      Migration m = free.poll();
      out.add(m);
      for (Migration next : after.getOrDefault(m, List.of())) {
        if (waiting.merge(next, -1, Integer::sum) == 0) {
          free.add(next);
        }
      }
    }
    if (out.size() < needs.size()) {
      List<String> stuck = needs.keySet().stream().filter(m -> !out.contains(m)).map(Migration::id).toList();
      throw new IllegalStateException("the dependencies of migrations " + String.join(", ", stuck) + " form a cycle");
    }
    return out;
  }

  /** The apps of {@code plan}, in label order. */
  public static Set<String> apps(List<Migration> plan) {
    Set<String> out = new java.util.TreeSet<>();
    plan.forEach(m -> out.add(m.app()));
    return out;
  }

  /** The last migration of {@code app} in {@code plan}, or null when it has none. */
  public static Migration leaf(List<Migration> plan, String app) {
    Migration out = null;
    for (Migration m : plan) {
      if (m.app().equals(app)) {
        out = m;
      }
    }
    return out;
  }

  /** The migrations {@code m} needs, directly: its app's previous one and those it lists. */
  static List<Migration> needs(List<Migration> plan, Migration m) {
    List<Migration> out = new ArrayList<>();
    Migration prev = null;
    for (Migration x : plan) {
      if (x.app().equals(m.app()) && x.number() < m.number()) {
        prev = x;
      }
      if (m.dependencies().contains(x.id())) {
        out.add(x);
      }
    }
    if (prev != null) {
      out.add(prev);
    }
    return out;
  }

  /** Which app created each model of the state {@code plan} leaves (a rename moves a model to the renaming app). */
  public static Map<String, String> owners(List<Migration> plan) {
    Map<String, String> owners = new HashMap<>();
    ProjectState s = ProjectState.EMPTY;
    for (Migration m : plan) {
      for (Operation op : m.operations()) {
        s = op.apply(s);
      }
      for (ModelState model : s.models()) {
        owners.putIfAbsent(model.name(), m.app());
      }
      owners.keySet().retainAll(s.models().stream().map(ModelState::name).toList());
    }
    return owners;
  }
}
