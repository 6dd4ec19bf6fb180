package dev.tether.internal.query;

import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Conditions on a model's own primary key, single-column or composite: what {@code get},
 * {@code inBulk}, deletes and {@code refreshFromDb} filter by. A single-column key is one lookup
 * on its column; a composite key (Django 5.2's {@code CompositePrimaryKey}) compares every column
 * of the key, {@link Condition.KeyIn}.
 */
public final class KeyMatch {
  private KeyMatch() {}

  /** The row at {@code node} has key {@code key}. */
  public static Condition eq(PathNode node, ModelMeta<?> m, Object key) {
    if (!m.hasCompositeKey()) {
      return new Condition.Leaf(new ColumnExpr(node, m.pk()), Lookup.EXACT, key);
    }
    return in(node, m, List.of(key));
  }

  /** The row at {@code node} has one of {@code keys}. */
  public static Condition in(PathNode node, ModelMeta<?> m, Collection<?> keys) {
    if (!m.hasCompositeKey()) {
      return new Condition.Leaf(new ColumnExpr(node, m.pk()), Lookup.IN, List.copyOf(keys));
    }
    List<ColumnExpr> cols = new ArrayList<>();
    for (FieldMeta f : m.keyFields()) {
      cols.add(new ColumnExpr(node, f));
    }
    List<List<Object>> rows = new ArrayList<>(keys.size());
    for (Object k : keys) {
      rows.add(values(m, k));
    }
    return new Condition.KeyIn(cols, rows);
  }

  /** The column values of {@code key}, in key order; refuses null (a key must be complete). */
  public static List<Object> values(ModelMeta<?> m, Object key) {
    if (key == null) {
      throw new IllegalArgumentException(m.name() + ": a primary key to look up cannot be null");
    }
    List<Object> v = m.keyValues(key);
    if (v.size() != m.keyFields().size()) {
      throw new IllegalArgumentException(m.name() + ": " + key + " is not a key of " + m.name());
    }
    return v;
  }

  /** Reads the key columns at the reader's position (a SELECT of {@link #columns}). */
  public static Object read(ModelMeta<?> m, RowReader r) {
    if (!m.hasCompositeKey()) {
      return r.getValue(m.pk().type());
    }
    List<Object> v = new ArrayList<>(m.keyFields().size());
    for (FieldMeta f : m.keyFields()) {
      v.add(r.getValue(f.type()));
    }
    return m.keyOf(v);
  }

  /** How many keys of {@code m} fit in a statement of {@code limit} parameters. */
  public static int perStatement(ModelMeta<?> m, int limit) {
    return Math.max(1, limit / m.keyFields().size());
  }
}
