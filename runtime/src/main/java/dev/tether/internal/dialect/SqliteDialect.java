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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sqlite.Function;
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
  private static final DateTimeFormatter DATETIME_LENIENT = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter(Locale.ROOT);

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public void configure(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      s.execute("PRAGMA busy_timeout = 10000");
      if (!c.getMetaData().getURL().contains(":memory:")) {
        s.execute("PRAGMA journal_mode = WAL");
      }
    }
    Function.create(c, "tether_lower", new Function() {
      @Override
      protected void xFunc() throws SQLException {
        String v = value_text(0);
        if (v == null) {
          result();
        } else {
          result(v.toLowerCase(Locale.ROOT));
        }
      }
    }, 1, Function.FLAG_DETERMINISTIC);
    Function.create(c, "REGEXP", new RegexpFunction(), 2, Function.FLAG_DETERMINISTIC);
  }

  /** {@code X REGEXP Y} calls {@code regexp(Y, X)}: Python's {@code re.search}, as Django does. */
  private static final class RegexpFunction extends Function {
    private final Map<String, Pattern> cache = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
        return size() > 64;
      }
    };

    @Override
    protected void xFunc() throws SQLException {
      String regex = value_text(0);
      String value = value_text(1);
      if (regex == null || value == null) {
        result();
        return;
      }
      Pattern p;
      synchronized (cache) {
        p = cache.computeIfAbsent(regex, Pattern::compile);
      }
      result(p.matcher(value).find() ? 1 : 0);
    }
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
      default -> super.toDb(type, value);
    };
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
        params.add(value);
        return lhs + " REGEXP ?";
      case IREGEX:
        params.add("(?iu)" + value);
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
      case STRING, ENUM -> f.maxLength() > 0 ? "varchar(" + f.maxLength() + ")" : "text";
      case INT, SHORT, BOOLEAN -> "integer";
      case LONG -> "bigint";
      case DOUBLE, FLOAT -> "real";
      case DECIMAL -> "decimal";
      case DATE -> "date";
      case DATETIME, INSTANT -> "datetime";
      case UUID -> "char(36)";
      case BYTES -> "blob";
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
}
