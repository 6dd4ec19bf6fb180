package dev.tether.internal.schema;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.schema.Table.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQLite's way to change a table its ALTER TABLE cannot: create the new shape under a temporary
 * name, copy every row across, drop the old table, rename the new one, recreate the indexes.
 * Django's {@code DatabaseSchemaEditor._remake_table}, following the twelve steps of SQLite's
 * "Making Other Kinds Of Table Schema Changes". The migration runs with foreign keys off and
 * checks them before it commits, so rows pointing at the table survive its replacement.
 */
public final class TableRemake {
  private TableRemake() {}

  /**
   * Rebuilds {@code before} as {@code after}. {@code copy} maps each column of {@code after} that
   * takes values from the old rows to an SQL expression over the old table (usually its quoted
   * name); the other columns get their default.
   */
  public static List<String> remake(Dialect d, Table before, Table after, Map<String, String> copy) {
    String temp = "new__" + after.name();
    List<String> out = new ArrayList<>();
    out.add(SchemaSql.createTableStatement(d, after.named(temp), after.name()));
    if (!copy.isEmpty()) {
      StringBuilder into = new StringBuilder();
      StringBuilder select = new StringBuilder();
      for (Column c : after.columns()) {
        String expr = copy.get(c.name());
        if (expr != null) {
          into.append(into.length() == 0 ? "" : ", ").append(d.quote(c.name()));
          select.append(select.length() == 0 ? "" : ", ").append(expr);
        }
      }
      out.add("INSERT INTO " + d.quote(temp) + " (" + into + ") SELECT " + select + " FROM " + d.quote(before.name()));
    }
    out.add("DROP TABLE " + d.quote(before.name()));
    out.add(d.renameTable(temp, after.name()));
    out.addAll(SchemaSql.indexes(d, after));
    return out;
  }
}
