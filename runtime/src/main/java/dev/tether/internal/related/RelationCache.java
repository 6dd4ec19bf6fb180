package dev.tether.internal.related;

import dev.tether.meta.Entity;
import dev.tether.meta.ForeignKeyMeta;
import java.util.List;
import java.util.Map;

/**
 * What an instance knows about its reverse relations without a query: the rows prefetched for a
 * reverse foreign key, and the object (or its absence) at the other end of a one-to-one. Keyed by
 * the relation; kept in the instance's state, dropped when the relation is changed through it.
 */
public final class RelationCache {
  /** Marks a reverse one-to-one known to have no object. */
  private static final Object NONE = new Object();

  private RelationCache() {}

  private static <T extends Entity> Map<Object, Object> of(ForeignKeyMeta<?, T> fk, T owner) {
    return fk.target().relationCache(owner);
  }

  /** Remembers the reverse one-to-one object of {@code owner}; null when there is none. */
  public static <S extends Entity, T extends Entity> void putReverseOne(ForeignKeyMeta<S, T> fk, T owner, S value) {
    of(fk, owner).put(fk, value == null ? NONE : value);
  }

  /** Whether the reverse one-to-one of {@code owner} is known. */
  public static <T extends Entity> boolean hasReverseOne(ForeignKeyMeta<?, T> fk, T owner) {
    return of(fk, owner).containsKey(fk);
  }

  /** The known reverse one-to-one object, or null when known absent. */
  @SuppressWarnings("unchecked")
  public static <S extends Entity, T extends Entity> S getReverseOne(ForeignKeyMeta<S, T> fk, T owner) {
    Object v = of(fk, owner).get(fk);
    return v == NONE ? null : (S) v;
  }

  /** Stores the prefetched rows of a reverse foreign key. */
  public static <S extends Entity, T extends Entity> void putPrefetched(ForeignKeyMeta<S, T> fk, T owner, List<S> rows) {
    of(fk, owner).put(fk, List.copyOf(rows));
  }

  /** The prefetched rows of a reverse foreign key, or null when none were prefetched. */
  @SuppressWarnings("unchecked")
  public static <S extends Entity, T extends Entity> List<S> getPrefetched(ForeignKeyMeta<S, T> fk, T owner) {
    return (List<S>) of(fk, owner).get(fk);
  }

  /** Forgets what is known about {@code fk} on {@code owner} (after add, remove, create...). */
  public static <T extends Entity> void forget(ForeignKeyMeta<?, T> fk, T owner) {
    of(fk, owner).remove(fk);
  }

  /** Stores the prefetched related objects of a many-to-many side, under {@code cacheKey} (its through rows). */
  public static <T extends Entity> void putPrefetched(Object cacheKey, ForeignKeyMeta<?, T> fk, T owner,
      List<? extends Entity> rows) {
    of(fk, owner).put(cacheKey, List.copyOf(rows));
  }

  /** The through rows prefetched under {@code cacheKey}, or null. */
  @SuppressWarnings("unchecked")
  public static <T extends Entity> List<Entity> getPrefetched(Object cacheKey, ForeignKeyMeta<?, T> fk, T owner) {
    return (List<Entity>) of(fk, owner).get(cacheKey);
  }

  /** Forgets what is cached under {@code cacheKey} on {@code owner}. */
  public static <T extends Entity> void forget(Object cacheKey, ForeignKeyMeta<?, T> fk, T owner) {
    of(fk, owner).remove(cacheKey);
  }
}
