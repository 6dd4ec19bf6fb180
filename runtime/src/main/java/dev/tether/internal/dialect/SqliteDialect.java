package dev.tether.internal.dialect;

import dev.tether.internal.query.Lookup;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.time.Duration;
import java.util.Map;
import java.util.WeakHashMap;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite, the embedded default. Dates are ISO text (sortable, as Django stores them), booleans
 * 0/1, UUIDs text. Text lookups compare exactly ({@code instr}, byte-wise suffixes), so they are
 * case-sensitive and NUL-safe; the {@code i...} lookups compare {@code tether_lower()}, a
 * Unicode-aware function registered on every connection with {@code REGEXP}.
 */
public final class SqliteDialect extends Dialect {
  /** {@code 2005-07-27 10:30:00.000000000}: fixed width, so text order is time order. */
  static final DateTimeFormatter DATETIME = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
      .toFormatter(Locale.ROOT);
  /** The SQLite connections already configured (a pool hands the same ones out again). */
  private static final Map<SQLiteConnection, Boolean> CONFIGURED = new WeakHashMap<>();
  private static final DateTimeFormatter DATETIME_LENIENT = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter(Locale.ROOT);

  @Override
  public String name() {
    return "sqlite";
  }

  /**
   * Turns on foreign keys, a busy timeout and WAL (files only), and registers Tether's functions.
   * {@code c} may be a pool's or a transaction manager's proxy: the functions go on the SQLite
   * connection it wraps ({@link Connection#unwrap}). Inside a transaction the pragmas cannot
   * change, so a connection first met there is configured again when it is next met outside one.
   */
  @Override
  public String displayName() {
    return "SQLite";
  }

  @Override
  public boolean setsIsolation() {
    return false;
  }

  /** SQLite's driver cannot switch an open connection to read-only; {@code query_only} refuses writes. */
  @Override
  public void setReadOnly(Connection c, boolean on) throws SQLException {
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("PRAGMA query_only = " + (on ? "ON" : "OFF"));
    }
  }

  @Override
  public void configure(Connection c) throws SQLException {
    if (!c.isWrapperFor(SQLiteConnection.class)) {
      throw new SQLException("not an SQLite connection, nor a wrapper of one: " + c.getClass().getName());
    }
    SQLiteConnection sqlite = c.unwrap(SQLiteConnection.class);
    synchronized (CONFIGURED) {
      if (CONFIGURED.containsKey(sqlite)) {
        return;
      }
    }
    boolean outsideTransaction = c.getAutoCommit();
    if (outsideTransaction) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = 10000");
        if (!isMemory(c.getMetaData().getURL())) {
          s.execute("PRAGMA journal_mode = WAL");
        }
      }
    }
    SqliteFunctions.register(sqlite);
    if (outsideTransaction) {
      synchronized (CONFIGURED) {
        CONFIGURED.put(sqlite, Boolean.TRUE);
      }
    }
  }

  /**
   * Prepares a connection that only reads, beside the one that writes: the same functions and
   * busy timeout, and {@code query_only} so that a write sent to it fails instead of racing the writer.
   */
  public void configureReader(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
      s.execute("PRAGMA query_only = ON");
    }
    SqliteFunctions.register(c.unwrap(SQLiteConnection.class));
  }

  /** Whether {@code url} names an in-memory database, which lives only as long as its one connection. */
  public static boolean isMemory(String url) {
    String rest = url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length()) : url;
    return rest.isEmpty() || rest.contains(":memory:") || rest.contains("mode=memory");
  }

  /**
   * A write that changes nothing: it takes SQLite's write lock when the transaction starts (waiting
   * for another writer, up to the busy timeout), as {@code BEGIN IMMEDIATE} does.
   */
  @Override
  public String migrationWriteLockSql(String historyTable) {
    return "DELETE FROM " + quote(historyTable) + " WHERE 1 = 0";
  }

  @Override
  public int maxParameters() {
    return 32766;
  }

  @Override
  public Object toDb(SqlType type, Object value) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case BOOLEAN -> ((Boolean) value) ? 1 : 0;
      case DATE -> value.toString();
      case DATETIME -> DATETIME.format((LocalDateTime) value);
      case INSTANT -> DATETIME.format(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
      case UUID -> value.toString();
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      case TIME -> TIME.format((java.time.LocalTime) value);
      default -> super.toDb(type, value);
    };
  }

  /** {@code 10:30:00.000000}: fixed width, so text order is time order (Django's is ISO, varying). */
  static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
      .appendPattern("HH:mm:ss")
      .appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
      .toFormatter(Locale.ROOT);

  @Override
  public java.time.LocalTime getLocalTime(ResultSet rs, int i) throws SQLException {
    String s = rs.getString(i);
    return s == null ? null : java.time.LocalTime.parse(s);
  }

  @Override
  public String jsonAt(String lhs, List<Object> path, List<Object> params) {
    params.add(jsonPath(path));
    return "json_extract(" + lhs + ", ?)";
  }

  /**
   * A string compares as text and only with a JSON string, a boolean by its JSON type (SQLite
   * reads {@code true} as 1): type-strict as Django's {@code KeyTransformExact}.
   */
  @Override
  public String jsonEquals(String lhs, List<Object> path, String json, List<Object> params) {
    params.add(jsonPath(path));
    if (json.equals("true") || json.equals("false")) {
      params.add(json);
      return "json_type(" + lhs + ", ?) = ?";
    }
    String at = jsonAt(lhs, path, params);
    params.add(json);
    return "(json_type(" + lhs + ", ?) = 'text' AND " + at + " = json_extract(?, '$'))";
  }

  @Override
  public String jsonCompare(String lhs, List<Object> path, String op, java.math.BigDecimal value,
      List<Object> params) {
    params.add(jsonPath(path));
    String at = jsonAt(lhs, path, params);
    params.add(value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
        ? (Object) value.longValue() : (Object) value.doubleValue());
    return "(json_type(" + lhs + ", ?) IN ('integer', 'real') AND " + at + " " + op + " ?)";
  }

  @Override
  public String jsonHasKey(String lhs, List<Object> path, List<Object> params) {
    params.add(jsonPath(path));
    return "json_type(" + lhs + ", ?) IS NOT NULL";
  }

  @Override
  public String jsonIsNull(String lhs, List<Object> path, List<Object> params) {
    params.add(jsonPath(path));
    return "json_type(" + lhs + ", ?) = 'null'";
  }

  /** Both documents minified by {@code json()} (key order still counts, unlike PostgreSQL's jsonb). */
  @Override
  public String jsonExact(String lhs, String param) {
    return "json(" + lhs + ") = json(" + param + ")";
  }

  @Override
  public boolean getBoolean(ResultSet rs, int i) throws SQLException {
    return rs.getInt(i) != 0;
  }

  @Override
  public BigDecimal getBigDecimal(ResultSet rs, int i) throws SQLException {
    String s = rs.getString(i);
    return s == null ? null : new BigDecimal(s);
  }

  @Override
  public LocalDate getLocalDate(ResultSet rs, int i) throws SQLException {
    String s = rs.getString(i);
    return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }

  @Override
  public LocalDateTime getLocalDateTime(ResultSet rs, int i) throws SQLException {
    String s = rs.getString(i);
    return s == null ? null : LocalDateTime.parse(s, DATETIME_LENIENT);
  }

  @Override
  public Instant getInstant(ResultSet rs, int i) throws SQLException {
    LocalDateTime t = getLocalDateTime(rs, i);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  @Override
  public UUID getUuid(ResultSet rs, int i) throws SQLException {
    String s = rs.getString(i);
    return s == null ? null : UUID.fromString(s);
  }

  /**
   * Text lookups compare exactly with {@code instr()} and byte-wise suffixes rather than with
   * {@code LIKE}/{@code GLOB} patterns, which SQLite cuts at a NUL and refuses past 50,000 bytes.
   */
  @Override
  public String lookup(Lookup lookup, String lhs, String value, java.util.List<Object> params) {
    boolean fold = lookup == Lookup.IEXACT || lookup == Lookup.ICONTAINS || lookup == Lookup.ISTARTS_WITH
        || lookup == Lookup.IENDS_WITH;
    String col = fold ? "tether_lower(" + lhs + ")" : lhs;
    String v = fold ? value.toLowerCase(Locale.ROOT) : value;
    switch (lookup) {
      case IEXACT:
        params.add(v);
        return col + " = ?";
      case CONTAINS:
      case ICONTAINS:
        params.add(v);
        return "instr(" + col + ", ?) > 0";
      case STARTS_WITH:
      case ISTARTS_WITH:
        params.add(v);
        return "instr(" + col + ", ?) = 1";
      case ENDS_WITH:
      case IENDS_WITH:
        byte[] bytes = v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length == 0) {
          return col + " IS NOT NULL";
        }
        params.add(bytes.length);
        params.add(bytes.length);
        params.add(bytes);
        return "(length(CAST(" + col + " AS BLOB)) >= ? AND substr(CAST(" + col + " AS BLOB), -?) = ?)";
      case REGEX:
        params.add(SqliteFunctions.checkedRegex(value));
        return lhs + " REGEXP ?";
      case IREGEX:
        params.add(SqliteFunctions.checkedRegex("(?i)" + value));
        return lhs + " REGEXP ?";
      default:
        throw new IllegalArgumentException(lookup.name());
    }
  }

  @Override
  public String castType(dev.tether.meta.SqlType type) {
    return switch (type) {
      case DOUBLE, FLOAT -> "REAL";
      case LONG, INT, SHORT -> "INTEGER";
      case DECIMAL -> "NUMERIC";
      default -> throw new IllegalArgumentException("no cast to " + type);
    };
  }

  /** UTC, in the text form Instants are stored in (nine fraction digits, milliseconds precise). */
  @Override
  public String now() {
    return "strftime('%Y-%m-%d %H:%M:%f000000', 'now')";
  }

  @Override
  public String truncate(String unit, String lhs, dev.tether.meta.SqlType type) {
    String f = switch (unit) {
      case "year" -> "%Y-01-01";
      case "month" -> "%Y-%m-01";
      default -> "%Y-%m-%d";
    };
    return "strftime('" + f + (type == dev.tether.meta.SqlType.DATE ? "" : " 00:00:00") + "', " + lhs + ")";
  }

  @Override
  public String datePart(String part, String lhs) {
    String f = switch (part) {
      case "year" -> "%Y";
      case "month" -> "%m";
      case "day" -> "%d";
      case "hour" -> "%H";
      case "minute" -> "%M";
      case "second" -> "%S";
      default -> throw new IllegalArgumentException(part);
    };
    return "CAST(strftime('" + f + "', " + lhs + ") AS INTEGER)";
  }

  @Override
  public String columnType(FieldMeta f) {
    return switch (f.type()) {
      case ENUM -> f.choices() != null && f.choices().numeric() ? "integer"
          : f.maxLength() > 0 ? "varchar(" + f.maxLength() + ")" : "text";
      case STRING -> f.maxLength() > 0 ? "varchar(" + f.maxLength() + ")" : "text";
      case INT, SHORT, BOOLEAN -> "integer";
      case LONG -> "bigint";
      case DOUBLE, FLOAT -> "real";
      case DECIMAL -> "decimal";
      case DATE -> "date";
      case DATETIME, INSTANT -> "datetime";
      case UUID -> "char(36)";
      case BYTES -> "blob";
      case TIME -> "time";
      case OFFSET_DATETIME -> "datetime";
      case DURATION -> "bigint";
      case JSON -> "text";
    };
  }

  @Override
  public String autoKeyDefinition(FieldMeta pk) {
    return quote(pk.column()) + " integer NOT NULL PRIMARY KEY AUTOINCREMENT";
  }

  @Override
  public boolean isIntegrityViolation(SQLException e) {
    // SQLITE_CONSTRAINT and its extended codes: the low byte is 19
    return e instanceof SQLiteException se && (se.getResultCode().code & 0xff) == 19
        || super.isIntegrityViolation(e)
        || e.getErrorCode() == 19;
  }

  /** {@code CHECK constraint failed: name}: SQLite names a check, but not a UNIQUE constraint. */
  private static final java.util.regex.Pattern CHECK = java.util.regex.Pattern.compile("CHECK constraint failed: ([^)\\s]+)");

  /** {@code UNIQUE constraint failed: article.reporter_id, article.slug}: the columns, not the name. */
  private static final java.util.regex.Pattern UNIQUE =
      java.util.regex.Pattern.compile("UNIQUE constraint failed: ([^\\s,)\\]]+(?:, [^\\s,)\\]]+)*)");

  /**
   * A check by its name; a UNIQUE violation by the {@code @Unique} of the models on the class path
   * over exactly the columns SQLite lists (a column's own {@code unique} has no name: null).
   */
  @Override
  public String constraintName(SQLException e) {
    String check = firstGroup(e.getMessage(), CHECK);
    if (check != null) {
      return check;
    }
    String columns = firstGroup(e.getMessage(), UNIQUE);
    if (columns == null) {
      return null;
    }
    String table = null;
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String qualified : columns.split(", ")) {
      int dot = qualified.indexOf('.');
      if (dot < 0 || table != null && !table.equals(qualified.substring(0, dot))) {
        return null;
      }
      table = qualified.substring(0, dot);
      names.add(qualified.substring(dot + 1));
    }
    return dev.tether.meta.TableConstraint.uniqueNamed(table, names);
  }

  @Override
  public String sqlState(SQLException e) {
    if (e.getSQLState() != null) {
      return e.getSQLState();
    }
    String m = String.valueOf(e.getMessage());
    if (m.contains("FOREIGN KEY")) {
      return "23503";
    }
    if (m.contains("UNIQUE")) {
      return "23505";
    }
    if (m.contains("NOT NULL")) {
      return "23502";
    }
    if (m.contains("CHECK")) {
      return "23514";
    }
    return "23000";
  }

  // ---- schema changes (migrations) ----

  @Override
  public boolean uniqueConstraintsAsIndexes() {
    return true;
  }

  @Override
  public boolean canAlterColumns() {
    return false;
  }

  /** SQLite's recipe for table rebuilds: foreign keys off outside the transaction, checked before commit. */
  @Override
  public java.util.List<String> beforeMigration() {
    return java.util.List.of("PRAGMA foreign_keys = OFF");
  }

  @Override
  public java.util.List<String> afterMigration() {
    return java.util.List.of("PRAGMA foreign_keys = ON");
  }

  @Override
  public String foreignKeyCheck() {
    return "PRAGMA foreign_key_check";
  }

  // ---- transactions and timeouts ----

  /**
   * Django 5.1's {@code transaction_mode = "IMMEDIATE"}: a transaction takes the write lock when it
   * starts, waiting out the busy timeout while another process holds it, instead of failing with
   * SQLITE_BUSY when a deferred transaction that has read tries to write.
   */
  @Override
  public String beginTransaction() {
    return "BEGIN IMMEDIATE";
  }

  /** SQLite has no server to lose. */
  @Override
  public boolean isConnectionFailure(SQLException e) {
    return false;
  }

  /**
   * A progress handler, called every 1,000 virtual-machine steps, interrupts the statement once
   * {@code limit} has passed: precise to the millisecond, and free when no timeout is set.
   */
  @Override
  public void startTimeout(Connection c, Statement s, Duration limit) throws SQLException {
    long deadline = System.nanoTime() + limit.toNanos();
    ProgressHandler.setHandler(c.unwrap(SQLiteConnection.class), 1000, new ProgressHandler() {
      @Override
      protected int progress() {
        return System.nanoTime() - deadline > 0 ? 1 : 0;
      }
    });
  }

  @Override
  public void endTimeout(Connection c, Statement s) throws SQLException {
    ProgressHandler.clearHandler(c.unwrap(SQLiteConnection.class));
  }

  @Override
  public boolean isTimeout(SQLException e) {
    return e instanceof SQLiteException se && se.getResultCode() == SQLiteErrorCode.SQLITE_INTERRUPT
        || String.valueOf(e.getMessage()).contains("SQLITE_INTERRUPT");
  }
}
