package dev.tether.internal.dialect;

import dev.tether.internal.query.Lookup;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL: identity keys, native boolean, uuid, bytea and timestamptz columns (microseconds:
 * finer values are truncated); deferred
 * foreign keys; {@code LIKE} for the case-sensitive pattern lookups and {@code LOWER() LIKE
 * LOWER()} for the others; POSIX regexes ({@code ~}, {@code ~*}).
 */
public final class PostgresDialect extends Dialect {
  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public String sessionInitSql() {
    return "SET TIME ZONE 'UTC'";
  }

  @Override
  public boolean streamsInTransaction() {
    return true;
  }

  @Override
  public int maxParameters() {
    return 65535;
  }

  @Override
  public Object toDb(SqlType type, Object value) {
    if (value == null) {
      return null;
    }
    // timestamps hold microseconds, and PostgreSQL rounds finer values: 23:59:59.9999999 would
    // become the next day (9999-12-31 the year 10000). Truncated instead, as MariaDB does.
    return switch (type) {
      case DATETIME -> ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
      case INSTANT -> OffsetDateTime.ofInstant(((Instant) value).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
      case JSON -> new Untyped(text((String) value));
      case DURATION -> new Untyped(interval((java.time.Duration) value));
      default -> super.toDb(type, value);
    };
  }

  /**
   * Text the server reads as the type the statement expects ({@code jsonb}, {@code interval}):
   * bound as JDBC's {@code OTHER}, which the driver sends with no type of its own.
   */
  private record Untyped(String text) {}

  @Override
  public void bind(java.sql.PreparedStatement ps, int index, Object value) throws SQLException {
    if (value instanceof Untyped u) {
      ps.setObject(index, u.text(), java.sql.Types.OTHER);
    } else {
      super.bind(ps, index, value);
    }
  }

  /** An interval literal of whole microseconds, all in its time part: {@code -3600.000001 seconds}. */
  static String interval(java.time.Duration d) {
    return java.math.BigDecimal.valueOf(micros(d), 6).toPlainString() + " seconds";
  }

  /**
   * PostgreSQL's own interval output ({@code IntervalStyle = postgres}, the default):
   * {@code 1 year 2 mons -3 days +04:05:06.000007}. A month counts 30 days and a year 365, as
   * psycopg's {@code timedelta} does.
   */
  private static final java.util.regex.Pattern INTERVAL = java.util.regex.Pattern.compile(
      "(?:([+-]?\\d+) years? ?)?(?:([+-]?\\d+) mons? ?)?(?:([+-]?\\d+) days? ?)?"
      + "(?:([+-])?(\\d+):(\\d+):(\\d+)(?:\\.(\\d{1,6}))?)?");

  @Override
  public java.time.Duration getDuration(ResultSet rs, int i) throws SQLException {
    String s = rs.getString(i);
    return s == null ? null : parseInterval(s);
  }

  static java.time.Duration parseInterval(String s) {
    java.util.regex.Matcher m = INTERVAL.matcher(s.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("unexpected interval text: " + s);
    }
    long days = num(m.group(1)) * 365 + num(m.group(2)) * 30 + num(m.group(3));
    java.time.Duration d = java.time.Duration.ofDays(days);
    if (m.group(5) != null) {
      String frac = m.group(8) == null ? "" : m.group(8);
      long micros = (Long.parseLong(m.group(5)) * 3600 + Long.parseLong(m.group(6)) * 60 + Long.parseLong(m.group(7)))
          * 1_000_000L + (frac.isEmpty() ? 0 : Long.parseLong((frac + "00000").substring(0, 6)));
      d = d.plus(java.time.Duration.of("-".equals(m.group(4)) ? -micros : micros, ChronoUnit.MICROS));
    }
    return d;
  }

  private static long num(String s) {
    return s == null ? 0 : Long.parseLong(s);
  }

  @Override
  public String jsonAt(String lhs, List<Object> path, List<Object> params) {
    StringBuilder b = new StringBuilder("(").append(lhs);
    for (Object p : path) {
      b.append(p instanceof Integer ? " -> CAST(? AS integer)" : " -> CAST(? AS text)");
      params.add(p);
    }
    return b.append(')').toString();
  }

  @Override
  public String jsonEquals(String lhs, List<Object> path, String json, List<Object> params) {
    String at = jsonAt(lhs, path, params);
    params.add(json);
    return at + " = CAST(? AS jsonb)";
  }

  @Override
  public String jsonCompare(String lhs, List<Object> path, String op, java.math.BigDecimal value,
      List<Object> params) {
    // CASE, not AND: PostgreSQL may cast before it checks the type, and a string refuses the cast
    String type = jsonAt(lhs, path, params);
    String at = jsonAt(lhs, path, params);
    params.add(value);
    return "(CASE WHEN jsonb_typeof(" + type + ") = 'number' THEN CAST(" + at + " AS numeric) END " + op + " ?)";
  }

  @Override
  public String jsonHasKey(String lhs, List<Object> path, List<Object> params) {
    return jsonAt(lhs, path, params) + " IS NOT NULL";
  }

  @Override
  public String jsonIsNull(String lhs, List<Object> path, List<Object> params) {
    return "jsonb_typeof(" + jsonAt(lhs, path, params) + ") = 'null'";
  }

  @Override
  public Instant getInstant(ResultSet rs, int i) throws SQLException {
    OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  @Override
  public UUID getUuid(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, UUID.class);
  }

  /**
   * PostgreSQL's text cannot hold NUL (0x00) at all, and Django refuses such strings there.
   * {@link #text(String)} refuses them before anything is sent: the server would answer with an
   * encoding error and abort the surrounding transaction.
   */
  @Override
  protected boolean textHoldsNul() {
    return false;
  }

  @Override
  public String lookup(Lookup lookup, String lhs, String value, java.util.List<Object> params) {
    params.add(Patterns.like(lookup, value));
    return switch (lookup) {
      case CONTAINS, STARTS_WITH, ENDS_WITH -> lhs + " LIKE ? ESCAPE '\\'";
      case IEXACT -> "LOWER(" + lhs + ") = LOWER(?)";
      case ICONTAINS, ISTARTS_WITH, IENDS_WITH -> "LOWER(" + lhs + ") LIKE LOWER(?) ESCAPE '\\'";
      case REGEX -> lhs + " ~ ?";
      case IREGEX -> lhs + " ~* ?";
      default -> throw new IllegalArgumentException(lookup.name());
    };
  }

  @Override
  public String datePart(String part, String lhs) {
    return "CAST(EXTRACT(" + part.toUpperCase(java.util.Locale.ROOT) + " FROM " + lhs + ") AS INTEGER)";
  }

  @Override
  public String now() {
    return "STATEMENT_TIMESTAMP()";
  }

  @Override
  public String truncate(String unit, String lhs, dev.tether.meta.SqlType type) {
    String t = "DATE_TRUNC('" + unit + "', " + lhs + ")";
    return type == dev.tether.meta.SqlType.DATE ? "CAST(" + t + " AS DATE)" : t;
  }

  @Override
  public String limitOffset(long limit, long offset) {
    return (limit >= 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : "");
  }

  @Override
  public String columnType(FieldMeta f) {
    return switch (f.type()) {
      case ENUM -> f.choices() != null && f.choices().numeric() ? "integer"
          : f.maxLength() > 0 ? "varchar(" + f.maxLength() + ")" : "text";
      case STRING -> f.maxLength() > 0 ? "varchar(" + f.maxLength() + ")" : "text";
      case INT -> "integer";
      case LONG -> "bigint";
      case SHORT -> "smallint";
      case DOUBLE -> "double precision";
      case FLOAT -> "real";
      case BOOLEAN -> "boolean";
      case DECIMAL -> "numeric";
      case DATE -> "date";
      case DATETIME -> "timestamp";
      case INSTANT -> "timestamp with time zone";
      case UUID -> "uuid";
      case BYTES -> "bytea";
      case TIME -> "time";
      case OFFSET_DATETIME -> "timestamp with time zone";
      case DURATION -> "interval";
      case JSON -> "jsonb";
    };
  }

  @Override
  public String autoKeyDefinition(FieldMeta pk) {
    return quote(pk.column()) + (pk.type() == SqlType.INT ? " integer" : " bigint")
        + " GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
  }

  /**
   * An identity column does not notice a key the application chose ({@code INSERT ... (id) VALUES
   * (1000)}): the next generated key would still be 2, and 1000 would collide later (Django leaves
   * this to {@code sqlsequencereset}). A statement trigger moves the sequence past the largest key
   * each INSERT wrote, as SQLite and MariaDB do by themselves; it costs microseconds per statement.
   */
  @Override
  public List<String> autoKeyStatements(String table, FieldMeta pk) {
    return List.of(
        "CREATE OR REPLACE FUNCTION tether_advance_identity() RETURNS trigger LANGUAGE plpgsql AS $$"
            + " DECLARE seq regclass := pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), TG_ARGV[0]);"
            + " top bigint;"
            + " BEGIN"
            + " EXECUTE format('SELECT max(%I) FROM tether_inserted', TG_ARGV[0]) INTO top;"
            + " IF top > coalesce(pg_sequence_last_value(seq), 0) THEN PERFORM setval(seq, top); END IF;"
            + " RETURN NULL;"
            + " END $$",
        "CREATE TRIGGER tether_advance_identity AFTER INSERT ON " + quote(table)
            + " REFERENCING NEW TABLE AS tether_inserted FOR EACH STATEMENT"
            + " EXECUTE FUNCTION tether_advance_identity(" + literal(pk.column()) + ")");
  }

  @Override
  public boolean inlineForeignKeys() {
    return false;
  }

  /** {@code violates unique constraint "author_email_key"} (foreign key, check and exclusion alike). */
  private static final java.util.regex.Pattern CONSTRAINT =
      java.util.regex.Pattern.compile("violates (?:unique|foreign key|check|exclusion) constraint \"([^\"]+)\"");

  @Override
  public String constraintName(java.sql.SQLException e) {
    return firstGroup(e.getMessage(), CONSTRAINT);
  }

  @Override
  public String defaultLiteral(FieldMeta field) {
    if (field.type() == SqlType.BOOLEAN) {
      return Boolean.parseBoolean(field.defaultValue()) ? "true" : "false";
    }
    if (field.type() == SqlType.DURATION) {
      return literal(interval(java.time.Duration.parse(field.defaultValue())));
    }
    return super.defaultLiteral(field);
  }

  /**
   * A session advisory lock, per database and schema: the first key is "teth", the second the
   * schema's hash.
   */
  @Override
  public String lockMigrationsSql(boolean wait) {
    return wait ? "SELECT true FROM (SELECT pg_advisory_lock(1952802920, hashtext(current_schema()))) l"
        : "SELECT pg_try_advisory_lock(1952802920, hashtext(current_schema()))";
  }

  @Override
  public String unlockMigrationsSql() {
    return "SELECT pg_advisory_unlock(1952802920, hashtext(current_schema()))";
  }

  @Override
  public String forUpdate(boolean nowait, boolean skipLocked, List<String> of) {
    return " FOR UPDATE" + (of.isEmpty() ? "" : " OF " + String.join(", ", of))
        + (nowait ? " NOWAIT" : "") + (skipLocked ? " SKIP LOCKED" : "");
  }

  /** PostgreSQL types a {@code CASE} of parameters as text: cast each to the column's type, as Django does. */
  @Override
  public String caseValue(FieldMeta field) {
    return "CAST(? AS " + columnType(field) + ")";
  }

  @Override
  public String displayName() {
    return "PostgreSQL";
  }

  // ---- connections and timeouts ----

  /**
   * A server that does not answer fails the connect after 5 s (the driver's default is 10 s), and
   * one that accepts but never completes the login after 5 s more.
   */
  @Override
  public java.util.Map<String, String> connectProperties() {
    return java.util.Map.of("connectTimeout", "5", "loginTimeout", "5");
  }

  /** Class 08, or the server ending the session: 57P01 admin shutdown (a restart, {@code pg_terminate_backend}), 57P02, 57P03. */
  @Override
  public boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState();
    return super.isConnectionFailure(e) || state != null && state.startsWith("57P0");
  }

  /** 57014 query_canceled: what the driver's cancel at the query timeout produces. */
  @Override
  public boolean isTimeout(SQLException e) {
    return super.isTimeout(e) || "57014".equals(e.getSQLState());
  }

  /** Drops the key constraint by the name PostgreSQL keeps for it (a renamed table keeps its old {@code _pkey}). */
  @Override
  public java.util.List<String> alterPrimaryKey(String table, java.util.List<String> columns) {
    String t = quote(table);
    return java.util.List.of("DO $$ DECLARE n text; BEGIN SELECT conname INTO n FROM pg_constraint WHERE conrelid = '"
        + t.replace("'", "''") + "'::regclass AND contype = 'p'; EXECUTE 'ALTER TABLE " + t.replace("'", "''")
        + " DROP CONSTRAINT ' || quote_ident(n); END $$",
        "ALTER TABLE " + t + " ADD " + dev.tether.internal.schema.SchemaSql.compositeKey(this, columns));
  }
}
