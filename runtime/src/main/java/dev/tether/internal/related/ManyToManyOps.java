package dev.tether.internal.related;

import dev.tether.Database;
import dev.tether.TetherException;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.meta.Entity;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.ModelMeta;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The operations of one side of a many-to-many relation, Django's
 * {@code create_forward_many_to_many_manager}: all of them change only the through model's rows,
 * in one transaction, and a symmetrical self-relation writes both directions. Over a hidden join
 * table, {@code add} is one INSERT that skips existing pairs; over an application's through model
 * (which has no unique pair and may need field values), it reads which pairs exist, then inserts
 * the others as whole rows with the caller's {@code throughDefaults}, as Django does.
 *
 * @param <O> the owner's model
 * @param <X> the related model
 */
public final class ManyToManyOps<O extends Entity, X extends Entity> {
  private final ManyToManyMeta<?, ?> relation;
  /** The join-table key pointing at the owner, and the one pointing at the related objects. */
  private final ForeignKeyMeta<Entity, O> ownerKey;
  private final ForeignKeyMeta<Entity, X> otherKey;
  private final O owner;
  private final Object key;
  private final Database db;
  private final String name;

  /** What a prefetch of this side is cached under on the owner. */
  private final Object cacheKey;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ManyToManyOps(ManyToManyMeta<?, ?> relation, ForeignKeyMeta<?, O> ownerKey,
      ForeignKeyMeta<?, X> otherKey, O owner, String name) {
    this.relation = relation;
    this.ownerKey = (ForeignKeyMeta) ownerKey;
    this.otherKey = (ForeignKeyMeta) otherKey;
    this.owner = owner;
    this.name = ownerKey.target().name() + "." + name + "()";
    this.key = ForeignKeys.ownerKey(ownerKey, owner, this.name);
    this.db = Engines.relatedDatabase(otherKey.target(), owner, ownerKey.target().database(owner));
    this.cacheKey = relation.cacheKey(ownerKey);
  }

  public static <S extends Entity, T extends Entity> ManyToManyOps<S, T> forward(ManyToManyMeta<S, T> m, S owner) {
    return new ManyToManyOps<>(m, m.sourceKey(), m.targetKey(), owner, m.name());
  }

  public static <S extends Entity, T extends Entity> ManyToManyOps<T, S> reverse(ManyToManyMeta<S, T> m, T owner) {
    return new ManyToManyOps<>(m, m.targetKey(), m.sourceKey(), owner, m.accessorName());
  }

  public ModelMeta<X> related() {
    return otherKey.target();
  }

  public Database database() {
    return db;
  }

  /** The related objects: joined through the join table, filtered on the owner's key. */
  public Query query() {
    ModelMeta<X> other = related();
    Query q = Query.of(other);
    PathNode toOwner = q.root().reverse(otherKey, relation).forward(ownerKey);
    return q.withFilter(new Condition.Leaf(new ColumnExpr(toOwner, ownerKey.targetField()), Lookup.EXACT, key));
  }

  private Engine engine() {
    return Engines.forObject(ownerKey.target(), owner, db, true);
  }

  /** Where objects created through this manager are saved: the router's choice for a write, else {@code db}. */
  private Database writeDatabase() {
    Database w = Engines.routedWrite(related(), owner, db);
    return w != null ? w : db;
  }

  /** Rows fetched by {@code prefetchRelated}, or null. */
  public List<X> prefetched() {
    List<Entity> rows = RelationCache.getPrefetched(cacheKey, ownerKey, owner);
    if (rows == null) {
      return null;
    }
    List<X> out = new ArrayList<>(rows.size());
    for (Entity r : rows) {
      out.add(otherKey.get(r));
    }
    return out;
  }

  public void checkLazy() {
    String accessor = name.substring(name.indexOf('.') + 1, name.length() - 2);
    String path = cacheKey == relation.cacheKey(relation.sourceKey()) ? relation.name() : relation.queryName();
    StrictLoading.check(engine(), ownerKey.target(), accessor, path, "prefetchRelated", owner);
  }

  private JoinRows rows() {
    return new JoinRows(relation.through(), engine());
  }

  /** {@code SELECT COUNT(*)} of the join rows of the owner: Django's count() on the join table alone (#29725). */
  public long countLinks() {
    return rows().count(ownerKey, key, otherKey);
  }

  /** Whether the owner has a join row: Django's exists() on the join table alone (#29725). */
  public boolean hasLinks() {
    return rows().exists(ownerKey, key, otherKey);
  }

  public void add(Collection<? extends X> objects) {
    add(objects, null);
  }

  /**
   * {@code add} with values for the new rows of an application's through model: Django's
   * {@code add(*objs, through_defaults=...)}. {@code throughDefaults} (null for none) is called
   * on each new row before it is inserted, after the model's own defaults.
   */
  public void add(Collection<? extends X> objects, Consumer<? super Entity> throughDefaults) {
    for (X o : objects) {
      Engines.checkRelation(owner, ownerKey.target().database(owner), o, ModelMeta.databaseOf(o), name);
    }
    addKeys(keysOf(objects, "add"), throughDefaults);
  }

  /** {@code add} by the related objects' keys ({@code addByKey}); a key of the wrong type is refused. */
  public void addByKey(Collection<?> keys) {
    addKeys(checkedKeys(keys, "addByKey"), null);
  }

  /** How many times {@code add} runs when the database breaks a deadlock by refusing it. */
  private static final int ADD_ATTEMPTS = 4;

  /**
   * Inserts the pairs, skipping those that exist. Concurrent inserts of the same pairs can
   * deadlock on MariaDB's unique index (InnoDB locks a duplicate row while it checks it); the
   * database then refuses one of them, and as the insert skips existing pairs, running it again
   * is safe: so it is retried, unless it runs inside the caller's transaction, which the database
   * rolled back (the caller's {@code atomic} block then fails, as any deadlock does).
   */
  private void addKeys(List<Object> keys, Consumer<? super Entity> throughDefaults) {
    if (keys.isEmpty()) {
      return;
    }
    if (!relation.autoCreated()) {
      addRows(keys, throughDefaults);
      forget();
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        insertKeys(keys);
        break;
      } catch (TetherException e) {
        if (attempt == ADD_ATTEMPTS || engine().inTransaction()
            || !(e.getCause() instanceof SQLException s && engine().dialect().isDeadlock(s))) {
          throw e;
        }
      }
    }
    forget();
  }

  /**
   * Django's {@code _add_items} for an application's through model: one SELECT of the pairs that
   * exist, one INSERT of whole rows for the others (and again the other way for a symmetrical
   * relation), in one transaction. Concurrent adds of one pair may both insert it, as in Django:
   * such a model has no unique pair unless it declares one.
   */
  private void addRows(List<Object> keys, Consumer<? super Entity> throughDefaults) {
    JoinRows rows = rows();
    engine().atomic(() -> {
      insertMissing(rows, ownerKey, otherKey, key, keys, throughDefaults);
      if (relation.symmetrical()) {
        insertMissing(rows, otherKey, ownerKey, key, keys, throughDefaults); // the mirror rows
      }
      return null;
    });
  }

  private void insertMissing(JoinRows rows, ForeignKeyMeta<Entity, ?> a, ForeignKeyMeta<Entity, ?> b, Object aValue,
      List<Object> bValues, Consumer<? super Entity> throughDefaults) {
    List<Object> present = rows.values(a, b, aValue, bValues);
    ModelMeta<?> through = relation.through();
    List<Entity> fresh = new ArrayList<>();
    for (Object v : bValues) {
      if (present.contains(v)) {
        continue;
      }
      Entity row = through.instantiate();
      if (db != null) {
        useDatabase(through, row);
      }
      setReference(a, row, aValue);
      setReference(b, row, v);
      if (throughDefaults != null) {
        throughDefaults.accept(row);
      }
      fresh.add(row);
    }
    rows.insertRows(db, fresh);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void useDatabase(ModelMeta<?> m, Entity row) {
    ((ModelMeta) m).useDatabase(row, db);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void setReference(ForeignKeyMeta<Entity, ?> fk, Entity row, Object value) {
    ((ForeignKeyMeta) fk).set(row, fk.reference(value, db));
  }

  private void forget() {
    RelationCache.forget(cacheKey, ownerKey, owner);
  }

  private void insertKeys(List<Object> keys) {
    JoinRows rows = rows();
    if (!relation.symmetrical() && keys.size() <= engine().dialect().rowsPerStatement(2)) {
      rows.insert(ownerKey, otherKey, key, keys); // one statement: atomic by itself
    } else {
      engine().atomic(() -> {
        rows.insert(ownerKey, otherKey, key, keys);
        if (relation.symmetrical()) {
          for (Object k : keys) {
            rows.insert(ownerKey, otherKey, k, List.of(key));
          }
        }
        return null;
      });
    }
  }

  public void remove(Collection<? extends X> objects) {
    removeKeys(keysOf(objects, "remove"));
  }

  /** {@code remove} by the related objects' keys ({@code removeByKey}). */
  public void removeByKey(Collection<?> keys) {
    removeKeys(checkedKeys(keys, "removeByKey"));
  }

  private void removeKeys(List<Object> keys) {
    if (keys.isEmpty()) {
      return;
    }
    JoinRows rows = rows();
    engine().atomic(() -> {
      rows.delete(ownerKey, key, otherKey, keys);
      if (relation.symmetrical()) {
        rows.delete(otherKey, key, ownerKey, keys);
      }
      return null;
    });
    forget();
  }

  public void clear() {
    JoinRows rows = rows();
    engine().atomic(() -> {
      rows.delete(ownerKey, key, null, null);
      if (relation.symmetrical()) {
        rows.delete(otherKey, key, null, null);
      }
      return null;
    });
    forget();
  }

  /**
   * Makes {@code objects} the related set. With {@code clear}, Django's {@code set(objs,
   * clear=True)}: every join row of the owner is deleted, then the objects added (two statements);
   * otherwise only the difference is removed and added.
   */
  public void set(Collection<? extends X> objects, boolean clear) {
    set(objects, clear, null);
  }

  /** {@code set} with values for the new through rows: Django's {@code set(objs, through_defaults=...)}. */
  public void set(Collection<? extends X> objects, boolean clear, Consumer<? super Entity> throughDefaults) {
    setKeys(keysOf(objects, "set"), clear, throughDefaults);
  }

  /** {@code set} by the related objects' keys ({@code setByKey}). */
  public void setByKey(Collection<?> keys, boolean clear) {
    setKeys(checkedKeys(keys, "setByKey"), clear, null);
  }

  private void setKeys(List<Object> wanted, boolean clear, Consumer<? super Entity> throughDefaults) {
    engine().atomic(() -> {
      if (clear) {
        clear();
        addKeys(wanted, throughDefaults);
        return null;
      }
      JoinRows rows = rows();
      Set<Object> current = new LinkedHashSet<>(rows.values(ownerKey, otherKey, key));
      List<Object> gone = new ArrayList<>();
      for (Object k : current) {
        if (!wanted.contains(k)) {
          gone.add(k);
        }
      }
      if (!gone.isEmpty()) {
        removeKeys(gone);
      }
      List<Object> added = new ArrayList<>();
      for (Object k : wanted) {
        if (!current.contains(k)) {
          added.add(k);
        }
      }
      addKeys(added, throughDefaults);
      return null;
    });
    forget();
  }

  public X create(Consumer<? super X> init) {
    return create(init, null);
  }

  /** {@code create} with values for the new through row: Django's {@code create(through_defaults=...)}. */
  public X create(Consumer<? super X> init, Consumer<? super Entity> throughDefaults) {
    ModelMeta<X> other = related();
    return engine().atomic(() -> {
      X o = other.instantiate();
      if (db != null) {
        other.useDatabase(o, writeDatabase());
      }
      init.accept(o);
      other.save(o);
      add(List.of(o), throughDefaults);
      return o;
    });
  }

  private List<Object> keysOf(Collection<? extends X> objects, String method) {
    ModelMeta<X> other = related();
    List<Object> keys = new ArrayList<>(objects.size());
    for (X o : objects) {
      Object k = other.pk(o);
      if (k == null || !other.isPersisted(o)) {
        throw new IllegalStateException(name + "." + method + "(...) got an unsaved " + other.name() + " (" + o
            + "): save it first, or use " + name + ".create(...)");
      }
      k = otherKey.toField() == null ? k : otherKey.targetKey(o);
      if (!keys.contains(k)) {
        keys.add(k);
      }
    }
    return keys;
  }

  /** The distinct keys, each of the related model's key type (an int for a LONG key is widened). */
  private List<Object> checkedKeys(Collection<?> given, String method) {
    List<Object> keys = new ArrayList<>(given.size());
    for (Object k : given) {
      Object key = otherKey.toField() == null ? Keys.ofType(related(), k, name + "." + method + "(...)") : k;
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Override
  public String toString() {
    return name + " of " + owner;
  }
}
