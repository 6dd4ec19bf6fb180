package dev.tether.internal.persist;

import dev.tether.Database;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.sql.Sql;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code bulk_update}: writes some columns of many saved objects with one
 * {@code UPDATE ... SET c = CASE WHEN pk = ? THEN ? ... END WHERE pk IN (...)} per batch, the
 * batches sized under the dialect's parameter limit and run in one transaction.
 */
public final class BulkUpdate {
  private BulkUpdate() {}

  /** Returns the rows matched (an object listed twice in one batch counts once, as in Django). */
  public static <T extends Entity> int run(ModelMeta<T> meta, Database db, List<T> objects, List<FieldMeta> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("bulkUpdate(" + meta.name() + "): name the fields to update");
    }
    List<Integer> at = new ArrayList<>(fields.size());
    for (FieldMeta f : fields) {
      if (f.primaryKey()) {
        throw new IllegalArgumentException("bulkUpdate(" + meta.name() + "): cannot update the primary key "
            + f.name());
      }
      int i = meta.valueFields().indexOf(f);
      if (i < 0) {
        throw new IllegalArgumentException("bulkUpdate(" + meta.name() + "): " + f.name() + " is not a column of "
            + meta.name());
      }
      at.add(i);
    }
    if (objects.isEmpty()) {
      return 0;
    }
    Engine e = Engines.write(db, meta);
    Dialect d = e.dialect();
    // every object bound before anything is written
    List<Object> keys = new ArrayList<>(objects.size());
    List<List<Object>> rows = new ArrayList<>(objects.size());
    List<Object> values = new ArrayList<>();
    RowWriter writer = new RowWriter(d, meta.valueFields(), values);
    for (T o : objects) {
      Object key = meta.pk(o);
      if (key == null) {
        throw new IllegalArgumentException("bulkUpdate(" + meta.name() + "): every object must have a primary key"
            + " set; got an unsaved " + meta.name());
      }
      keys.add(d.toDb(meta.pk().type(), key));
      values.clear();
      meta.bind(o, writer.nextRow(values));
      List<Object> row = new ArrayList<>(at.size());
      for (int i : at) {
        row.add(values.get(i));
      }
      rows.add(row);
    }
    int perStatement = d.rowsPerStatement(2 * fields.size() + 1);
    return e.atomic(() -> {
      int matched = 0;
      for (int start = 0; start < objects.size(); start += perStatement) {
        int n = Math.min(perStatement, objects.size() - start);
        String sql = meta.cached(List.of("bulkUpdate", d, fields, n), k -> sql(d, meta, fields, n));
        List<Object> params = new ArrayList<>(n * (2 * fields.size() + 1));
        for (int f = 0; f < fields.size(); f++) {
          for (int r = start; r < start + n; r++) {
            params.add(keys.get(r));
            params.add(rows.get(r).get(f));
          }
        }
        params.addAll(keys.subList(start, start + n));
        matched += e.update(new Sql(sql, params));
      }
      return matched;
    });
  }

  /** {@code UPDATE t SET c = CASE WHEN pk = ? THEN ? ... END, ... WHERE pk IN (?, ...)} for {@code rows} objects. */
  public static String sql(Dialect d, ModelMeta<?> meta, List<FieldMeta> fields, int rows) {
    String pk = d.quote(meta.pk().column());
    StringBuilder b = new StringBuilder("UPDATE ").append(d.quote(meta.table())).append(" SET ");
    for (int f = 0; f < fields.size(); f++) {
      FieldMeta field = fields.get(f);
      b.append(f == 0 ? "" : ", ").append(d.quote(field.column())).append(" = CASE");
      String value = d.caseValue(field);
      for (int r = 0; r < rows; r++) {
        b.append(" WHEN ").append(pk).append(" = ? THEN ").append(value);
      }
      b.append(" END");
    }
    b.append(" WHERE ").append(pk).append(" IN (");
    for (int r = 0; r < rows; r++) {
      b.append(r == 0 ? "?" : ", ?");
    }
    return b.append(')').toString();
  }
}
