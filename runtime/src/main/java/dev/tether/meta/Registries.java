package dev.tether.meta;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The relations of every model registry on the class path, by the model they point at: what a
 * model compiled in one module learns about the models of the modules that depend on it (their
 * foreign keys, one-to-ones and many-to-many join tables pointing here), which its own generated
 * metadata cannot list. Django finds them the same way, from every installed app
 * ({@code _meta.related_objects} across the app registry).
 */
final class Registries {
  private static volatile Snapshot snapshot;

  private Registries() {}

  private record Snapshot(ClassLoader loader, Map<ModelMeta<?>, List<ForeignKeyMeta<?, ?>>> incoming,
      List<ModelMeta<?>> models) {}

  /** The foreign keys of every registered model that point at {@code model}. */
  static List<ForeignKeyMeta<?, ?>> pointingAt(ModelMeta<?> model) {
    return snapshot().incoming().getOrDefault(model, List.of());
  }

  /** Every registered model. */
  static List<ModelMeta<?>> models() {
    return snapshot().models();
  }

  private static Snapshot snapshot() {
    ClassLoader loader = loader();
    Snapshot s = snapshot;
    if (s == null || s.loader() != loader) {
      List<ModelMeta<?>> models = new ArrayList<>();
      s = snapshot = new Snapshot(loader, scan(loader, models), List.copyOf(models));
    }
    return s;
  }

  private static Map<ModelMeta<?>, List<ForeignKeyMeta<?, ?>>> scan(ClassLoader loader, List<ModelMeta<?>> models) {
    Map<ModelMeta<?>, List<ForeignKeyMeta<?, ?>>> in = new IdentityHashMap<>();
    Map<ModelMeta<?>, Boolean> seen = new IdentityHashMap<>();
    Iterator<ModelRegistry> registries = ServiceLoader.load(ModelRegistry.class, loader).iterator();
    while (true) {
      ModelRegistry r;
      try {
        if (!registries.hasNext()) {
          break;
        }
        r = registries.next();
      } catch (ServiceConfigurationError e) {
        continue; // a stale entry naming a registry that is gone: the others still count
      }
      for (ModelMeta<?> m : r.models()) {
        if (seen.put(m, Boolean.TRUE) != null) {
          continue;
        }
        models.add(m);
        for (ForeignKeyMeta<?, ?> fk : m.foreignKeys()) {
          in.computeIfAbsent(fk.target(), k -> new ArrayList<>()).add(fk);
        }
        for (ManyToManyMeta<?, ?> m2m : m.manyToMany()) {
          if (!m2m.autoCreated()) {
            continue; // the through model's own foreign keys, listed with it
          }
          in.computeIfAbsent(m2m.target(), k -> new ArrayList<>()).add(m2m.targetKey());
          in.computeIfAbsent(m2m.source(), k -> new ArrayList<>()).add(m2m.sourceKey());
        }
      }
    }
    return in;
  }

  private static ClassLoader loader() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null ? cl : Registries.class.getClassLoader();
  }
}
