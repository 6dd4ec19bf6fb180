package dev.tether.internal.deletion;

import dev.tether.DeleteResult;
import dev.tether.OnDelete;
import dev.tether.ProtectedException;
import dev.tether.RestrictedException;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.KeyMatch;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.related.Literals;
import dev.tether.internal.sql.Batches;
import dev.tether.internal.sql.Fetch;
import dev.tether.internal.sql.Sql;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Django's deletion {@code Collector}: walks the relations pointing at the rows to delete and
 * applies each one's {@code onDelete}, deciding in the runtime (not by the database's ON DELETE)
 * so every database behaves alike. Rows nothing else depends on are deleted by one query
 * ({@code DELETE ... WHERE fk IN (...)}, Django's fast delete); the rest are collected by key and
 * deleted in batches. Every PROTECT offender is gathered before refusing; RESTRICT is judged once
 * the whole cascade is known. Everything runs in one transaction.
 */
public final class Collector {
  private final Engine engine;
  /** Keys to delete per model, for de-duplication and RESTRICT. */
  private final Map<ModelMeta<?>, Set<Object>> keys = new LinkedHashMap<>();
  /**
   * The same keys as found, one batch per step of the cascade. Deleting the batches in reverse
   * removes every row before the rows it points at, which databases that check foreign keys
   * immediately (MariaDB) need, self-references included.
   */
  private final List<Batch> batches = new ArrayList<>();

  private record Batch(ModelMeta<?> model, List<Object> keys) {}
  /** {@code DELETE FROM source WHERE fk IN (keys)} for relations nothing depends on. */
  private final List<Query> fastDeletes = new ArrayList<>();
  /** {@code UPDATE source SET fk = value WHERE pk IN (keys)} for SET_NULL and SET_DEFAULT. */
  private final List<FieldUpdate> updates = new ArrayList<>();
  private final Set<Object> protectedObjects = new LinkedHashSet<>();
  private final List<Restricted> restricted = new ArrayList<>();

  private record FieldUpdate(ForeignKeyMeta<?, ?> fk, Object value, List<Object> keys) {}

  private record Restricted(ForeignKeyMeta<?, ?> fk, List<Object> keys) {}

  /**
   * The objects of models with delete hooks, by model and key, fetched as they are collected (the
   * root object of {@code instance.delete()} is the caller's own): their {@code beforeDelete()}
   * runs before anything is deleted, their {@code afterDelete()} once it all is, in the same
   * transaction (Django's {@code pre_delete}/{@code post_delete}).
   */
  private final Map<ModelMeta<?>, Map<Object, Entity>> hooked = new LinkedHashMap<>();

  public Collector(Engine engine) {
    this.engine = engine;
  }

  /** {@code instance.delete()}: the row, what cascades from it; then the instance has no key. */
  public static <T extends Entity> DeleteResult deleteObject(ModelMeta<T> meta, T o) {
    Object key = meta.pk(o);
    if (key == null || !meta.isPersisted(o)) {
      throw new IllegalStateException(meta.name() + " object can't be deleted because its "
          + (meta.hasCompositeKey() ? "pk" : meta.pk().name()) + " is not set: it was never saved");
    }
    Engine e = dev.tether.internal.jdbc.Engines.forObject(meta, o, meta.database(o), true);
    Collector c = new Collector(e);
    if (meta.hasDeleteHooks()) {
      c.hooked.computeIfAbsent(meta, m -> new LinkedHashMap<>()).put(key, o);
    }
    DeleteResult result = c.delete(meta, List.of(key));
    meta.markDeleted(o);
    return result;
  }

  /** Deletes the rows of {@code model} with these keys and everything that cascades from them. */
  public DeleteResult delete(ModelMeta<?> model, Collection<?> rootKeys) {
    return engine.atomic(() -> deleteInTransaction(model, rootKeys));
  }

  /** {@link #delete} for a caller that already opened the transaction (no second savepoint). */
  public DeleteResult deleteInTransaction(ModelMeta<?> model, Collection<?> rootKeys) {
    collect(model, rootKeys);
    check();
    hooks(true);
    DeleteResult result = run();
    hooks(false);
    return result;
  }

  private void collect(ModelMeta<?> model, Collection<?> candidates) {
    Set<Object> seen = keys.computeIfAbsent(model, m -> new LinkedHashSet<>());
    List<Object> fresh = new ArrayList<>();
    for (Object k : candidates) {
      if (seen.add(k)) {
        fresh.add(k);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    batches.add(new Batch(model, fresh));
    if (model.hasDeleteHooks()) {
      fetchHooked(model, fresh);
    }
    for (ForeignKeyMeta<?, ?> fk : model.incoming()) {
      if (fk.onDelete() == OnDelete.DO_NOTHING) {
        continue;
      }
      for (List<Object> chunk : chunks(model, fresh)) {
        Query related = pointingAt(fk, chunk);
        if (fk.onDelete() == OnDelete.CASCADE && canFastDelete(fk.source())) {
          fastDeletes.add(related);
          continue;
        }
        if (fk.onDelete() == OnDelete.PROTECT) {
          protectedObjects.addAll(Fetch.list(engine, fk.source(), related));
          continue;
        }
        List<Object> relatedKeys = keysOf(related);
        if (relatedKeys.isEmpty()) {
          continue;
        }
        switch (fk.onDelete()) {
          case CASCADE -> collect(fk.source(), relatedKeys);
          case RESTRICT -> restricted.add(new Restricted(fk, relatedKeys));
          case SET_NULL -> updates.add(new FieldUpdate(fk, null, relatedKeys));
          case SET_DEFAULT -> updates.add(new FieldUpdate(fk, Literals.parse(fk.column()), relatedKeys));
          default -> throw new IllegalStateException(fk.onDelete().name());
        }
      }
    }
  }

  /**
   * Rows of a model can be deleted by query when no relation needs to act on them and the model
   * has no delete hooks.
   */
  public static boolean canFastDelete(ModelMeta<?> model) {
    if (model.hasDeleteHooks()) {
      return false;
    }
    for (ForeignKeyMeta<?, ?> fk : model.incoming()) {
      if (fk.onDelete() != OnDelete.DO_NOTHING) {
        return false;
      }
    }
    return true;
  }

  private void check() {
    if (!protectedObjects.isEmpty()) {
      List<Object> all = new ArrayList<>(protectedObjects);
      throw new ProtectedException("Cannot delete some instances of " + rootName()
          + " because they are referenced through protected foreign keys: " + describe(all), all);
    }
    Set<Object> offenders = new LinkedHashSet<>();
    for (Restricted r : restricted) {
      Set<Object> deleted = keys.getOrDefault(r.fk.source(), Set.of());
      List<Object> left = new ArrayList<>();
      for (Object k : r.keys) {
        if (!deleted.contains(k)) {
          left.add(k);
        }
      }
      left.removeAll(fastDeleted(r.fk.source(), left));
      if (!left.isEmpty()) {
        offenders.addAll(objects(r.fk.source(), left));
      }
    }
    if (!offenders.isEmpty()) {
      List<Object> all = new ArrayList<>(offenders);
      throw new RestrictedException("Cannot delete some instances of " + rootName()
          + " because they are referenced through restricted foreign keys: " + describe(all), all);
    }
  }

  private DeleteResult run() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Query q : fastDeletes) {
      add(counts, q.model().name(), engine.update(SqlCompiler.delete(engine.dialect(), q)));
    }
    for (FieldUpdate u : updates) {
      ModelMeta<?> source = u.fk.source();
      for (List<Object> chunk : chunks(source, u.keys)) {
        Map<FieldMeta, Object> set = new LinkedHashMap<>();
        set.put(u.fk.column(), u.value);
        engine.update(SqlCompiler.update(engine.dialect(), byKeys(source, chunk), set));
      }
    }
    List<Batch> order;
    if (engine.dialect().defersForeignKeys()) {
      order = new ArrayList<>(batches);
      java.util.Collections.reverse(order);
    } else {
      breakCycles();
      order = dependencyOrder();
    }
    for (Batch b : order) {
      for (List<Object> chunk : chunks(b.model, b.keys)) {
        add(counts, b.model.name(), engine.update(SqlCompiler.delete(engine.dialect(), byKeys(b.model, chunk))));
      }
    }
    return new DeleteResult(counts);
  }

  /**
   * Where the database checks each statement's foreign keys at once, rows of the deletion that
   * point at each other (a cycle) could never go first: set their nullable keys that point into
   * the deletion to NULL beforehand, as Django does there.
   */
  private void breakCycles() {
    for (Map.Entry<ModelMeta<?>, Set<Object>> e : keys.entrySet()) {
      ModelMeta<?> m = e.getKey();
      for (ForeignKeyMeta<?, ?> fk : m.foreignKeys()) {
        if (fk.nullable() && keys.containsKey(fk.target())) {
          for (List<Object> chunk : chunks(m, new ArrayList<>(e.getValue()))) {
            Map<FieldMeta, Object> set = new LinkedHashMap<>();
            set.put(fk.column(), null);
            engine.update(SqlCompiler.update(engine.dialect(), byKeys(m, chunk), set));
          }
        }
      }
    }
  }

  /**
   * One batch per model, each deleted before the models its non-null keys point at (Django's
   * {@code Collector.sort}); what remains of a cycle keeps discovery order, reversed.
   */
  private List<Batch> dependencyOrder() {
    List<ModelMeta<?>> models = new ArrayList<>(keys.keySet());
    java.util.Collections.reverse(models);
    List<Batch> out = new ArrayList<>();
    Set<ModelMeta<?>> done = new LinkedHashSet<>();
    while (done.size() < models.size()) {
      ModelMeta<?> next = null;
      for (ModelMeta<?> m : models) {
        if (!done.contains(m) && !pointedAtByPending(m, models, done)) {
          next = m;
          break;
        }
      }
      if (next == null) { // a cycle of non-null keys: no order satisfies it
        for (ModelMeta<?> m : models) {
          if (!done.contains(m)) {
            next = m;
            break;
          }
        }
      }
      done.add(next);
      out.add(new Batch(next, new ArrayList<>(keys.get(next))));
    }
    return out;
  }

  /** Whether a model still to delete (not {@code m} itself) has a non-null key to {@code m}. */
  private static boolean pointedAtByPending(ModelMeta<?> m, List<ModelMeta<?>> models, Set<ModelMeta<?>> done) {
    for (ModelMeta<?> other : models) {
      if (other == m || done.contains(other)) {
        continue;
      }
      for (ForeignKeyMeta<?, ?> fk : other.foreignKeys()) {
        if (!fk.nullable() && fk.target() == m) {
          return true;
        }
      }
    }
    return false;
  }

  private static void add(Map<String, Integer> counts, String model, int n) {
    if (n > 0) {
      counts.merge(model, n, Integer::sum);
    }
  }

  private String rootName() {
    return keys.isEmpty() ? "?" : keys.keySet().iterator().next().name();
  }

  private static String describe(List<Object> objects) {
    List<String> names = new ArrayList<>();
    for (Object o : objects.subList(0, Math.min(5, objects.size()))) {
      names.add(String.valueOf(o));
    }
    return names + (objects.size() > 5 ? " and " + (objects.size() - 5) + " more" : "");
  }

  /**
   * Which of {@code candidates} (keys of {@code model}) a fast delete of this collection removes:
   * a RESTRICT is lifted for them too (Django's {@code clear_restricted_objects_from_queryset}).
   */
  private List<Object> fastDeleted(ModelMeta<?> model, List<Object> candidates) {
    List<Object> out = new ArrayList<>();
    if (candidates.isEmpty()) {
      return out;
    }
    for (Query q : fastDeletes) {
      if (q.model() == model) {
        for (List<Object> chunk : chunks(model, candidates)) {
          out.addAll(keysOf(q.withFilter(KeyMatch.in(q.root(), model, chunk))));
        }
      }
    }
    return out;
  }

  // ---- queries ----

  /** The rows of {@code fk}'s model whose key is one of {@code targetKeys}. */
  private static Query pointingAt(ForeignKeyMeta<?, ?> fk, List<Object> targetKeys) {
    Query q = Query.of(fk.source()).withOrdering(List.of());
    ColumnExpr col = new ColumnExpr(q.root().forward(fk), fk.target().pk());
    return q.withFilter(new Condition.Leaf(col, Lookup.IN, targetKeys));
  }

  private static Query byKeys(ModelMeta<?> m, List<Object> ks) {
    return Query.of(m).withOrdering(List.of()).withFilter(KeyMatch.in(PathNode.root(m), m, ks));
  }

  private List<Object> keysOf(Query q) {
    Sql sql = SqlCompiler.keys(engine.dialect(), q, false);
    ModelMeta<?> m = q.model();
    return engine.query(sql, (rs, r) -> {
      List<Object> out = new ArrayList<>();
      while (rs.next()) {
        r.seek(1);
        out.add(KeyMatch.read(m, r));
      }
      return out;
    });
  }

  private <T extends Entity> List<T> objects(ModelMeta<T> m, List<Object> ks) {
    List<T> out = new ArrayList<>();
    for (List<Object> chunk : chunks(m, ks)) {
      out.addAll(Fetch.list(engine, m, byKeys(m, chunk)));
    }
    return out;
  }

  /** Fetches the objects of {@code keys} the collector does not hold yet, for their hooks. */
  private <T extends Entity> void fetchHooked(ModelMeta<T> m, List<Object> ks) {
    Map<Object, Entity> byKey = hooked.computeIfAbsent(m, x -> new LinkedHashMap<>());
    List<Object> missing = new ArrayList<>();
    for (Object k : ks) {
      if (!byKey.containsKey(k)) {
        missing.add(k);
      }
    }
    for (T o : objects(m, missing)) {
      byKey.put(m.pk(o), o);
    }
  }

  private void hooks(boolean before) {
    for (Map.Entry<ModelMeta<?>, Map<Object, Entity>> e : hooked.entrySet()) {
      fire(e.getKey(), e.getValue().values(), before);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Entity> void fire(ModelMeta<T> m, Collection<Entity> objects, boolean before) {
    for (Entity o : objects) {
      if (before) {
        m.beforeDelete((T) o);
      } else {
        m.afterDelete((T) o);
      }
    }
  }

  /** Keys of {@code m} in batches that fit one statement (a composite key binds one value per column). */
  private List<List<Object>> chunks(ModelMeta<?> m, List<Object> ks) {
    return Batches.split(ks, KeyMatch.perStatement(m, engine.dialect().keysPerStatement()));
  }

}
