package dev.tether.internal.related;

import dev.tether.Database;
import dev.tether.RelatedManager;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Fetch;
import dev.tether.meta.Entity;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import java.util.List;

/**
 * The accessors of a foreign key, both ends: Django's {@code ForwardManyToOneDescriptor},
 * {@code ReverseManyToOneDescriptor} and {@code ReverseOneToOneDescriptor}. Generated bases
 * delegate here through {@link ForeignKeyMeta}.
 */
public final class ForeignKeys {
  private ForeignKeys() {}

  /**
   * {@code article.reporter()}: the field's object, loading a key-only reference once. A relation
   * that may not be null and was never set throws the target's {@code RelatedObjectDoesNotExist}
   * (Django's {@code "Article has no reporter."}); a nullable one answers null.
   */
  public static <S extends Entity, T extends Entity> T load(ForeignKeyMeta<S, T> fk, S owner) {
    T current = fk.get(owner);
    if (current == null) {
      if (fk.nullable()) {
        return null;
      }
      throw fk.target().relatedObjectDoesNotExist(fk.source().name() + " has no " + fk.name() + ".");
    }
    ModelMeta<T> target = fk.target();
    if (!target.isReference(current)) {
      return current;
    }
    Object key = fk.targetKey(current);
    Database db = target.database(current) != null ? target.database(current) : fk.source().database(owner);
    Engine e = Engines.forObject(target, owner, db, false);
    StrictLoading.check(e, fk.source(), fk.name(), fk.name(), "selectRelated", owner);
    T loaded;
    if (fk.toField() == null) {
      loaded = Fetch.byKey(e, target, key);
    } else {
      Query q = Query.of(target).withFilter(
          new Condition.Leaf(new ColumnExpr(PathNode.root(target), fk.targetField()), Lookup.EXACT, key));
      List<T> rows = Fetch.list(e, target, q.withSlice(2, 0));
      loaded = rows.isEmpty() ? null : rows.get(0);
    }
    if (loaded == null) {
      throw target.doesNotExist(target.name() + " matching query does not exist: " + fk.targetField().name()
          + " eq " + key + " (the key stored in " + fk + ")");
    }
    fk.set(owner, loaded);
    pointBack(fk, owner, loaded);
    return loaded;
  }

  /**
   * A one-to-one loaded forward also answers the reverse accessor of the object it reached, as
   * Django's descriptors fill both caches.
   */
  public static <S extends Entity, T extends Entity> void pointBack(ForeignKeyMeta<S, T> fk, S owner, T target) {
    if (fk.oneToOne() && target != null && !fk.target().isReference(target)) {
      RelationCache.putReverseOne(fk, target, owner);
    }
  }


  /** {@code article.reporterId()}: the key of the field's object, without a query. */
  public static <S extends Entity, T extends Entity> Object key(ForeignKeyMeta<S, T> fk, S owner) {
    T current = fk.get(owner);
    return current == null ? null : fk.targetKey(current);
  }

  /**
   * {@code article.setReporterId(k)}: points the field at a key, dropping a loaded object unless
   * the key is the one it already has (Django keeps the cache when {@code reporter_id} does not
   * change).
   */
  public static <S extends Entity, T extends Entity> void setKey(ForeignKeyMeta<S, T> fk, S owner, Object key) {
    if (fk.get(owner) != null && java.util.Objects.equals(key, key(fk, owner))) {
      return;
    }
    fk.set(owner, key == null ? null : fk.reference(key, fk.source().database(owner)));
  }

  /** The key of an owner of a reverse relation; refuses an unsaved one, as Django does. */
  static <T extends Entity> Object ownerKey(ModelMeta<T> m, T owner, String relation) {
    Object key = m.pk(owner);
    if (key == null || !m.isPersisted(owner)) {
      throw new IllegalStateException("\"" + owner + "\" needs to have a value for field \"" + m.pk().name()
          + "\" before the relation " + relation + " can be used: save the " + m.name() + " first");
    }
    return key;
  }

  /**
   * The value the key columns of {@code fk} hold for {@code owner} (its key, or its {@code toField});
   * refuses an unsaved owner, as Django does.
   */
  static <S extends Entity, T extends Entity> Object ownerKey(ForeignKeyMeta<S, T> fk, T owner, String relation) {
    Object key = ownerKey(fk.target(), owner, relation);
    return fk.toField() == null ? key : fk.targetKey(owner);
  }

  /** {@code reporter.articleSet()}. */
  public static <S extends Entity, T extends Entity> RelatedManager<S> related(ForeignKeyMeta<S, T> fk, T owner) {
    Object key = ownerKey(fk, owner, fk.target().name() + "." + fk.accessorName() + "()");
    return new RelatedManager<>(fk, owner, key, Engines.relatedDatabase(fk.source(), owner, fk.target().database(owner)));
  }

  /**
   * Refuses to save {@code o} to {@code db} pointing at an object of another database, unless the
   * router allows the relation (Django's {@code allow_relation}, checked where Django assigns).
   */
  public static <S extends Entity> void checkRelations(ModelMeta<S> meta, S o, Database db) {
    // a new object is on the database it is being saved to, as Django sets _state.db before
    // allow_relation; until the save succeeds, it stays unsaved
    boolean unsaved = meta.database(o) == null;
    if (unsaved) {
      meta.assignDatabase(o, db);
    }
    try {
      for (ForeignKeyMeta<S, ?> fk : meta.foreignKeys()) {
        Object related = fk.get(o);
        if (related != null) {
          Engines.checkRelation(o, db, related, ModelMeta.databaseOf(related), meta.name() + "." + fk.name());
        }
      }
    } finally {
      if (unsaved) {
        meta.useDatabase(o, null);
      }
    }
  }

  /** Whether a cached reverse object still has its key on {@code owner} (it may have been moved since). */
  private static <S extends Entity, T extends Entity> boolean stillPointsAt(ForeignKeyMeta<S, T> fk, S cached, T owner) {
    if (cached == null) {
      return true;
    }
    Object k = key(fk, cached);
    return k != null && k.equals(fk.targetKey(owner));
  }

  /** The rows of {@code fk}'s model pointing at {@code key}: the related manager's query. */
  public static Query reverseQuery(ForeignKeyMeta<?, ?> fk, Object key) {
    Query q = Query.of(fk.source());
    ColumnExpr target = new ColumnExpr(q.root().forward(fk), fk.targetField());
    return q.withFilter(new Condition.Leaf(target, Lookup.EXACT, key));
  }

  /** {@code user.profile()}: the one object pointing here, or the source model's DoesNotExist. */
  public static <S extends Entity, T extends Entity> S reverseOne(ForeignKeyMeta<S, T> fk, T owner) {
    ModelMeta<T> target = fk.target();
    if (target.pk(owner) == null) {
      // Django answers an unsaved object's reverse one-to-one without a query
      throw fk.source().relatedObjectDoesNotExist(target.name() + " has no " + fk.accessorName() + ".");
    }
    S found;
    if (RelationCache.hasReverseOne(fk, owner)) {
      found = RelationCache.getReverseOne(fk, owner);
      if (!stillPointsAt(fk, found, owner)) {
        // the cached object was pointed elsewhere since: as Django, the owner now has none
        found = null;
        RelationCache.putReverseOne(fk, owner, null);
      }
    } else {
      Object key = ownerKey(fk, owner, target.name() + "." + fk.accessorName() + "()");
      Engine e = Engines.forObject(fk.source(), owner, target.database(owner), false);
      StrictLoading.check(e, target, fk.accessorName(), fk.queryName(), "selectRelated", owner);
      List<S> rows = Fetch.list(e, fk.source(), reverseQuery(fk, key).withSlice(2, 0));
      found = rows.isEmpty() ? null : rows.get(0);
      if (found != null) {
        fk.set(found, owner);
      }
      RelationCache.putReverseOne(fk, owner, found);
    }
    if (found == null) {
      throw fk.source().relatedObjectDoesNotExist(target.name() + " has no " + fk.accessorName() + ".");
    }
    return found;
  }
}
