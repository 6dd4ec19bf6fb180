package dev.tether.internal.schema;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.schema.Table.Column;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.TableConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DDL of one schema change, for migrations: {@link SchemaEditor}'s companion, working on
 * {@link Table} descriptions rather than compiled models. Tables, indexes and constraints get the
 * names {@link SchemaEditor} gives them, so a database it created can be migrated. Where the
 * dialect cannot alter a column in place (SQLite), the table is rebuilt ({@link TableRemake}).
 * Each method returns statements; nothing runs here.
 */
public final class SchemaSql {
  private SchemaSql() {}

  /** A column's definition, as in CREATE TABLE (its REFERENCES only where foreign keys are inline). */
  public static String definition(Dialect d, Column c) {
    return definition(d, c, true);
  }

  /** A column's definition; {@code inlineKey} false leaves PRIMARY KEY to a table constraint (composite keys). */
  static String definition(Dialect d, Column c, boolean inlineKey) {
    FieldMeta f = c.field();
    if (f.primaryKey() && f.autoIncrement()) {
      return d.autoKeyDefinition(f);
    }
    StringBuilder b = new StringBuilder(d.quote(f.column())).append(' ').append(d.columnType(f));
    b.append(f.nullable() ? " NULL" : " NOT NULL");
    if (f.primaryKey() && inlineKey) {
      b.append(" PRIMARY KEY");
    } else if (f.unique()) {
      b.append(" UNIQUE");
    }
    if (f.defaultValue() != null) {
      b.append(" DEFAULT ").append(d.defaultLiteral(f));
    }
    if (c.references() && d.inlineForeignKeys()) {
      b.append(references(d, c));
    }
    return b.toString();
  }

  /** {@code PRIMARY KEY (a, b)}: a composite key's table constraint, Django 5.2's {@code CompositePrimaryKey}. */
  public static String compositeKey(Dialect d, List<String> columns) {
    List<String> quoted = new ArrayList<>(columns.size());
    for (String c : columns) {
      quoted.add(d.quote(c));
    }
    return "PRIMARY KEY (" + String.join(", ", quoted) + ")";
  }

  private static String references(Dialect d, Column c) {
    return " REFERENCES " + d.quote(c.refTable()) + " (" + d.quote(c.refColumn()) + ")" + d.foreignKeySuffix();
  }

  /** The CREATE TABLE statement alone. */
  public static String createTableStatement(Dialect d, Table t) {
    return createTableStatement(d, t, t.name());
  }

  /** The CREATE TABLE statement, its constraints named after table {@code owner} (a rebuild's final name). */
  static String createTableStatement(Dialect d, Table t, String owner) {
    StringBuilder b = new StringBuilder("CREATE TABLE ").append(d.quote(t.name())).append(" (");
    List<String> key = t.keyColumns();
    for (int i = 0; i < t.columns().size(); i++) {
      b.append(i == 0 ? "" : ", ").append(definition(d, t.columns().get(i), key.size() == 1));
    }
    if (key.size() > 1) {
      b.append(", ").append(compositeKey(d, key));
    }
    for (List<String> group : t.uniqueTogether()) {
      b.append(", UNIQUE (");
      for (int i = 0; i < group.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(d.quote(group.get(i)));
      }
      b.append(')');
    }
    for (Column c : t.columns()) {
      String check = SchemaEditor.choicesCheck(d, owner, c.field());
      if (check != null) {
        b.append(", ").append(check);
      }
    }
    for (TableConstraint c : t.constraints()) {
      String clause = ConstraintSql.inline(d, c, t::field);
      if (clause != null) {
        b.append(", ").append(clause);
      }
    }
    return b.append(')').append(d.tableOptions()).toString();
  }

  /**
   * CREATE TABLE, what the dialect adds to a generated key, then its indexes, then its foreign keys
   * (where they are not inline).
   */
  public static List<String> createTable(Dialect d, Table t) {
    List<String> out = new ArrayList<>();
    out.add(createTableStatement(d, t));
    for (Column c : t.columns()) {
      if (c.field().primaryKey() && c.field().autoIncrement()) {
        out.addAll(d.autoKeyStatements(t.name(), c.field()));
      }
    }
    out.addAll(indexes(d, t));
    for (Column c : t.columns()) {
      if (c.references() && !d.inlineForeignKeys()) {
        out.add(addForeignKey(d, t.name(), c));
      }
    }
    return out;
  }

  static List<String> indexes(Dialect d, Table t) {
    List<String> out = new ArrayList<>();
    for (Column c : t.columns()) {
      if (c.hasIndex()) {
        out.add(createIndex(d, t.name(), c.name()));
      }
    }
    for (TableConstraint c : t.constraints()) {
      out.addAll(ConstraintSql.afterCreate(d, t.name(), c, t::field));
    }
    return out;
  }

  /**
   * Adds declaration {@code c} of {@code after} to table {@code before} (Django's
   * {@code AddConstraint}/{@code AddIndex}); SQLite rebuilds the table for a check.
   */
  public static List<String> addConstraint(Dialect d, Table before, Table after, TableConstraint c) {
    List<String> out = ConstraintSql.add(d, after.name(), c, after::field);
    return out != null ? out : TableRemake.remake(d, before, after, copyAll(d, before, after));
  }

  /** Drops declaration {@code c} of {@code before}; SQLite rebuilds the table for a check. */
  public static List<String> dropConstraint(Dialect d, Table before, Table after, TableConstraint c) {
    List<String> out = ConstraintSql.drop(d, before.name(), c, before::field);
    return out != null ? out : TableRemake.remake(d, before, after, copyAll(d, before, after));
  }

  public static List<String> dropTable(Dialect d, Table t) {
    return List.of("DROP TABLE " + d.quote(t.name()));
  }

  private static String createIndex(Dialect d, String table, String column) {
    return "CREATE INDEX " + d.quote(SchemaEditor.name(table, column, "idx")) + " ON " + d.quote(table) + " ("
        + d.quote(column) + ")";
  }

  private static String dropIndex(Dialect d, String table, String column) {
    return d.dropIndex(table, SchemaEditor.name(table, column, "idx"));
  }

  private static String addForeignKey(Dialect d, String table, Column c) {
    return "ALTER TABLE " + d.quote(table) + " ADD CONSTRAINT " + d.quote(SchemaEditor.name(table, c.name(), "fk"))
        + " FOREIGN KEY (" + d.quote(c.name()) + ")" + references(d, c);
  }

  private static String dropForeignKey(Dialect d, String table, String column) {
    return d.dropForeignKey(table, SchemaEditor.name(table, column, "fk"));
  }

  /** A literal of the column's type, for the rows a change fills. */
  static String literal(Dialect d, FieldMeta f, String value) {
    return d.defaultLiteral(f.withDefault(value));
  }

  /**
   * Adds column {@code column} of {@code after}. Existing rows get {@code fill} when it is given
   * (a one-off value, not kept as the column's default), else the column's default or NULL.
   */
  public static List<String> addColumn(Dialect d, Table before, Table after, String column, String fill) {
    Column c = after.column(column);
    FieldMeta f = c.field();
    List<String> out = new ArrayList<>();
    if (!d.canAlterColumns()) {
      boolean plain = !f.unique() && !f.primaryKey() && fill == null && f.choices() == null
          && (f.nullable() || f.defaultValue() != null) && !(c.references() && f.defaultValue() != null);
      if (!plain) {
        Map<String, String> copy = copyAll(d, before, after);
        if (fill != null) {
          copy.put(column, literal(d, f, fill));
        }
        return TableRemake.remake(d, before, after, copy);
      }
      out.add(d.addColumn(after.name(), definition(d, c)));
      if (c.hasIndex()) {
        out.add(createIndex(d, after.name(), column));
      }
      return out;
    }
    boolean oneOff = fill != null && f.defaultValue() == null;
    out.add(d.addColumn(after.name(), definition(d, oneOff ? c.withField(f.withDefault(fill)) : c)));
    if (oneOff) {
      out.add(d.dropDefault(after.name(), column));
    } else if (fill != null) {
      out.add("UPDATE " + d.quote(after.name()) + " SET " + d.quote(column) + " = " + literal(d, f, fill));
    }
    if (c.hasIndex()) {
      out.add(createIndex(d, after.name(), column));
    }
    if (c.references() && !d.inlineForeignKeys()) {
      out.add(addForeignKey(d, after.name(), c));
    }
    addCheck(d, after.name(), f, out);
    return out;
  }

  private static void addCheck(Dialect d, String table, FieldMeta f, List<String> out) {
    String check = SchemaEditor.choicesCheck(d, table, f);
    if (check != null) {
      out.add("ALTER TABLE " + d.quote(table) + " ADD " + check);
    }
  }

  private static void dropCheck(Dialect d, String table, FieldMeta f, List<String> out) {
    if (SchemaEditor.choicesCheck(d, table, f) != null) {
      out.add("ALTER TABLE " + d.quote(table) + " DROP CONSTRAINT " + d.quote(SchemaEditor.checkName(table, f.column())));
    }
  }

  /**
   * {@code CASE "status" WHEN 'DRAFT' THEN 'd' ... ELSE "status" END}: each constant's old stored
   * value turned into its new one (an enum switched between names and codes, or a code changed), as
   * text when {@code text} (the column changes between text and numbers); null when nothing changes.
   */
  static String remap(Dialect d, String column, FieldMeta from, FieldMeta to, boolean text) {
    if (from.choices() == null || to.choices() == null) {
      return null;
    }
    StringBuilder b = new StringBuilder("CASE ").append(d.quote(column));
    boolean any = false;
    for (int i = 0; i < from.choices().names().size(); i++) {
      int j = to.choices().names().indexOf(from.choices().names().get(i));
      if (j < 0) {
        continue;
      }
      Object was = from.choices().values().get(i);
      Object now = to.choices().values().get(j);
      if (String.valueOf(was).equals(String.valueOf(now)) && was.getClass() == now.getClass()) {
        continue;
      }
      any = true;
      b.append(" WHEN ").append(value(d, was, text)).append(" THEN ").append(value(d, now, text));
    }
    return any ? b.append(" ELSE ").append(d.quote(column)).append(" END").toString() : null;
  }

  private static String value(Dialect d, Object v, boolean text) {
    return v instanceof Number n && !text ? String.valueOf(n.longValue()) : d.literal(String.valueOf(v));
  }

  /** Drops column {@code column} of {@code before}, with its index and foreign key. */
  public static List<String> dropColumn(Dialect d, Table before, Table after, String column) {
    Column c = before.column(column);
    List<String> out = new ArrayList<>();
    if (!d.canAlterColumns()) {
      if (c.references() || c.field().unique() || c.field().primaryKey() || c.field().choices() != null) {
        return TableRemake.remake(d, before, after, copyAll(d, before, after));
      }
      if (c.hasIndex()) {
        out.add(dropIndex(d, before.name(), column));
      }
      out.add(d.dropColumn(before.name(), column));
      return out;
    }
    if (c.references() && !d.inlineForeignKeys()) {
      out.add(dropForeignKey(d, before.name(), column));
    }
    dropCheck(d, before.name(), c.field(), out);
    out.add(d.dropColumn(before.name(), column));
    return out;
  }

  /**
   * Changes column {@code from} of {@code before} into column {@code to} of {@code after}: its
   * name, type, length, nullability, default, uniqueness, index or reference. Rows whose value is
   * NULL get {@code fill} when the column becomes NOT NULL.
   */
  public static List<String> alterColumn(Dialect d, Table before, Table after, String from, String to, String fill) {
    Column o = before.column(from);
    Column n = after.column(to);
    boolean renamed = !from.equals(to);
    String table = after.name();
    List<String> out = new ArrayList<>();
    if (!d.canAlterColumns()) {
      if (renamed && sameButName(o.field(), n.field()) && o.field().choices() == null
          && Objects.equals(o.refTable(), n.refTable())
          && Objects.equals(o.refColumn(), n.refColumn())) {
        if (o.hasIndex()) {
          out.add(dropIndex(d, table, from));
        }
        out.add(d.renameColumn(table, from, to));
        if (n.hasIndex()) {
          out.add(createIndex(d, table, to));
        }
        return out;
      }
      Map<String, String> copy = copyAll(d, before, after);
      copy.remove(from);
      String remapped = remap(d, from, o.field(), n.field(), false);
      String value = remapped != null ? remapped : d.quote(from);
      String instead = fill != null ? fill : n.field().defaultValue();
      boolean nulls = o.field().nullable() && !n.field().nullable() && instead != null;
      copy.put(to, nulls ? "COALESCE(" + value + ", " + literal(d, n.field(), instead) + ")" : value);
      return TableRemake.remake(d, before, after, copy);
    }
    boolean retyped = !d.columnType(o.field()).equals(d.columnType(n.field()));
    boolean rereferenced = renamed || retyped || o.references() != n.references()
        || o.references() && !(o.refTable().equals(n.refTable()) && o.refColumn().equals(n.refColumn()));
    boolean foreignKeys = !d.inlineForeignKeys();
    if (foreignKeys && o.references() && rereferenced) {
      out.add(dropForeignKey(d, table, from));
    }
    boolean rechecked = retyped || !Objects.equals(SchemaEditor.choicesCheck(d, before.name(), o.field()),
        SchemaEditor.choicesCheck(d, after.name(), n.field()));
    if (rechecked) {
      dropCheck(d, before.name(), o.field(), out);
    }
    // the new stored values are written while the column can hold them: before a change to numbers
    // (as text the type change converts) or to a shorter text, after a change to text or a longer one
    boolean toText = o.field().choices() != null && o.field().choices().numeric() && n.field().choices() != null
        && !n.field().choices().numeric();
    boolean longer = n.field().maxLength() == 0 || n.field().maxLength() > o.field().maxLength();
    boolean remapAfter = toText || (longer && !(n.field().choices() != null && n.field().choices().numeric()));
    String remapped = remap(d, from, o.field(), n.field(), retyped);
    if (remapped != null && !remapAfter) {
      out.add("UPDATE " + d.quote(before.name()) + " SET " + d.quote(from) + " = " + remapped);
    }
    if (o.hasIndex() && (!n.hasIndex() || renamed)) {
      out.add(dropIndex(d, table, from));
    }
    if (o.field().unique() && (!n.field().unique() || renamed)) {
      out.add(d.dropUnique(table, from));
    }
    if (renamed) {
      out.add(d.renameColumn(table, from, to));
    }
    String value = fill != null ? fill : n.field().defaultValue();
    if (o.field().nullable() && !n.field().nullable() && value != null) {
      out.add("UPDATE " + d.quote(table) + " SET " + d.quote(to) + " = " + literal(d, n.field(), value) + " WHERE "
          + d.quote(to) + " IS NULL");
    }
    out.addAll(d.alterColumn(table, rename(o.field(), to), n.field()));
    if (n.field().unique() && (!o.field().unique() || renamed)) {
      out.add(d.addUnique(table, to));
    }
    if (n.hasIndex() && (!o.hasIndex() || renamed)) {
      out.add(createIndex(d, table, to));
    }
    if (foreignKeys && n.references() && (rereferenced || !o.references())) {
      out.add(addForeignKey(d, table, n));
    }
    if (remapped != null && remapAfter) {
      out.add("UPDATE " + d.quote(table) + " SET " + d.quote(to) + " = " + remap(d, to, o.field(), n.field(), retyped));
    }
    if (rechecked) {
      addCheck(d, table, n.field(), out);
    }
    return out;
  }

  /**
   * Renames table {@code before} to {@code after}'s name, renaming its indexes and constraints
   * along (they are named after the table).
   */
  public static List<String> renameTable(Dialect d, Table before, Table after) {
    List<String> out = new ArrayList<>();
    boolean foreignKeys = !d.inlineForeignKeys();
    for (Column c : before.columns()) {
      if (foreignKeys && c.references()) {
        out.add(dropForeignKey(d, before.name(), c.name()));
      }
    }
    for (Column c : before.columns()) {
      if (c.hasIndex()) {
        out.add(dropIndex(d, before.name(), c.name()));
      }
      if (d.canAlterColumns() && c.field().unique() && !c.field().primaryKey()
          && !d.uniqueName(before.name(), c.name()).equals(d.uniqueName(after.name(), c.name()))) {
        out.add(d.dropUnique(before.name(), c.name()));
      }
    }
    for (Column c : before.columns()) {
      if (d.canAlterColumns()) {
        dropCheck(d, before.name(), c.field(), out);
      }
    }
    out.add(d.renameTable(before.name(), after.name()));
    for (Column c : after.columns()) {
      if (d.canAlterColumns()) {
        addCheck(d, after.name(), c.field(), out);
      }
    }
    for (Column c : after.columns()) {
      if (d.canAlterColumns() && c.field().unique() && !c.field().primaryKey()
          && !d.uniqueName(before.name(), c.name()).equals(d.uniqueName(after.name(), c.name()))) {
        out.add(d.addUnique(after.name(), c.name()));
      }
    }
    for (Column c : after.columns()) {
      if (c.hasIndex()) { // the declared indexes keep their names and follow the table
        out.add(createIndex(d, after.name(), c.name()));
      }
    }
    for (Column c : after.columns()) {
      if (foreignKeys && c.references()) {
        out.add(addForeignKey(d, after.name(), c));
      }
    }
    return out;
  }

  /** Every column of {@code after} that {@code before} has, copied as it is. */
  private static Map<String, String> copyAll(Dialect d, Table before, Table after) {
    Map<String, String> copy = new LinkedHashMap<>();
    for (Column c : after.columns()) {
      if (before.has(c.name())) {
        copy.put(c.name(), d.quote(c.name()));
      }
    }
    return copy;
  }

  private static FieldMeta rename(FieldMeta f, String column) {
    FieldMeta r = FieldMeta.of(f.name(), column, f.type()).withMaxLength(f.maxLength()).withChoices(f.choices());
    r = f.nullable() ? r.asNullable() : r;
    r = f.unique() ? r.asUnique() : r;
    r = f.indexed() ? r.asIndexed() : r;
    r = f.defaultValue() != null ? r.withDefault(f.defaultValue()) : r;
    return f.primaryKey() ? r.asPrimaryKey(f.autoIncrement()) : r;
  }

  private static boolean sameButName(FieldMeta a, FieldMeta b) {
    return a.type() == b.type() && a.maxLength() == b.maxLength() && a.nullable() == b.nullable()
        && a.unique() == b.unique() && a.indexed() == b.indexed() && a.primaryKey() == b.primaryKey()
        && Objects.equals(a.defaultValue(), b.defaultValue());
  }
}
