package dev.tether;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Fetch;
import dev.tether.meta.Entity;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Django's {@code QuerySet.in_bulk}: objects by key, the keys listed in batches under the parameter limit. */
final class InBulk {
  private InBulk() {}

  static <T extends Entity, K> Map<K, T> byKeys(Engine e, ModelMeta<T> meta, Query query, Collection<K> keys) {
    refuseSlice(query);
    Map<K, T> out = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    List<K> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
    Map<Object, T> byKey = new HashMap<>();
    int batch = dev.tether.internal.query.KeyMatch.perStatement(meta, e.dialect().keysPerStatement());
    for (int start = 0; start < distinct.size(); start += batch) {
      List<Object> part = new ArrayList<>(distinct.subList(start, Math.min(distinct.size(), start + batch)));
      Condition in = dev.tether.internal.query.KeyMatch.in(query.root(), meta, part);
      for (T o : Fetch.list(e, meta, query.withFilter(in).withOrdering(List.of()))) {
        byKey.put(sameKey(e, meta, meta.pk(o)), o);
      }
    }
    for (K k : distinct) {
      T o = byKey.get(sameKey(e, meta, k));
      if (o != null) {
        out.put(k, o);
      }
    }
    return out;
  }

  static <T extends Entity> Map<Object, T> all(Engine e, ModelMeta<T> meta, Query query) {
    refuseSlice(query);
    Map<Object, T> out = new LinkedHashMap<>();
    for (T o : Fetch.list(e, meta, query)) {
      out.put(meta.pk(o), o);
    }
    return out;
  }

  private static void refuseSlice(Query query) {
    if (query.isSliced()) {
      throw new IllegalStateException("Cannot use limit/offset with inBulk()");
    }
  }

  /** A key as the database compares it: an Integer and a Long of the same value are one key. */
  private static Object sameKey(Engine e, ModelMeta<?> meta, Object key) {
    if (meta.hasCompositeKey()) {
      return key; // a generated Pk record: its components are typed, equals compares them
    }
    Object v = e.dialect().toDb(meta.pk().type(), key);
    return v instanceof Integer || v instanceof Long || v instanceof Short ? ((Number) v).longValue() : v;
  }
}
