package dev.tether;

import dev.tether.internal.related.ForeignKeys;
import dev.tether.internal.related.ReverseForeignKey;
import dev.tether.meta.Entity;
import dev.tether.meta.ForeignKeyMeta;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reverse side of a foreign key, {@code reporter.articleSet()}: every {@link QuerySet} method
 * over the rows pointing at the owner, plus Django's related-manager methods. Django's
 * {@code RelatedManager}.
 *
 * @param <S> the model whose foreign key points at the owner
 */
public class RelatedManager<S extends Entity> extends QuerySet<S> {
  private final ReverseForeignKey<S, ?> relation;

  /** For Tether's internals; users call the generated accessor. */
  public <T extends Entity> RelatedManager(ForeignKeyMeta<S, T> fk, T owner, Object ownerKey, Database db) {
    super(fk.source(), db, ForeignKeys.reverseQuery(fk, ownerKey));
    this.relation = new ReverseForeignKey<>(fk, owner, ownerKey, db);
  }

  /** Creates an object pointing at the owner, saves it and returns it. */
  public S create(Consumer<? super S> init) {
    return relation.create(init);
  }

  /** A new object pointing at the owner: what {@code getOrCreate}/{@code updateOrCreate} create. */
  @Override
  S createNew(Consumer<? super S> init) {
    return relation.create(init);
  }

  /**
   * Points saved objects at the owner with one UPDATE, moving them from where they were; an
   * unsaved object is refused by name.
   */
  @SafeVarargs
  public final void add(S... objects) {
    relation.add(Arrays.asList(objects));
  }

  /** {@link #add(Entity[])} for a collection. */
  public void add(Collection<? extends S> objects) {
    relation.add(objects);
  }

  /**
   * Django's {@code add(*objs, bulk=False)} when {@code bulk} is false: points each object at the
   * owner and saves it ({@code save()}: an UPDATE, or an INSERT for an unsaved object), one
   * statement per object, all in one transaction. With {@code bulk} true it is {@link #add(Entity[])}.
   */
  @SafeVarargs
  public final void add(boolean bulk, S... objects) {
    add(bulk, Arrays.asList(objects));
  }

  /** {@link #add(boolean, Entity[])} for a collection. */
  public void add(boolean bulk, Collection<? extends S> objects) {
    if (bulk) {
      relation.add(objects);
    } else {
      relation.addEach(objects);
    }
  }

  /**
   * Makes {@code objects} the related set: adds what is missing and, when the key is nullable,
   * detaches the rest. On a non-nullable key it only adds, as in Django.
   */
  public void set(Collection<? extends S> objects) {
    relation.set(objects, false);
  }

  /**
   * {@link #set(Collection)}; with {@code clear} on a nullable key, Django's
   * {@code set(objs, clear=True)}: every related object is detached first (one UPDATE), then
   * {@code objects} added (one UPDATE). On a non-nullable key it only adds, as in Django.
   */
  public void set(Collection<? extends S> objects, boolean clear) {
    relation.set(objects, clear);
  }

  /** Detaches objects from the owner (sets their key NULL); only for a nullable key. */
  @SafeVarargs
  public final void remove(S... objects) {
    relation.remove(Arrays.asList(objects));
  }

  /** Detaches every related object (sets their key NULL); only for a nullable key. */
  public void clear() {
    relation.clear();
  }

  // Prefetched rows (prefetchRelated) answer without a query while the set is unfiltered.

  @Override
  List<S> prefetchedRows() {
    List<S> cached = relation.prefetched();
    if (cached == null) {
      relation.checkLazy();
    }
    return cached;
  }

  @Override
  public List<S> list() {
    List<S> cached = relation.prefetched();
    if (cached != null) {
      return cached;
    }
    relation.checkLazy();
    return super.list();
  }

  @Override
  public long count() {
    List<S> cached = relation.prefetched();
    if (cached != null) {
      return cached.size();
    }
    relation.checkLazy();
    return super.count();
  }

  @Override
  public boolean exists() {
    List<S> cached = relation.prefetched();
    if (cached != null) {
      return !cached.isEmpty();
    }
    relation.checkLazy();
    return super.exists();
  }

  @Override
  public String toString() {
    return relation.toString();
  }
}
