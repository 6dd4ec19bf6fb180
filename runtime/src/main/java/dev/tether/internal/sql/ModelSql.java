package dev.tether.internal.sql;

import dev.tether.internal.dialect.Dialect;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed statements of one model on one dialect, built once and cached on the model's
 * metadata: insert, update, select and delete by key.
 */
public final class ModelSql {
  /** INSERT of the value columns, returning the generated key; null for a composite key. */
  public final String insertAuto;
  /** INSERT of the value columns and the key columns. */
  public final String insertWithKey;
  /** UPDATE of the value columns by key (key columns bound last). */
  public final String updateByKey;
  /** SELECT of every column by key. */
  public final String selectByKey;
  /** The column list of a SELECT of this model, unqualified. */
  public final String columns;

  private ModelSql(Dialect d, ModelMeta<?> m) {
    String table = d.quote(m.table());
    List<String> keyCols = new ArrayList<>();
    List<String> keyWhere = new ArrayList<>();
    List<String> keySet = new ArrayList<>();
    for (FieldMeta f : m.keyFields()) {
      keyCols.add(d.quote(f.column()));
      keySet.add(d.quote(f.column()) + " = ?");
      keyWhere.add(table + "." + d.quote(f.column()) + " = ?");
    }
    String pk = String.join(", ", keyCols);
    String keyMarks = String.join(", ", java.util.Collections.nCopies(keyCols.size(), "?"));
    List<String> cols = new ArrayList<>();
    for (FieldMeta f : m.valueFields()) {
      cols.add(d.quote(f.column()));
    }
    String marks = String.join(", ", java.util.Collections.nCopies(cols.size(), "?"));
    String valueList = String.join(", ", cols);
    if (m.hasCompositeKey()) {
      insertAuto = null; // no column of a composite key is generated
    } else if (cols.isEmpty()) {
      insertAuto = "INSERT INTO " + table + d.insertNoValues() + " RETURNING " + pk;
    } else {
      insertAuto = "INSERT INTO " + table + " (" + valueList + ") VALUES (" + marks + ") RETURNING " + pk;
    }
    insertWithKey = "INSERT INTO " + table + " (" + (cols.isEmpty() ? "" : valueList + ", ") + pk
        + ") VALUES (" + (cols.isEmpty() ? "" : marks + ", ") + keyMarks + ")";
    List<String> sets = new ArrayList<>();
    for (String c : cols) {
      sets.add(c + " = ?");
    }
    updateByKey = cols.isEmpty() ? null
        : "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE "
            + String.join(" AND ", keySet);
    List<String> all = new ArrayList<>();
    for (FieldMeta f : m.fields()) {
      all.add(table + "." + d.quote(f.column()));
    }
    columns = String.join(", ", all);
    selectByKey = "SELECT " + columns + " FROM " + table + " WHERE " + String.join(" AND ", keyWhere);
  }

  /** The statements of {@code m} on {@code d}, built on first use. */
  public static ModelSql of(ModelMeta<?> m, Dialect d) {
    return m.cached(d, x -> new ModelSql(d, m));
  }
}
