package dev.tether.internal.persist;

import dev.tether.ValidationException;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fullClean()}: Django's {@code Model.full_clean} without the user's {@code clean()}. Each
 * field's nullability and length (in characters, as Django's {@code len}), then uniqueness: one
 * query per unique field and unique-together group, leaving out the object's own row and the
 * fields that already failed.
 */
public final class Validator {
  private Validator() {}

  public static <T extends Entity> void fullClean(ModelMeta<T> meta, T o) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    List<FieldMeta> fields = meta.valueFields();
    List<Object> values = new ArrayList<>(fields.size());
    meta.bind(o, RowWriter.javaValues(fields, values));
    Map<FieldMeta, Object> byField = new LinkedHashMap<>();
    Object key = meta.pk(o);
    if (meta.hasCompositeKey()) {
      List<Object> parts = key == null ? null : meta.keyValues(key);
      for (int i = 0; i < meta.keyFields().size(); i++) {
        byField.put(meta.keyFields().get(i), parts == null ? null : parts.get(i));
      }
    } else {
      byField.put(meta.pk(), key);
    }
    for (int i = 0; i < fields.size(); i++) {
      FieldMeta f = fields.get(i);
      Object v = values.get(i);
      byField.put(f, v);
      if (v == null) {
        if (!f.nullable()) {
          add(errors, f, "This field cannot be null.");
        }
      } else if (v instanceof String s && f.maxLength() > 0) {
        int n = s.codePointCount(0, s.length());
        if (n > f.maxLength()) {
          add(errors, f, "Ensure this value has at most " + f.maxLength() + " characters (it has " + n + ").");
        }
      }
    }
    uniqueness(meta, o, byField, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(meta.name(), errors);
    }
  }

  private static <T extends Entity> void uniqueness(ModelMeta<T> meta, T o, Map<FieldMeta, Object> values,
      Map<String, List<String>> errors) {
    boolean adding = !meta.isPersisted(o);
    Engine e = null;
    List<List<FieldMeta>> groups = new ArrayList<>();
    for (FieldMeta f : values.keySet()) {
      // the key only while adding, as Django: a saved object's key is its own row's
      if (f.primaryKey() ? adding && !meta.hasCompositeKey() : f.unique()) {
        groups.add(List.of(f));
      }
    }
    if (adding && meta.hasCompositeKey()) {
      groups.add(meta.keyFields());
    }
    groups.addAll(meta.uniqueTogether());
    for (List<FieldMeta> group : groups) {
      Query q = Query.of(meta).withOrdering(List.of());
      boolean skip = false;
      for (FieldMeta f : group) {
        Object v = values.get(f);
        // Django skips a group with a NULL value, an unsaved related object, or a field in error
        if (v == null || v instanceof Entity || errors.containsKey(f.name())) {
          skip = true;
          break;
        }
        // v is the column's value (the generated code converted it): the lookup takes the field's
        Object value = f.converted() ? f.fromColumn(v) : v;
        q = q.withFilter(new Condition.Leaf(new ColumnExpr(q.root(), f), Lookup.EXACT, value));
      }
      if (skip) {
        continue;
      }
      if (!adding) {
        q = q.withFilter(new Condition.Not(dev.tether.internal.query.KeyMatch.eq(q.root(), meta, meta.pk(o))));
      }
      if (e == null) {
        e = Engines.forObject(meta, o, meta.database(o), false);
      }
      Engine engine = e;
      if (engine.query(SqlCompiler.exists(engine.dialect(), q), (rs, r) -> rs.next())) {
        List<String> labels = new ArrayList<>();
        for (FieldMeta f : group) {
          labels.add(label(f));
        }
        String message = meta.name() + " with this " + String.join(" and ", labels) + " already exists.";
        if (group.size() == 1) {
          add(errors, group.get(0), message);
        } else {
          errors.computeIfAbsent(ValidationException.NON_FIELD_ERRORS, k -> new ArrayList<>()).add(message);
        }
      }
    }
  }

  /** Django's {@code verbose_name}, capitalised: {@code pubDate} reads "Pub date". */
  static String label(FieldMeta f) {
    String name = f.name();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0) {
        b.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c)) {
        b.append(' ').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void add(Map<String, List<String>> errors, FieldMeta f, String message) {
    errors.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(message);
  }
}
