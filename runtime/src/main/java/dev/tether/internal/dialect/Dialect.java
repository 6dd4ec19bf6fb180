package dev.tether.internal.dialect;

import dev.tether.NotSupportedException;
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
import java.util.List;
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

  // ---- streaming ----

  /**
   * Whether a result read a chunk at a time needs auto-commit off: PostgreSQL's driver uses a
   * server-side cursor only inside a transaction (else it reads every row at once).
   */
  public boolean streamsInTransaction() {
    return false;
  }

  /**
   * Makes {@code ps} hand its rows over {@code chunkSize} at a time instead of all at once: the
   * fetch size (PostgreSQL's cursor, MariaDB's streaming result set; SQLite steps row by row anyway).
   */
  public void streamRows(PreparedStatement ps, int chunkSize) throws SQLException {
    ps.setFetchSize(chunkSize);
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

  /**
   * Whether {@code (a, b) IN ((?, ?), ...)} compares row values: SQLite since 3.15, PostgreSQL and
   * MariaDB do. Where false, a composite key filter is an OR of ANDs.
   */
  public boolean comparesRowValues() {
    return true;
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
    if (type == SqlType.STRING && value instanceof String s) {
      return text(s);
    }
    if (type == SqlType.ENUM && value instanceof Enum<?> e) {
      return dev.tether.meta.Choices.toDb(e);
    }
    return switch (type) {
      // a time zone's instant, stored as an INSTANT is
      case OFFSET_DATETIME -> toDb(SqlType.INSTANT, ((java.time.OffsetDateTime) value).toInstant()
          .truncatedTo(java.time.temporal.ChronoUnit.MICROS));
      case TIME -> ((java.time.LocalTime) value).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
      case DURATION -> micros((java.time.Duration) value);
      case JSON -> text((String) value);
      default -> value;
    };
  }

  /**
   * A duration as whole microseconds, finer parts truncated toward zero (Django's
   * {@code duration_microseconds}, which a {@code timedelta} never exceeds).
   */
  public static long micros(java.time.Duration d) {
    java.time.Duration t = d.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    return Math.addExact(Math.multiplyExact(t.getSeconds(), 1_000_000L), t.getNano() / 1000);
  }

  /** {@code bigint} microseconds read as a duration (SQLite, MariaDB). */
  public java.time.Duration getDuration(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : java.time.Duration.of(v, java.time.temporal.ChronoUnit.MICROS);
  }

  /** A {@code time} column, through JDBC 4.2's {@code java.time} support. */
  public java.time.LocalTime getLocalTime(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, java.time.LocalTime.class);
  }

  // ---- JSON (Django's KeyTransform and friends) ----

  /**
   * The JSON value at {@code path} (keys as strings, array indexes as integers) inside the JSON
   * column {@code lhs}, as this database's JSON value; the path is bound, never spliced.
   */
  public abstract String jsonAt(String lhs, List<Object> path, List<Object> params);

  /**
   * Whether the value at {@code path} equals {@code json} (the JSON text of a string, number or
   * boolean): Django's {@code KeyTransformExact}, so the string {@code "1"} is not the number 1.
   */
  public abstract String jsonEquals(String lhs, List<Object> path, String json, List<Object> params);

  /**
   * The value at {@code path} compared as a number with {@code op} ({@code < <= > >=}), strings and
   * other kinds never matching: Django's {@code KeyTransformNumericLookupMixin}.
   */
  public abstract String jsonCompare(String lhs, List<Object> path, String op, java.math.BigDecimal value,
      List<Object> params);

  /** Whether {@code path} exists (its value may be JSON null): Django's {@code has_key}. */
  public abstract String jsonHasKey(String lhs, List<Object> path, List<Object> params);

  /** Whether the value at {@code path} is the JSON {@code null} literal: Django's {@code key=None}. */
  public abstract String jsonIsNull(String lhs, List<Object> path, List<Object> params);

  /** Whether the whole JSON column equals the JSON text bound as {@code param}: Django's JSONField {@code exact}. */
  public String jsonExact(String lhs, String param) {
    return lhs + " = " + param;
  }

  /**
   * A JSON path of SQLite and MariaDB: {@code $."key"[0]}, each key quoted as a JSON string (as
   * Django's {@code compile_json_path}), so any text is a key.
   */
  static String jsonPath(List<Object> path) {
    StringBuilder b = new StringBuilder("$");
    for (Object p : path) {
      if (p instanceof Integer n) {
        b.append('[').append(n).append(']');
      } else {
        b.append('.').append(dev.tether.internal.query.JsonTest.quote((String) p));
      }
    }
    return b.toString();
  }

  /** Whether a text column can hold NUL (0x00); PostgreSQL's cannot. */
  protected boolean textHoldsNul() {
    return true;
  }

  /**
   * Checks a string before it is bound, as a value or as a lookup's operand, and returns it: a
   * lone surrogate is refused on every database, NUL where text cannot hold it ({@link TextCheck}).
   */
  public final String text(String value) {
    return TextCheck.check(value, textHoldsNul(), name());
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
   * adding its bound values to {@code params}; the user's value matches literally. The caller has
   * passed {@code value} through {@link #text(String)}.
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

  /** The database's current time as an instant (in the form Instants are stored): Django's {@code Now()}. */
  public abstract String now();

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
   * {@code insert} made to skip every row that breaks a unique constraint: Django's
   * {@code bulk_create(ignore_conflicts=True)}. Here {@code ON CONFLICT DO NOTHING}.
   */
  public String insertIgnoringConflicts(String insert) {
    return insert + " ON CONFLICT DO NOTHING";
  }

  /**
   * {@code insert} made an upsert: a row whose {@code uniqueColumns} repeat an existing row's
   * updates that row's {@code updateColumns} instead. Django's {@code bulk_create(update_conflicts=True)};
   * here {@code ON CONFLICT (...) DO UPDATE SET c = EXCLUDED.c}, which SQLite (3.24+) and
   * PostgreSQL share.
   */
  public String upsert(String insert, List<String> uniqueColumns, List<String> updateColumns) {
    StringBuilder b = new StringBuilder(insert).append(" ON CONFLICT (");
    for (int i = 0; i < uniqueColumns.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(quote(uniqueColumns.get(i)));
    }
    b.append(") DO UPDATE SET ");
    for (int i = 0; i < updateColumns.size(); i++) {
      String c = quote(updateColumns.get(i));
      b.append(i == 0 ? "" : ", ").append(c).append(" = EXCLUDED.").append(c);
    }
    return b.toString();
  }

  /** The value of a {@code bulkUpdate} {@code CASE WHEN pk = ? THEN <this>}: a parameter. */
  public String caseValue(FieldMeta field) {
    return "?";
  }

  /**
   * Whether foreign keys are checked at commit rather than at each statement; when they are not,
   * a delete must break reference cycles itself (MariaDB).
   */
  public boolean defersForeignKeys() {
    return true;
  }

  /**
   * The locking clause of {@code selectForUpdate()}, with its options: {@code nowait},
   * {@code skipLocked}, and {@code of}, the quoted aliases of the tables to lock (empty: all).
   * Empty where the database locks otherwise (SQLite, which then refuses every option).
   */
  public String forUpdate(boolean nowait, boolean skipLocked, List<String> of) {
    refuseLockOption(nowait, "nowait");
    refuseLockOption(skipLocked, "skipLocked");
    refuseLockOption(!of.isEmpty(), "of");
    return "";
  }

  /** Throws Django's NotSupportedError for a {@code selectForUpdate} option this database lacks. */
  protected final void refuseLockOption(boolean asked, String option) {
    if (asked) {
      throw new NotSupportedException("selectForUpdate(" + option + ") is not supported on " + displayName());
    }
  }

  /** The database's name for messages: {@code SQLite}, {@code PostgreSQL}, {@code MariaDB}. */
  public String displayName() {
    return name();
  }

  /**
   * Whether {@code Connection.setTransactionIsolation} means something here. SQLite's
   * transactions are always serializable, which satisfies every level the SQL standard names.
   */
  public boolean setsIsolation() {
    return true;
  }

  /** Makes the transaction about to begin on {@code c} read-only, or undoes that afterwards. */
  public void setReadOnly(Connection c, boolean on) throws SQLException {
    c.setReadOnly(on);
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
      case DURATION -> Long.toString(micros(java.time.Duration.parse(v)));
      case OFFSET_DATETIME -> literal(java.time.OffsetDateTime.parse(v).toInstant().toString());
      case ENUM -> field.choices() != null && field.choices().numeric() ? String.valueOf(Integer.parseInt(v)) : literal(v);
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
   * A query that takes the lock keeping two {@code migrate} runs on this database apart, held by
   * the session until {@link #unlockMigrationsSql()}, and selects true when it got it; with
   * {@code wait} false it returns at once. Null where the database has no session lock (SQLite,
   * whose migrations take the write lock per transaction: {@link #migrationWriteLockSql}).
   */
  public String lockMigrationsSql(boolean wait) {
    return null;
  }

  /** Releases the lock of {@link #lockMigrationsSql}. */
  public String unlockMigrationsSql() {
    return null;
  }

  /**
   * A statement run first in each migration's transaction that takes the database's write lock
   * at once, waiting while another writer holds it, so that the history read next is the latest;
   * null where {@link #lockMigrationsSql} keeps migrate runs apart.
   */
  public String migrationWriteLockSql(String historyTable) {
    return null;
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
   * Replaces the table's primary key by one over {@code columns} (a composite key changed), rows
   * kept. The default drops the constraint PostgreSQL names {@code <table>_pkey}.
   */
  public java.util.List<String> alterPrimaryKey(String table, java.util.List<String> columns) {
    return java.util.List.of("ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(table + "_pkey"),
        "ALTER TABLE " + quote(table) + " ADD " + dev.tether.internal.schema.SchemaSql.compositeKey(this, columns));
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

  /**
   * Whether CREATE INDEX takes a WHERE clause (a partial index): Django's
   * {@code supports_partial_indexes}. A partial {@code @Unique} or {@code @Index} is not created
   * where it is false, as Django skips it on MySQL.
   */
  public boolean supportsPartialIndexes() {
    return true;
  }

  /**
   * Whether a {@code @Unique} without condition is a UNIQUE index rather than a table constraint:
   * on SQLite, whose ALTER TABLE cannot add or drop constraints, an index avoids rebuilding the
   * table and enforces the same.
   */
  public boolean uniqueConstraintsAsIndexes() {
    return false;
  }

  /** Drops the named table constraint {@code name} (a {@code @Unique} or {@code @Check}). */
  public String dropConstraint(String table, String name, boolean unique) {
    return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(name);
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

  // ---- connections, transactions, timeouts ----

  /** Driver properties that make a connection attempt fail within seconds; the URL's own settings win. */
  public java.util.Map<String, String> connectProperties() {
    return java.util.Map.of();
  }

  /**
   * The statement that opens a transaction, or null to use JDBC's {@code setAutoCommit(false)};
   * when set, commits, rollbacks and savepoints are sent as SQL too.
   */
  public String beginTransaction() {
    return null;
  }

  /**
   * Whether {@code e} says the connection itself is gone (SQLState class 08, or the driver's
   * "connection closed" family), not that the statement failed.
   */
  public boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("08") || e instanceof java.sql.SQLNonTransientConnectionException
        || e instanceof java.sql.SQLTransientConnectionException || e instanceof java.sql.SQLRecoverableException;
  }

  /** Whether {@code e} is a statement cancelled by the timeout {@link #startTimeout} set. */
  public boolean isTimeout(SQLException e) {
    return e instanceof java.sql.SQLTimeoutException;
  }

  /** Bounds how long statement {@code s} on {@code c} may run: JDBC's query timeout, in whole seconds rounded up. */
  public void startTimeout(Connection c, java.sql.Statement s, java.time.Duration limit) throws SQLException {
    long millis = Math.max(1, limit.toMillis());
    s.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000));
  }

  /** Undoes {@link #startTimeout} once the statement is done. */
  public void endTimeout(Connection c, java.sql.Statement s) throws SQLException {
    s.setQueryTimeout(0);
  }

  /**
   * The name of the constraint an integrity violation names in its message, or null. Each
   * database words it its own way; the patterns are the dialects'.
   */
  public String constraintName(SQLException e) {
    return null;
  }

  /** The first group of the first of {@code patterns} found in {@code message}, or null. */
  static String firstGroup(String message, java.util.regex.Pattern... patterns) {
    if (message == null) {
      return null;
    }
    for (java.util.regex.Pattern p : patterns) {
      java.util.regex.Matcher m = p.matcher(message);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}
