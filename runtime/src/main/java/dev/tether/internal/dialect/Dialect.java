package dev.tether.internal.dialect;

import dev.tether.internal.query.Lookup;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Everything that differs between databases, Django's {@code backends/<vendor>/operations.py},
 * {@code features.py} and {@code schema.py} in one type. Only this package asks which database
 * it is talking to.
 */
public abstract class Dialect {

  /** A short name: {@code sqlite}, {@code postgresql}, {@code mariadb}. */
  public abstract String name();

  /** Prepares a new connection: pragmas, session settings, functions. */
  public void configure(Connection connection) throws SQLException {
    String init = sessionInitSql();
    if (init != null) {
      try (java.sql.Statement s = connection.createStatement()) {
        s.execute(init);
      }
    }
  }

  /** A statement each new pooled connection runs (time zone), or null. */
  public String sessionInitSql() {
    return null;
  }

  // ---- identifiers and literals ----

  /** Quotes an identifier that came from compile-time metadata. */
  public String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** A string literal, for DDL defaults only (values in queries are always bound). */
  public String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  // ---- capabilities ----

  /** The most bound parameters one statement may carry. */
  public abstract int maxParameters();

  /** How many keys one {@code IN (...)} may list, leaving room for the statement's other values. */
  public int keysPerStatement() {
    return Math.max(1, maxParameters() - 16);
  }

  /** How many rows of {@code width} values one multi-row INSERT may carry. */
  public int rowsPerStatement(int width) {
    return Math.max(1, Math.min(1000, keysPerStatement() / Math.max(1, width)));
  }

  /** Whether {@code INSERT ... RETURNING} gives back generated keys. */
  public boolean supportsReturning() {
    return true;
  }

  // ---- values ----

  /** Converts a Java value of {@code type} to what this database's driver binds. */
  public Object toDb(SqlType type, Object value) {
    if (value == null) {
      return null;
    }
    if (type == SqlType.ENUM && value instanceof Enum<?> e) {
      return e.name();
    }
    return value;
  }

  /** Binds one converted value. */
  public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else {
      ps.setObject(index, value);
    }
  }

  public String getString(ResultSet rs, int i) throws SQLException {
    return rs.getString(i);
  }

  public long getLong(ResultSet rs, int i) throws SQLException {
    return rs.getLong(i);
  }

  public int getInt(ResultSet rs, int i) throws SQLException {
    return rs.getInt(i);
  }

  public short getShort(ResultSet rs, int i) throws SQLException {
    return rs.getShort(i);
  }

  public double getDouble(ResultSet rs, int i) throws SQLException {
    return rs.getDouble(i);
  }

  public float getFloat(ResultSet rs, int i) throws SQLException {
    return rs.getFloat(i);
  }

  public boolean getBoolean(ResultSet rs, int i) throws SQLException {
    return rs.getBoolean(i);
  }

  public BigDecimal getBigDecimal(ResultSet rs, int i) throws SQLException {
    return rs.getBigDecimal(i);
  }

  /** A {@code date} column, through JDBC 4.2's {@code java.time} support. */
  public LocalDate getLocalDate(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  /** A {@code timestamp} column, through JDBC 4.2's {@code java.time} support. */
  public LocalDateTime getLocalDateTime(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDateTime.class);
  }

  public abstract Instant getInstant(ResultSet rs, int i) throws SQLException;

  public abstract UUID getUuid(ResultSet rs, int i) throws SQLException;

  public byte[] getBytes(ResultSet rs, int i) throws SQLException {
    return rs.getBytes(i);
  }

  // ---- lookups ----

  /**
   * The SQL of a text lookup on {@code lhs} (pattern matches, case-insensitive ones, regexes),
   * adding its bound values to {@code params}; the user's value matches literally.
   */
  public abstract String lookup(Lookup lookup, String lhs, String value, java.util.List<Object> params);

  /** Extracts a date part ({@code year}, {@code month}, {@code day}, ...) as an integer. */
  public abstract String datePart(String part, String lhs);

  /** {@code lhs op rhs} for {@code + - * /}; integer operands divide as integers, as in Django. */
  public String arithmetic(String lhs, char op, String rhs, boolean integral) {
    return "(" + lhs + " " + op + " " + rhs + ")";
  }

  /** The number of characters of a text: Django's {@code Length}. */
  public String length(String arg) {
    return "LENGTH(" + arg + ")";
  }

  /** The texts joined, a NULL counting as empty: Django's {@code Concat} ({@code ConcatPair}). */
  public String concat(java.util.List<String> args) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < args.size(); i++) {
      b.append(i == 0 ? "" : " || ").append("COALESCE(").append(args.get(i)).append(", '')");
    }
    return b.append(')').toString();
  }

  /**
   * One ORDER BY term; {@code nullsFirst} null keeps the database's place for NULLs. Django's
   * {@code OrderBy(nulls_first=..., nulls_last=...)}.
   */
  public String orderTerm(String expr, boolean descending, Boolean nullsFirst) {
    String t = expr + (descending ? " DESC" : " ASC");
    return nullsFirst == null ? t : t + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
  }

  /**
   * A date or date-time truncated to the start of its {@code year}, {@code month} or {@code day},
   * keeping its type: Django's {@code Trunc}.
   */
  public abstract String truncate(String unit, String lhs, dev.tether.meta.SqlType type);

  /** The type name of {@code CAST(x AS type)} for a numeric type: Django's {@code Cast}. */
  public String castType(dev.tether.meta.SqlType type) {
    return switch (type) {
      case DOUBLE, FLOAT -> "DOUBLE PRECISION";
      case LONG, INT, SHORT -> "BIGINT";
      case DECIMAL -> "NUMERIC";
      default -> throw new IllegalArgumentException("no cast to " + type);
    };
  }

  /** {@code LIMIT}/{@code OFFSET}; {@code limit} is -1 for none. */
  public String limitOffset(long limit, long offset) {
    StringBuilder b = new StringBuilder();
    b.append(" LIMIT ").append(limit < 0 ? -1 : limit);
    if (offset > 0) {
      b.append(" OFFSET ").append(offset);
    }
    return b.toString();
  }

  /**
   * A sub-query reading the table an UPDATE/DELETE writes; databases that refuse that (MySQL)
   * wrap it in a derived table.
   */
  public String wrapSelfSubquery(String select) {
    return select;
  }

  /** A sub-query with LIMIT inside {@code IN (...)}; MySQL and MariaDB need a derived table. */
  public String wrapLimitedSubquery(String select) {
    return select;
  }

  /** The column list and values of an INSERT of a row with no value column: {@code DEFAULT VALUES}. */
  public String insertNoValues() {
    return " DEFAULT VALUES";
  }

  /**
   * {@code insert} (a multi-row INSERT) made to skip each row that repeats the unique key
   * {@code uniqueColumns} and to fail on any other error (a foreign key, NOT NULL): Django's
   * {@code bulk_create(ignore_conflicts=True)}, which {@code ManyRelatedManager.add} uses. Here
   * {@code ON CONFLICT (a, b) DO NOTHING}, which SQLite (3.24+) and PostgreSQL share.
   */
  public String insertIgnoringDuplicates(String insert, java.util.List<String> uniqueColumns) {
    StringBuilder b = new StringBuilder(insert).append(" ON CONFLICT (");
    for (int i = 0; i < uniqueColumns.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(quote(uniqueColumns.get(i)));
    }
    return b.append(") DO NOTHING").toString();
  }

  /**
   * Whether foreign keys are checked at commit rather than at each statement; when they are not,
   * a delete must break reference cycles itself (MariaDB).
   */
  public boolean defersForeignKeys() {
    return true;
  }

  /** The locking clause of {@code selectForUpdate()}; empty where the database locks otherwise. */
  public String forUpdate() {
    return "";
  }

  // ---- schema ----

  /** The column type of a field. */
  public abstract String columnType(FieldMeta field);

  /** The whole column definition of an auto-increment key. */
  public abstract String autoKeyDefinition(FieldMeta pk);

  /**
   * Whether foreign keys are declared inside CREATE TABLE (SQLite, which cannot add them later)
   * rather than added once every table exists.
   */
  public boolean inlineForeignKeys() {
    return true;
  }

  /**
   * Statements that follow the CREATE TABLE of {@code table}, whose key {@code pk} is generated:
   * what keeps the generated keys ahead of keys the application chose itself. None by default:
   * SQLite's AUTOINCREMENT and MariaDB's AUTO_INCREMENT continue after the largest key.
   */
  public java.util.List<String> autoKeyStatements(String table, FieldMeta pk) {
    return java.util.List.of();
  }

  /** Text after a CREATE TABLE's closing parenthesis. */
  public String tableOptions() {
    return "";
  }

  /** The clause after {@code REFERENCES t (c)}. */
  public String foreignKeySuffix() {
    return " DEFERRABLE INITIALLY DEFERRED";
  }

  /** Renders a DDL default literal for a field. */
  public String defaultLiteral(FieldMeta field) {
    String v = field.defaultValue();
    return switch (field.type()) {
      case INT, LONG, SHORT, DOUBLE, FLOAT, DECIMAL -> new BigDecimal(v).toPlainString();
      case BOOLEAN -> Boolean.parseBoolean(v) ? "1" : "0";
      default -> literal(v);
    };
  }

  // ---- schema changes (migrations) ----

  /**
   * Whether ALTER TABLE can change, constrain or drop a column in place. SQLite cannot, so its
   * migrations rebuild the table (Django's {@code _remake_table}).
   */
  public boolean canAlterColumns() {
    return true;
  }

  /** Whether DDL rolls back with its transaction (MariaDB commits every DDL statement). */
  public boolean transactionalDdl() {
    return true;
  }

  /** Statements run before a migration's transaction opens (SQLite turns foreign keys off). */
  public java.util.List<String> beforeMigration() {
    return java.util.List.of();
  }

  /** Statements run after a migration's transaction ends, whether it committed or not. */
  public java.util.List<String> afterMigration() {
    return java.util.List.of();
  }

  /**
   * A query run at the end of a migration's transaction that returns a row per broken foreign
   * key, or null where the database checks them itself.
   */
  public String foreignKeyCheck() {
    return null;
  }

  public String renameTable(String from, String to) {
    return "ALTER TABLE " + quote(from) + " RENAME TO " + quote(to);
  }

  public String renameColumn(String table, String from, String to) {
    return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
  }

  /** Adds a column given its whole definition. */
  public String addColumn(String table, String definition) {
    return "ALTER TABLE " + quote(table) + " ADD COLUMN " + definition;
  }

  public String dropColumn(String table, String column) {
    return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
  }

  /** Drops the default of a column (after adding it with a one-off default for existing rows). */
  public String dropDefault(String table, String column) {
    return "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " DROP DEFAULT";
  }

  public String dropIndex(String table, String index) {
    return "DROP INDEX " + quote(index);
  }

  public String dropForeignKey(String table, String constraint) {
    return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(constraint);
  }

  /**
   * The name the database gives the UNIQUE constraint of a column declared {@code UNIQUE} in
   * CREATE TABLE: PostgreSQL's {@code <table>_<column>_key}, shortened as PostgreSQL does.
   */
  public String uniqueName(String table, String column) {
    int room = 63 - "_key".length() - 1;
    int t = table.length();
    int c = column.length();
    while (t + c > room) {
      if (t > c) {
        t--;
      } else {
        c--;
      }
    }
    return table.substring(0, t) + "_" + column.substring(0, c) + "_key";
  }

  public String addUnique(String table, String column) {
    return "ALTER TABLE " + quote(table) + " ADD CONSTRAINT " + quote(uniqueName(table, column)) + " UNIQUE ("
        + quote(column) + ")";
  }

  public String dropUnique(String table, String column) {
    return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(uniqueName(table, column));
  }

  /**
   * Changes a column's type, default and nullability in place (not its name, uniqueness or
   * index). The default: PostgreSQL's {@code ALTER COLUMN ... TYPE/SET DEFAULT/SET NOT NULL}.
   */
  public java.util.List<String> alterColumn(String table, FieldMeta from, FieldMeta to) {
    java.util.List<String> out = new java.util.ArrayList<>();
    String alter = "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(to.column());
    String type = columnType(to);
    boolean retype = !columnType(from).equals(type);
    boolean redefault = retype || !java.util.Objects.equals(from.defaultValue(), to.defaultValue());
    if (redefault && from.defaultValue() != null) {
      out.add(alter + " DROP DEFAULT");
    }
    if (retype) {
      out.add(alter + " TYPE " + type + " USING " + quote(to.column()) + "::" + type);
    }
    if (redefault && to.defaultValue() != null) {
      out.add(alter + " SET DEFAULT " + defaultLiteral(to));
    }
    if (from.nullable() != to.nullable()) {
      out.add(alter + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }
    return out;
  }

  // ---- errors ----

  /** Whether the database refused a statement because of a constraint. */
  public boolean isIntegrityViolation(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }

  /**
   * Whether the database gave up the statement to break a deadlock (PostgreSQL {@code 40P01}) or
   * a serialization conflict ({@code 40001}, also MariaDB's deadlock): its transaction was rolled
   * back, and running it again may succeed.
   */
  public boolean isDeadlock(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  /** The SQL state to report for an integrity violation. */
  public String sqlState(SQLException e) {
    return e.getSQLState() != null ? e.getSQLState() : "23000";
  }
}
