package dev.tether.internal.related;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Hop;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Batches;
import dev.tether.internal.sql.Fetch;
import dev.tether.meta.Entity;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code prefetchRelated}: loads the related rows of many objects with one query per relation
 * step (chunked under the parameter limit) and fills the objects, Django's
 * {@code prefetch_related_objects}. Forward keys fill the field; reverse ones fill the related
 * manager's cache, and each child's key field points back at its owner.
 */
public final class Prefetcher {
  private Prefetcher() {}

  public static void prefetch(Engine e, List<? extends Entity> roots, List<PathNode> paths, Boolean strict) {
    for (PathNode path : paths) {
      List<Entity> level = new ArrayList<>(roots);
      for (PathNode step : path.steps()) {
        level = step(e, step.hop(), level, strict);
        if (level.isEmpty()) {
          break;
        }
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Entity> step(Engine e, Hop hop, List<Entity> owners, Boolean strict) {
    ForeignKeyMeta fk = hop.foreignKey();
    return hop.kind() == Hop.Kind.FORWARD
        ? forward(e, fk, owners, strict)
        : reverse(e, fk, hop.via(), owners, strict);
  }

  private static <S extends Entity, T extends Entity> List<Entity> forward(
      Engine e, ForeignKeyMeta<S, T> fk, List<S> owners, Boolean strict) {
    ModelMeta<T> target = fk.target();
    Set<Object> keys = new LinkedHashSet<>();
    for (S o : owners) {
      T v = fk.get(o);
      if (v != null && target.isReference(v)) {
        keys.add(fk.targetKey(v));
      }
    }
    Map<Object, T> byKey = new HashMap<>();
    for (List<Object> chunk : Batches.split(keys, e.dialect().keysPerStatement())) {
      Query q = Query.of(target).withOrdering(List.of()).withStrict(strict)
          .withFilter(new Condition.Leaf(new ColumnExpr(PathNode.root(target), fk.targetField()), Lookup.IN, chunk));
      for (T t : Fetch.list(e, target, q)) {
        byKey.put(fk.targetKey(t), t);
      }
    }
    Map<T, Boolean> next = new IdentityHashMap<>();
    for (S o : owners) {
      T v = fk.get(o);
      if (v == null) {
        continue;
      }
      if (target.isReference(v)) {
        T loaded = byKey.get(fk.targetKey(v));
        if (loaded == null) {
          continue;
        }
        fk.set(o, loaded);
        ForeignKeys.pointBack(fk, o, loaded);
        v = loaded;
      }
      next.put(v, Boolean.TRUE);
    }
    return new ArrayList<>(next.keySet());
  }

  /**
   * Back against {@code fk}; when {@code via} is a many-to-many, the through rows are read with
   * the related objects (one query) and cached as that relation's, apart from {@code fk}'s own
   * reverse accessor ({@code group.membershipSet()}).
   */
  private static <S extends Entity, T extends Entity> List<Entity> reverse(
      Engine e, ForeignKeyMeta<S, T> fk, ManyToManyMeta<?, ?> via, List<T> owners, Boolean strict) {
    Object cacheKey = via == null ? null : via.cacheKey(fk);
    ModelMeta<T> owner = fk.target();
    ModelMeta<S> source = fk.source();
    List<Entity> next = new ArrayList<>();
    Set<Object> keys = new LinkedHashSet<>();
    for (T o : owners) {
      if (known(fk, cacheKey, o)) {
        next.addAll(cached(fk, cacheKey, o));
      } else if (owner.pk(o) != null && fk.targetKey(o) != null) {
        keys.add(fk.targetKey(o));
      }
    }
    Map<Object, List<S>> groups = new HashMap<>();
    for (List<Object> chunk : Batches.split(keys, e.dialect().keysPerStatement())) {
      Query q = Query.of(source).withStrict(strict).withFilter(new Condition.Leaf(
          new ColumnExpr(PathNode.root(source).forward(fk), fk.targetField()), Lookup.IN, chunk));
      if (via != null) {
        // a many-to-many: read the related rows with the through rows, one query for the relation,
        // in the related model's ordering
        ForeignKeyMeta<?, ?> other = fk == via.sourceKey() ? via.targetKey() : via.sourceKey();
        PathNode related = q.root().forward(other);
        q = q.withSelectRelated(List.of(related)).withOrdering(orderingAt(related));
        if (other.nullable()) {
          q = q.withFilter(new Condition.Leaf(new ColumnExpr(related, other.targetField()), Lookup.IS_NULL, false));
        }
      }
      for (S child : Fetch.list(e, source, q)) {
        groups.computeIfAbsent(fk.key(child), k -> new ArrayList<>()).add(child);
      }
    }
    for (T o : owners) {
      if (known(fk, cacheKey, o) || owner.pk(o) == null) {
        continue;
      }
      List<S> rows = groups.getOrDefault(fk.targetKey(o), Collections.emptyList());
      for (S child : rows) {
        fk.set(child, o);
      }
      if (cacheKey != null) {
        RelationCache.putPrefetched(cacheKey, fk, o, rows);
      } else if (fk.oneToOne()) {
        RelationCache.putReverseOne(fk, o, rows.isEmpty() ? null : rows.get(0));
      } else {
        RelationCache.putPrefetched(fk, o, rows);
      }
      next.addAll(rows);
    }
    return next;
  }

  /** The default ordering of the model at {@code node}, expressed from the query's root. */
  private static List<OrderTerm> orderingAt(PathNode node) {
    List<OrderTerm> out = new ArrayList<>();
    for (String spec : node.model().ordering()) {
      boolean desc = spec.startsWith("-");
      out.add(new OrderTerm(new ColumnExpr(node, node.model().field(desc ? spec.substring(1) : spec)), desc));
    }
    return out;
  }

  private static <T extends Entity> boolean known(ForeignKeyMeta<?, T> fk, Object cacheKey, T owner) {
    if (cacheKey != null) {
      return RelationCache.getPrefetched(cacheKey, fk, owner) != null;
    }
    return fk.oneToOne() ? RelationCache.hasReverseOne(fk, owner) : RelationCache.getPrefetched(fk, owner) != null;
  }

  @SuppressWarnings("unchecked")
  private static <S extends Entity, T extends Entity> List<S> cached(ForeignKeyMeta<S, T> fk, Object cacheKey,
      T owner) {
    if (cacheKey != null) {
      return (List<S>) RelationCache.getPrefetched(cacheKey, fk, owner);
    }
    if (fk.oneToOne()) {
      S one = RelationCache.getReverseOne(fk, owner);
      return one == null ? List.of() : List.of(one);
    }
    return RelationCache.getPrefetched(fk, owner);
  }


}
