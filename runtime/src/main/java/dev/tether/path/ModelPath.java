package dev.tether.path;

import dev.tether.Q;
import dev.tether.QuerySet;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.Hop;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.related.Keys;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.SqlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A relation hop from model {@code R} arriving at model {@code T}: {@code Article_.reporter()},
 * {@code Reporter_.article()}. The generated {@code T_.Path} subclass adds {@code T}'s columns and
 * hops. Comparing the hop itself compares keys: {@code Article_.reporter().eq(r)} is Django's
 * {@code reporter=r}.
 *
 * @param <R> the model being filtered
 * @param <T> the model the path arrives at
 */
public abstract class ModelPath<R, T extends Entity> implements FieldPath<R> {
  private final PathNode node;

  /** For generated code. */
  protected ModelPath(PathNode node) {
    this.node = node;
  }

  /** Where the path stands, for the query layer. */
  public final PathNode node() {
    return node;
  }

  @SuppressWarnings("unchecked")
  private ModelMeta<T> meta() {
    return (ModelMeta<T>) node.model();
  }

  private ColumnExpr key() {
    return new ColumnExpr(node, node.model().pk());
  }

  private Q<R> leaf(Lookup lookup, Object value) {
    return Q.of(new Condition.Leaf(key(), lookup, value));
  }

  /**
   * The foreign key this path crossed forward when it stores a {@code toField} rather than the
   * target's key, else null: objects then compare by that field, with no join.
   */
  @SuppressWarnings("unchecked")
  private ForeignKeyMeta<?, T> toFieldHop() {
    Hop h = node.hop();
    return h != null && h.kind() == Hop.Kind.FORWARD && h.foreignKey().toField() != null
        ? (ForeignKeyMeta<?, T>) h.foreignKey() : null;
  }

  /** The value compared for {@code obj}: its key, or the {@code toField} the key column stores. */
  private Object valueOf(T obj, String where) {
    Object key = Keys.of(meta(), obj, where);
    ForeignKeyMeta<?, T> fk = toFieldHop();
    return fk == null ? key : fk.targetKey(obj);
  }

  private Q<R> objectLeaf(Lookup lookup, Object value) {
    ForeignKeyMeta<?, T> fk = toFieldHop();
    return fk == null ? leaf(lookup, value)
        : Q.of(new Condition.Leaf(new ColumnExpr(node, fk.targetField()), lookup, value));
  }

  /** The related row is {@code obj} (which must be saved); {@code eq(null)} is {@code isNull(true)}. */
  public final Q<R> eq(T obj) {
    if (obj == null) {
      return isNull(true);
    }
    return objectLeaf(Lookup.EXACT, valueOf(obj, describe()));
  }

  /** The related row is not {@code obj}: {@code eq(obj).not()}. */
  public final Q<R> ne(T obj) {
    return eq(obj).not();
  }

  /** The related row is one of {@code objs}. */
  @SafeVarargs
  public final Q<R> in(T... objs) {
    return in(Arrays.asList(objs));
  }

  /** The related row is one of {@code objs}. */
  public final Q<R> in(Collection<? extends T> objs) {
    List<Object> keys = new ArrayList<>(objs.size());
    for (T o : objs) {
      keys.add(valueOf(o, describe()));
    }
    return objectLeaf(Lookup.IN, List.copyOf(keys));
  }

  /** The related row is one the query set selects, as a sub-query (one round trip). */
  public final Q<R> in(QuerySet<T> query) {
    if (query.query().model() != node.model()) {
      throw new IllegalArgumentException(describe() + ".in(...) needs a query of "
          + node.model().name() + ", not of " + query.query().model().name());
    }
    return leaf(Lookup.IN_QUERY, query.query());
  }

  /** There is no related row ({@code true}) or there is one ({@code false}). */
  public final Q<R> isNull(boolean isNull) {
    return leaf(Lookup.IS_NULL, isNull);
  }

  /** The related row has key {@code key}: Django's {@code reporter=1}. */
  protected final Q<R> eqKey(Object key) {
    return key == null ? isNull(true) : leaf(Lookup.EXACT, key);
  }

  /** The related row has one of {@code keys}. */
  protected final Q<R> inKeys(List<?> keys) {
    return leaf(Lookup.IN, List.copyOf(keys));
  }

  /** The related row has one of these keys (a generated {@code in(String...)}, {@code in(UUID...)}...). */
  protected final Q<R> inKeys(Object[] keys) {
    return inKeys(List.of(keys));
  }

  /** The related row has one of these {@code long} keys (a generated {@code in(long...)}). */
  protected final Q<R> inKeys(long[] keys) {
    return inKeys(java.util.stream.LongStream.of(keys).boxed().toList());
  }

  /** The related row has one of these {@code int} keys (a generated {@code in(int...)}). */
  protected final Q<R> inKeys(int[] keys) {
    return inKeys(java.util.stream.IntStream.of(keys).boxed().toList());
  }

  /**
   * {@code SET key_column = obj's key}, for {@code QuerySet.update(...)}:
   * {@code Article.objects.filter(...).update(Article_.reporter().set(r))}, Django's
   * {@code update(reporter=r)}; {@code set(null)} sets NULL. Only for a foreign key or one-to-one
   * of the model being updated.
   *
   * @throws IllegalArgumentException for an unsaved object or a path that is not such a key
   */
  public final Assignment<R> set(T obj) {
    FieldMeta column = ownKeyColumn();
    return new Assignment<>(column, obj == null ? null : valueOf(obj, describe() + ".set(...)"));
  }

  /** {@code SET key_column = key}: Django's {@code update(reporter=1)}; the generated {@code set(key)}. */
  protected final Assignment<R> setKey(Object key) {
    FieldMeta column = ownKeyColumn();
    if (key != null && toFieldHop() != null) {
      throw new IllegalArgumentException(describe() + ".set(key) takes the key of " + meta().name()
          + ", but the column stores its " + toFieldHop().toField() + ": pass the object, set(obj)");
    }
    return new Assignment<>(column, key);
  }

  @Override
  public final FieldMeta ownColumn() {
    return ownKeyColumn();
  }

  private FieldMeta ownKeyColumn() {
    Hop h = node.hop();
    if (h == null || h.kind() != Hop.Kind.FORWARD || !node.parent().isRoot()) {
      throw new IllegalArgumentException("update() can only set a foreign key or one-to-one of "
          + node.root().model().name() + " itself, not " + describe());
    }
    return h.foreignKey().column();
  }

  /**
   * The number of related rows (of their non-NULL keys): {@code Reporter_.article().count()},
   * Django's {@code Count("article")}.
   */
  public final NumberExpr<R, Long> count() {
    return count(false, null);
  }

  /** The number of related rows where {@code filter} holds: {@code Count("article", filter=Q(...))}. */
  public final NumberExpr<R, Long> count(Q<R> filter) {
    return count(false, filter);
  }

  /** The number of distinct related rows: {@code Count("article", distinct=True)}. */
  public final NumberExpr<R, Long> countDistinct() {
    return count(true, null);
  }

  /** The number of distinct related rows where {@code filter} holds. */
  public final NumberExpr<R, Long> countDistinct(Q<R> filter) {
    return count(true, filter);
  }

  private NumberExpr<R, Long> count(boolean distinct, Q<R> filter) {
    return new NumberExpr<>(Aggregates.node(key(), Expression.AggKind.COUNT, distinct, filter, SqlType.LONG));
  }

  private String describe() {
    return node.root().model().name() + "_." + node.describe() + "()";
  }

  @Override
  public String toString() {
    return node.describe();
  }
}
