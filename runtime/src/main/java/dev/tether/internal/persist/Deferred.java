package dev.tether.internal.persist;

import dev.tether.LazyLoadException;
import dev.tether.TetherException;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Fetch;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowWriter;
import dev.tether.path.FieldPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deferred fields ({@code only()}/{@code defer()}) and partial saves: loading one deferred field
 * on first access (Django's {@code DeferredAttribute}, one query), {@code saveFields(...)}
 * (Django's {@code update_fields}), and the save of an object with deferred fields, which writes
 * only what was loaded or set.
 */
public final class Deferred {
  private Deferred() {}

  /** Loads deferred field {@code field} of {@code o} with one query; refused under strict loading. */
  public static <T extends Entity> void load(ModelMeta<T> meta, T o, String field) {
    Engine e = Engines.forObject(meta, o, meta.database(o), false);
    Boolean own = meta.strict(o);
    if (own != null ? own : e.strictLoading()) {
      throw new LazyLoadException(meta.name() + "." + field + " was deferred (only()/defer()) and would be loaded"
          + " lazily (one query per " + meta.name() + ") while strict loading is on: add it to only(...), or"
          + " leave it out of defer(...), in the query that loaded the " + meta.name());
    }
    FieldMeta wanted = meta.field(field);
    Set<FieldMeta> others = new HashSet<>(meta.valueFields());
    others.remove(wanted);
    Query q = byKey(meta, meta.pk(o)).withDeferred(others);
    List<T> rows = Fetch.list(e, meta, q);
    if (rows.isEmpty()) {
      throw meta.doesNotExist(meta.name() + " matching query does not exist: " + keyName(meta) + " eq "
          + meta.pk(o) + " (loading its deferred field " + field + ")");
    }
    meta.copyField(rows.get(0), o, field);
    Set<String> left = new HashSet<>(meta.deferred(o));
    left.remove(field);
    meta.setDeferred(o, left);
  }

  /**
   * The value fields {@code save()} writes for an object with deferred fields: those loaded, and
   * the deferred ones set since (holding something other than null, zero or false).
   */
  static <T extends Entity> List<FieldMeta> loadedOrSet(ModelMeta<T> meta, T o) {
    Set<String> deferred = meta.deferred(o);
    List<FieldMeta> fields = meta.valueFields();
    List<Object> held = new ArrayList<>(fields.size());
    meta.bind(o, RowWriter.heldValues(fields, held));
    List<FieldMeta> out = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Object v = held.get(i);
      boolean unset = v == null || v.equals(Boolean.FALSE) || v instanceof Number n && n.doubleValue() == 0;
      if (!deferred.contains(fields.get(i).name()) || !unset) {
        out.add(fields.get(i));
      }
    }
    return out;
  }

  /** {@code saveFields(Article_.headline, ...)}: Django's {@code save(update_fields=[...])}. */
  public static <T extends Entity> void save(ModelMeta<T> meta, T o, List<? extends FieldPath<?>> columns) {
    List<FieldMeta> fields = new ArrayList<>();
    for (FieldPath<?> c : columns) {
      FieldMeta f;
      try {
        f = c.ownColumn();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("saveFields() takes columns of " + meta.name() + " itself: "
            + e.getMessage(), e);
      }
      if (meta.field(f.name()) != f) {
        throw new IllegalArgumentException("saveFields() takes columns of " + meta.name() + " itself, not " + f.name()
            + " of another model");
      }
      if (f.primaryKey()) {
        throw new IllegalArgumentException("The primary key " + meta.name() + "." + f.name()
            + " cannot be saved by saveFields(): it names the row to update");
      }
      fields.add(f);
    }
    saveFields(meta, o, fields);
  }

  /** An UPDATE of {@code fields} alone, between the save hooks; no row updated is an error. */
  static <T extends Entity> void saveFields(ModelMeta<T> meta, T o, List<FieldMeta> fields) {
    if (!meta.isPersisted(o) || meta.pk(o) == null) {
      throw new IllegalStateException("Cannot force an update in save() with no primary key: this "
          + meta.name() + " was never saved; call save() without fields");
    }
    if (fields.isEmpty()) {
      return; // Django: update_fields=[] does nothing, sends nothing
    }
    meta.beforeSave(o);
    List<FieldMeta> all = meta.valueFields();
    List<Object> values = new ArrayList<>(all.size());
    meta.bind(o, RowWriter.javaValues(all, values));
    Map<FieldMeta, Object> set = new LinkedHashMap<>();
    for (FieldMeta f : fields) {
      Object v = values.get(all.indexOf(f));
      if (v instanceof Entity) {
        throw new IllegalStateException("save() prohibited to prevent data loss due to unsaved related object in "
            + meta.name() + "." + f.name() + ": save it first");
      }
      set.put(f, v);
    }
    Engine e = Engines.forObject(meta, o, meta.database(o), true);
    int n = e.update(SqlCompiler.update(e.dialect(), byKey(meta, meta.pk(o)), set));
    if (n == 0) {
      throw new TetherException("Save with update_fields did not affect any rows: no " + meta.name()
          + " has " + keyName(meta) + " " + meta.pk(o));
    }
    Set<String> left = new HashSet<>(meta.deferred(o));
    for (FieldMeta f : fields) {
      left.remove(f.name());
    }
    meta.setDeferred(o, left);
    meta.afterSave(o, false);
  }

  private static Query byKey(ModelMeta<?> meta, Object key) {
    Query q = Query.of(meta).withOrdering(List.of());
    return q.withFilter(dev.tether.internal.query.KeyMatch.eq(q.root(), meta, key));
  }

  private static String keyName(ModelMeta<?> meta) {
    return meta.hasCompositeKey() ? "pk" : meta.pk().name();
  }
}
