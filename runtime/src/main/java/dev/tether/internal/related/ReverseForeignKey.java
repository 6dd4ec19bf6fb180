package dev.tether.internal.related;

import dev.tether.Database;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Batches;
import dev.tether.internal.sql.Fetch;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The operations of a reverse foreign key manager ({@code reporter.articleSet()}): Django's
 * {@code create_reverse_many_to_one_manager}. Changes run as single UPDATEs on the key column and
 * are mirrored on the objects passed in.
 *
 * @param <S> the model declaring the key
 * @param <T> the owner's model
 */
public final class ReverseForeignKey<S extends Entity, T extends Entity> {
  private final ForeignKeyMeta<S, T> fk;
  private final T owner;
  private final Object ownerKey;
  private final Database db;

  public ReverseForeignKey(ForeignKeyMeta<S, T> fk, T owner, Object ownerKey, Database db) {
    this.fk = fk;
    this.owner = owner;
    this.ownerKey = ownerKey;
    this.db = db;
  }

  private Engine engine() {
    return Engines.forObject(fk.target(), owner, db, true);
  }

  /** Where objects created or added through this manager are saved: the router's choice for a write, else {@code db}. */
  private Database writeDatabase() {
    Database w = Engines.routedWrite(fk.source(), owner, db);
    return w != null ? w : db;
  }

  private String where() {
    return fk.target().name() + "." + fk.accessorName() + "()";
  }

  /** Rows fetched by {@code prefetchRelated} (a fresh list), or null. */
  public List<S> prefetched() {
    List<S> rows = RelationCache.getPrefetched(fk, owner);
    return rows == null ? null : new ArrayList<>(rows);
  }

  /** Refuses an implicit load of the related rows when strict loading is on for the owner. */
  public void checkLazy() {
    StrictLoading.check(engine(), fk.target(), fk.accessorName(), fk.queryName(), "prefetchRelated", owner);
  }

  public S create(Consumer<? super S> init) {
    ModelMeta<S> source = fk.source();
    S o = source.instantiate();
    if (db != null) {
      source.useDatabase(o, writeDatabase());
    }
    init.accept(o);
    fk.set(o, owner);
    source.save(o);
    RelationCache.forget(fk, owner);
    return o;
  }

  public void add(Collection<? extends S> objects) {
    List<Object> keys = savedKeys(objects, "add");
    if (keys.isEmpty()) {
      return;
    }
    setKey(keys, ownerKey);
    for (S o : objects) {
      fk.set(o, owner);
    }
    RelationCache.forget(fk, owner);
  }

  /** {@code add(false, objs)}: each object pointed at the owner and saved, in one transaction. */
  public void addEach(Collection<? extends S> objects) {
    ModelMeta<S> source = fk.source();
    List<S> list = List.copyOf(objects);
    List<T> before = new ArrayList<>(list.size());
    List<Boolean> inserted = new ArrayList<>(list.size());
    for (S o : list) {
      before.add(fk.get(o));
      inserted.add(!source.isPersisted(o) && source.pk(o) == null);
    }
    try {
      engine().atomic(() -> {
        for (S o : list) {
          if (db != null && !source.isPersisted(o)) {
            source.useDatabase(o, writeDatabase());
          }
          fk.set(o, owner);
          source.save(o);
        }
        return null;
      });
    } catch (RuntimeException e) {
      // rolled back: the objects point where they did, and those inserted are unsaved again
      for (int i = 0; i < list.size(); i++) {
        fk.set(list.get(i), before.get(i));
        if (inserted.get(i)) {
          source.markDeleted(list.get(i));
        }
      }
      throw e;
    }
    RelationCache.forget(fk, owner);
  }

  public void set(Collection<? extends S> objects, boolean clear) {
    engine().atomic(() -> {
      if (!fk.nullable()) {
        add(objects);
        return null;
      }
      if (clear) {
        clear();
        add(objects);
        return null;
      }
      ModelMeta<S> source = fk.source();
      Set<Object> current = new HashSet<>();
      for (S o : Fetch.list(engine(), source, ForeignKeys.reverseQuery(fk, ownerKey).withOrdering(List.of()))) {
        current.add(source.pk(o));
      }
      List<S> toAdd = new ArrayList<>();
      Set<Object> keep = new HashSet<>();
      for (S o : objects) {
        Object k = source.pk(o);
        if (k != null && current.contains(k)) {
          keep.add(k);
        } else {
          toAdd.add(o);
        }
      }
      List<Object> toRemove = new ArrayList<>();
      for (Object k : current) {
        if (!keep.contains(k)) {
          toRemove.add(k);
        }
      }
      if (!toRemove.isEmpty()) {
        setKey(toRemove, null);
      }
      add(toAdd);
      return null;
    });
  }

  public void remove(Collection<? extends S> objects) {
    requireNullable("remove");
    List<Object> keys = savedKeys(objects, "remove");
    for (S o : objects) {
      Object k = fk.key(o);
      if (k == null || !k.equals(ownerKey)) {
        throw fk.target().doesNotExist(o + " is not related to " + owner + " through " + fk);
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    setKey(keys, null);
    for (S o : objects) {
      fk.set(o, null);
    }
    RelationCache.forget(fk, owner);
  }

  public void clear() {
    requireNullable("clear");
    Map<FieldMeta, Object> set = new LinkedHashMap<>();
    set.put(fk.column(), null);
    Engine e = engine();
    e.update(SqlCompiler.update(e.dialect(), ForeignKeys.reverseQuery(fk, ownerKey).withOrdering(List.of()), set));
    RelationCache.forget(fk, owner);
  }

  private void requireNullable(String method) {
    if (!fk.nullable()) {
      throw new IllegalStateException(where() + "." + method + "() is not available: " + fk
          + " is not nullable, so a " + fk.source().name() + " cannot exist without a " + fk.target().name()
          + ". Delete the objects, or move them with another " + fk.target().name() + "'s "
          + fk.accessorName() + "().add(...); or declare the key with nullable = true");
    }
  }

  private List<Object> savedKeys(Collection<? extends S> objects, String method) {
    ModelMeta<S> source = fk.source();
    List<Object> keys = new ArrayList<>(objects.size());
    for (S o : objects) {
      Object k = source.pk(o);
      if (k == null || !source.isPersisted(o)) {
        throw new IllegalStateException(where() + "." + method + "(...) got an unsaved " + source.name()
            + " (" + o + "): save it first, or use " + fk.accessorName() + "().create(...)");
      }
      keys.add(k);
    }
    return keys;
  }

  /** {@code UPDATE source SET fk = value WHERE pk IN (keys)}, in chunks, in one transaction. */
  private void setKey(List<Object> keys, Object value) {
    Engine e = engine();
    ModelMeta<S> source = fk.source();
    e.atomic(() -> {
      int per = dev.tether.internal.query.KeyMatch.perStatement(source, e.dialect().keysPerStatement());
      for (List<Object> chunk : Batches.split(keys, per)) {
        Query q = Query.of(source).withOrdering(List.of())
            .withFilter(dev.tether.internal.query.KeyMatch.in(PathNode.root(source), source, chunk));
        Map<FieldMeta, Object> set = new LinkedHashMap<>();
        set.put(fk.column(), value);
        e.update(SqlCompiler.update(e.dialect(), q, set));
      }
      return null;
    });
  }

  @Override
  public String toString() {
    return where() + " of " + owner;
  }
}
