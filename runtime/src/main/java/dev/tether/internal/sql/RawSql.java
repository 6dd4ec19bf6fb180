package dev.tether.internal.sql;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.query.ValueTypes;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Raw SQL written by the user, Django's {@code Manager.raw()} and {@code connection.cursor()}: the
 * text is the user's, every value is a bound parameter, and it runs on the connection of Tether's
 * current transaction. Rows become model objects by column name: the user's query is wrapped as a
 * derived table and its columns are selected in the model's order, so the generated row reader
 * (which reads by position) reads them.
 */
public final class RawSql {
  private RawSql() {}

  /** {@code args} converted for the driver, each by its Java type. */
  public static List<Object> params(Engine e, Object... args) {
    List<Object> out = new ArrayList<>(args.length);
    for (Object a : args) {
      out.add(a == null ? null : e.dialect().toDb(ValueTypes.of(a), a));
    }
    return out;
  }

  private static String strip(String sql) {
    String s = sql.strip();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * The model objects of {@code sql}'s rows. Its columns must be the model's (any order); a column
   * the model does not have, or a model column missing, throws IllegalArgumentException naming them.
   */
  public static <T extends Entity> List<T> models(Engine e, ModelMeta<T> meta, String sql, Object... args) {
    String inner = strip(sql);
    List<Object> params = params(e, args);
    String raw = e.dialect().quote("raw");
    List<String> labels = e.query(new Sql("SELECT * FROM (" + inner + ") " + raw + " WHERE 1 = 0", params),
        (rs, r) -> {
          ResultSetMetaData md = rs.getMetaData();
          List<String> out = new ArrayList<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            out.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
          }
          return out;
        });
    Set<String> columns = new LinkedHashSet<>();
    for (FieldMeta f : meta.fields()) {
      columns.add(f.column().toLowerCase(Locale.ROOT));
    }
    List<String> unknown = new ArrayList<>();
    for (String l : labels) {
      if (!columns.contains(l)) {
        unknown.add(l);
      }
    }
    List<String> missing = new ArrayList<>(columns);
    missing.removeAll(labels);
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      throw new IllegalArgumentException("raw() for " + meta.name() + ": "
          + (unknown.isEmpty() ? "" : "columns " + meta.name() + " has no field for: " + String.join(", ", unknown))
          + (!unknown.isEmpty() && !missing.isEmpty() ? "; " : "")
          + (missing.isEmpty() ? "" : "missing columns of " + meta.name() + ": " + String.join(", ", missing)));
    }
    StringBuilder b = new StringBuilder("SELECT ");
    List<FieldMeta> fs = meta.fields();
    for (int i = 0; i < fs.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(raw).append('.').append(e.dialect().quote(fs.get(i).column()));
    }
    b.append(" FROM (").append(inner).append(") ").append(raw);
    return e.query(new Sql(b.toString(), params), (rs, r) -> {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        r.seek(1);
        out.add(meta.load(r));
      }
      return out;
    });
  }
}
