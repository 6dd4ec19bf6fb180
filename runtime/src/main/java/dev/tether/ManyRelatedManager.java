package dev.tether;

import dev.tether.internal.related.ManyToManyOps;
import dev.tether.meta.Entity;
import dev.tether.meta.ManyToManyMeta;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * One side of a many-to-many relation, {@code post.tags()} or {@code tag.posts()}: every
 * {@link QuerySet} method over the related objects, plus Django's {@code add}, {@code remove},
 * {@code clear}, {@code set} and {@code create}, which change only the join table (or the rows
 * of the through model; see {@link ThroughManager}).
 *
 * @param <X> the related model
 */
public class ManyRelatedManager<X extends Entity> extends QuerySet<X> {
  final ManyToManyOps<?, X> ops;

  ManyRelatedManager(ManyToManyOps<?, X> ops) {
    super(ops.related(), ops.database(), ops.query());
    this.ops = ops;
  }

  /** For generated code: {@code post.tags()}. */
  public static <S extends Entity, T extends Entity> ManyRelatedManager<T> forward(ManyToManyMeta<S, T> m, S owner) {
    return new ManyRelatedManager<>(ManyToManyOps.forward(m, owner));
  }

  /** For generated code: {@code tag.posts()}. */
  public static <S extends Entity, T extends Entity> ManyRelatedManager<S> reverse(ManyToManyMeta<S, T> m, T owner) {
    return new ManyRelatedManager<>(ManyToManyOps.reverse(m, owner));
  }

  /**
   * Relates saved objects to the owner with one INSERT that skips the pairs already there
   * ({@code ON CONFLICT DO NOTHING}), so concurrent adds of the same pair both succeed and store it
   * once. Django's {@code add(*objs)}.
   */
  @SafeVarargs
  public final void add(X... objects) {
    ops.add(Arrays.asList(objects));
  }

  /**
   * {@link #add(Entity[])} by the related objects' keys, without loading them: Django's
   * {@code publications.add(p1.pk)}. A key of the wrong type is refused with
   * IllegalArgumentException; a key with no row, by the database ({@link IntegrityException}).
   */
  public void addByKey(Object... keys) {
    ops.addByKey(Arrays.asList(keys));
  }

  /** {@link #add(Entity[])} for a collection. */
  public void add(Collection<? extends X> objects) {
    ops.add(objects);
  }

  /** Unrelates objects from the owner (the objects themselves stay). */
  @SafeVarargs
  public final void remove(X... objects) {
    ops.remove(Arrays.asList(objects));
  }

  /** {@link #remove(Entity[])} by the related objects' keys: Django's {@code remove(p1.pk)}. */
  public void removeByKey(Object... keys) {
    ops.removeByKey(Arrays.asList(keys));
  }

  /** Unrelates every object from the owner. */
  public void clear() {
    ops.clear();
  }

  /** Makes {@code objects} the related set, adding and removing only the difference. */
  public void set(Collection<? extends X> objects) {
    ops.set(objects, false);
  }

  /**
   * Makes {@code objects} the related set; with {@code clear}, by removing every related object
   * first and adding {@code objects} after (a DELETE and an INSERT), Django's
   * {@code set(objs, clear=True)}.
   */
  public void set(Collection<? extends X> objects, boolean clear) {
    ops.set(objects, clear);
  }

  /** {@link #set(Collection)} by the related objects' keys: Django's {@code set([p2.pk])}. */
  public void setByKey(Collection<?> keys) {
    ops.setByKey(keys, false);
  }

  /** {@link #set(Collection, boolean)} by the related objects' keys. */
  public void setByKey(Collection<?> keys, boolean clear) {
    ops.setByKey(keys, clear);
  }

  /** Creates an object, saves it and relates it to the owner. */
  public X create(Consumer<? super X> init) {
    return ops.create(init);
  }

  // Prefetched rows (prefetchRelated) answer without a query while the set is unfiltered.

  @Override
  List<X> prefetchedRows() {
    List<X> cached = ops.prefetched();
    if (cached == null) {
      ops.checkLazy();
    }
    return cached;
  }

  @Override
  public List<X> list() {
    List<X> cached = ops.prefetched();
    if (cached != null) {
      return cached;
    }
    ops.checkLazy();
    return super.list();
  }

  @Override
  public long count() {
    List<X> cached = ops.prefetched();
    if (cached != null) {
      return cached.size();
    }
    ops.checkLazy();
    return ops.countLinks(); // the join table alone, Django #29725
  }

  @Override
  public boolean exists() {
    List<X> cached = ops.prefetched();
    if (cached != null) {
      return !cached.isEmpty();
    }
    ops.checkLazy();
    return ops.hasLinks(); // the join table alone, Django #29725
  }

  @Override
  public String toString() {
    return ops.toString();
  }
}
