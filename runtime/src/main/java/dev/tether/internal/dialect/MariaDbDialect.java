package dev.tether.internal.dialect;

import java.util.List;
import dev.tether.internal.query.Lookup;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * MariaDB (and MySQL): backtick quoting; tables in a binary NO PAD collation
 * ({@code utf8mb4_nopad_bin}; MySQL 8's is {@code utf8mb4_0900_bin}) so that {@code eq},
 * {@code in}, {@code contains} and UNIQUE are case-sensitive and count trailing spaces, as on the
 * other databases ({@code utf8mb4_bin} pads: it finds {@code "abc "} equal to {@code "abc"}); UUIDs as text; date-times as
 * {@code datetime(6)} in UTC (microseconds: finer values are truncated). Foreign keys cannot be
 * deferred, so deletes run children first; sub-queries with LIMIT or on the table being changed
 * are wrapped in a derived table.
 */
public final class MariaDbDialect extends Dialect {
  /** MariaDB's binary NO PAD collation (since 10.2). */
  public static final String NOPAD_BIN = "utf8mb4_nopad_bin";
  /** MySQL 8's, which has no {@code utf8mb4_nopad_bin}. */
  public static final String MYSQL_NOPAD_BIN = "utf8mb4_0900_bin";

  private final String collation;

  public MariaDbDialect() {
    this(NOPAD_BIN);
  }

  /** A dialect whose tables use {@code collation}, which must be a binary NO PAD one. */
  public MariaDbDialect(String collation) {
    this.collation = collation;
  }

  @Override
  public String name() {
    return "mariadb";
  }

  @Override
  public String sessionInitSql() {
    return "SET time_zone = '+00:00'";
  }

  @Override
  public String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  @Override
  public String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /**
   * {@code Duplicate entry 'x' for key 'email'}, {@code ... a foreign key constraint fails (`db`.`t`,
   * CONSTRAINT `name` FOREIGN KEY ...)} and {@code CONSTRAINT `name` failed for `db`.`t`}.
   */
  private static final java.util.regex.Pattern[] CONSTRAINT = {
      java.util.regex.Pattern.compile("Duplicate entry '.*' for key '(?:[^'.]*\\.)?([^']+)'"),
      java.util.regex.Pattern.compile("CONSTRAINT `((?:[^`]|``)+)`")};

  @Override
  public String constraintName(SQLException e) {
    String name = firstGroup(e.getMessage(), CONSTRAINT);
    return name == null ? null : name.replace("``", "`");
  }

  /** An {@code Instant} default is kept as UTC in {@code datetime(6)}, which refuses the {@code Z}. */
  @Override
  public String defaultLiteral(FieldMeta field) {
    if (field.type() == SqlType.INSTANT) {
      return literal(LocalDateTime.ofInstant(Instant.parse(field.defaultValue()), ZoneOffset.UTC).toString());
    }
    if (field.type() == SqlType.OFFSET_DATETIME) {
      return literal(LocalDateTime.ofInstant(java.time.OffsetDateTime.parse(field.defaultValue()).toInstant(),
          ZoneOffset.UTC).toString());
    }
    return super.defaultLiteral(field);
  }

  /**
   * {@code ON DUPLICATE KEY UPDATE a = a}: a row repeating the unique key is left as it is. Not
   * Django's {@code INSERT IGNORE}, which also turns a foreign key or NOT NULL violation into a
   * warning and a silently missing row.
   */
  @Override
  public String insertIgnoringDuplicates(String insert, java.util.List<String> uniqueColumns) {
    String first = quote(uniqueColumns.get(0));
    return insert + " ON DUPLICATE KEY UPDATE " + first + " = " + first;
  }

  /** {@code INSERT IGNORE}: MariaDB turns the refused rows into warnings (so does Django on MySQL). */
  @Override
  public String insertIgnoringConflicts(String insert) {
    return "INSERT IGNORE" + insert.substring("INSERT".length());
  }

  /**
   * {@code ON DUPLICATE KEY UPDATE c = VALUES(c)}: any unique key triggers it, so the unique
   * columns are not named (Django refuses them on MySQL/MariaDB; Tether lets portable code pass them).
   */
  @Override
  public String upsert(String insert, List<String> uniqueColumns, List<String> updateColumns) {
    StringBuilder b = new StringBuilder(insert).append(" ON DUPLICATE KEY UPDATE ");
    for (int i = 0; i < updateColumns.size(); i++) {
      String c = quote(updateColumns.get(i));
      b.append(i == 0 ? "" : ", ").append(c).append(" = VALUES(").append(c).append(')');
    }
    return b.toString();
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
    // datetime(6) holds microseconds: finer values are truncated here, as on PostgreSQL
    return switch (type) {
      case DATETIME -> ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
      case INSTANT -> LocalDateTime.ofInstant(((Instant) value).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
      case UUID -> value.toString();
      default -> super.toDb(type, value);
    };
  }

  @Override
  public String jsonAt(String lhs, List<Object> path, List<Object> params) {
    params.add(jsonPath(path));
    return "JSON_EXTRACT(" + lhs + ", ?)";
  }

  /** {@code JSON_EQUALS} (MariaDB 10.7+): JSON semantics, so the string "1" is not the number 1. */
  @Override
  public String jsonEquals(String lhs, List<Object> path, String json, List<Object> params) {
    String at = jsonAt(lhs, path, params);
    params.add(json);
    return "COALESCE(JSON_EQUALS(" + at + ", ?), 0) = 1";
  }

  @Override
  public String jsonCompare(String lhs, List<Object> path, String op, java.math.BigDecimal value,
      List<Object> params) {
    String type = "JSON_TYPE(" + jsonAt(lhs, path, params) + ") IN ('INTEGER', 'DOUBLE')";
    String at = jsonAt(lhs, path, params);
    params.add(value);
    return "(" + type + " AND CAST(" + at + " AS DECIMAL(65, 20)) " + op + " ?)";
  }

  @Override
  public String jsonHasKey(String lhs, List<Object> path, List<Object> params) {
    params.add(jsonPath(path));
    return "COALESCE(JSON_CONTAINS_PATH(" + lhs + ", 'one', ?), 0) = 1";
  }

  @Override
  public String jsonIsNull(String lhs, List<Object> path, List<Object> params) {
    return "COALESCE(JSON_TYPE(" + jsonAt(lhs, path, params) + ") = 'NULL', 0) = 1";
  }

  /** Whole documents by {@code JSON_EQUALS}: key order and spacing do not count, as in PostgreSQL's jsonb. */
  @Override
  public String jsonExact(String lhs, String param) {
    return "COALESCE(JSON_EQUALS(" + lhs + ", " + param + "), 0) = 1";
  }

  @Override
  public Instant getInstant(ResultSet rs, int i) throws SQLException {
    LocalDateTime t = rs.getObject(i, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  @Override
  public UUID getUuid(ResultSet rs, int i) throws SQLException {
    String s = rs.getString(i);
    return s == null ? null : UUID.fromString(s);
  }

  @Override
  public String lookup(Lookup lookup, String lhs, String value, java.util.List<Object> params) {
    params.add(switch (lookup) {
      case REGEX -> "(?-i)" + value;
      case IREGEX -> "(?i)" + value;
      default -> Patterns.like(lookup, value);
    });
    return switch (lookup) {
      // MariaDB 10.11's index range for a LIKE prefix starting with a 4-byte character (an emoji)
      // finds no row; CONCAT() keeps the collation and makes the index unusable for that query
      case STARTS_WITH -> (supplementary(value) ? "CONCAT(" + lhs + ")" : lhs) + " LIKE ? ESCAPE '\\\\'";
      case CONTAINS, ENDS_WITH -> lhs + " LIKE ? ESCAPE '\\\\'";
      case IEXACT -> "LOWER(" + lhs + ") = LOWER(?)";
      case ICONTAINS, ISTARTS_WITH, IENDS_WITH -> "LOWER(" + lhs + ") LIKE LOWER(?) ESCAPE '\\\\'";
      case REGEX, IREGEX -> lhs + " REGEXP ?";
      default -> throw new IllegalArgumentException(lookup.name());
    };
  }

  private static boolean supplementary(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String datePart(String part, String lhs) {
    return "EXTRACT(" + part.toUpperCase(java.util.Locale.ROOT) + " FROM " + lhs + ")";
  }

  @Override
  public String arithmetic(String lhs, char op, String rhs, boolean integral) {
    return op == '/' && integral ? "(" + lhs + " DIV " + rhs + ")" : super.arithmetic(lhs, op, rhs, integral);
  }

  @Override
  public String length(String arg) {
    return "CHAR_LENGTH(" + arg + ")";
  }

  @Override
  public String concat(java.util.List<String> args) {
    return "CONCAT_WS('', " + String.join(", ", args) + ")";
  }

  /** MariaDB has no {@code NULLS FIRST}: order by whether the value is NULL first, as Django does. */
  @Override
  public String orderTerm(String expr, boolean descending, Boolean nullsFirst) {
    String t = expr + (descending ? " DESC" : " ASC");
    return nullsFirst == null ? t : expr + (nullsFirst ? " IS NOT NULL, " : " IS NULL, ") + t;
  }

  @Override
  public String castType(dev.tether.meta.SqlType type) {
    return switch (type) {
      case DOUBLE, FLOAT -> "DOUBLE";
      case LONG, INT, SHORT -> "SIGNED";
      case DECIMAL -> "DECIMAL(65, 20)";
      default -> throw new IllegalArgumentException("no cast to " + type);
    };
  }

  /** UTC, as Instants are stored. */
  @Override
  public String now() {
    return "UTC_TIMESTAMP(6)";
  }

  @Override
  public String truncate(String unit, String lhs, dev.tether.meta.SqlType type) {
    String f = switch (unit) {
      case "year" -> "%Y-01-01";
      case "month" -> "%Y-%m-01";
      default -> "%Y-%m-%d";
    };
    return type == dev.tether.meta.SqlType.DATE ? "CAST(DATE_FORMAT(" + lhs + ", '" + f + "') AS DATE)"
        : "CAST(DATE_FORMAT(" + lhs + ", '" + f + " 00:00:00') AS DATETIME)";
  }

  @Override
  public String limitOffset(long limit, long offset) {
    return " LIMIT " + (limit >= 0 ? limit : "18446744073709551615") + (offset > 0 ? " OFFSET " + offset : "");
  }

  @Override
  public String wrapSelfSubquery(String select) {
    return "SELECT * FROM (" + select + ") AS " + quote("subquery");
  }

  @Override
  public String wrapLimitedSubquery(String select) {
    return wrapSelfSubquery(select);
  }

  @Override
  public String columnType(FieldMeta f) {
    return switch (f.type()) {
      case ENUM -> f.choices() != null && f.choices().numeric() ? "integer"
          : "varchar(" + Math.max(1, f.maxLength()) + ")";
      case STRING -> f.maxLength() > 0 ? "varchar(" + f.maxLength() + ")"
          : f.unique() || f.indexed() || f.primaryKey() ? "varchar(255)" : "longtext";
      case INT -> "integer";
      case LONG -> "bigint";
      case SHORT -> "smallint";
      case DOUBLE -> "double precision";
      case FLOAT -> "real";
      case BOOLEAN -> "bool";
      case DECIMAL -> "decimal(65, 20)";
      case DATE -> "date";
      case DATETIME, INSTANT -> "datetime(6)";
      case UUID -> "char(36)";
      case BYTES -> "longblob";
      case TIME -> "time(6)";
      case OFFSET_DATETIME -> "datetime(6)";
      case DURATION -> "bigint";
      // longtext rather than json, whose utf8mb4_bin collation pads: text columns here are all NO PAD
      case JSON -> "longtext";
    };
  }

  @Override
  public String autoKeyDefinition(FieldMeta pk) {
    return quote(pk.column()) + (pk.type() == SqlType.INT ? " integer" : " bigint") + " AUTO_INCREMENT PRIMARY KEY";
  }

  @Override
  public boolean inlineForeignKeys() {
    return false;
  }

  @Override
  public String foreignKeySuffix() {
    return "";
  }

  @Override
  public String insertNoValues() {
    return " () VALUES ()";
  }

  @Override
  public boolean defersForeignKeys() {
    return false;
  }

  /**
   * Every table Tether creates (models, join tables, the migration history, tables a migration
   * creates) names the collation here; columns take the table's. Comparisons of a column with a
   * bound value use the column's collation, so {@code LOWER(col) = LOWER(?)} ({@code iexact}) is
   * case-insensitive and does not pad either.
   */
  @Override
  public String tableOptions() {
    return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation;
  }

  /** The collation of the tables this dialect creates. */
  public String collation() {
    return collation;
  }

  /** A named lock ({@code GET_LOCK}), per database: lock names are server-wide. */
  @Override
  public String lockMigrationsSql(boolean wait) {
    return "SELECT COALESCE(GET_LOCK(" + MIGRATION_LOCK + ", " + (wait ? 31536000 : 0) + "), 0) = 1";
  }

  @Override
  public String unlockMigrationsSql() {
    return "SELECT RELEASE_LOCK(" + MIGRATION_LOCK + ")";
  }

  private static final String MIGRATION_LOCK = "CONCAT('tether_migrate.', MD5(COALESCE(DATABASE(), '')))";

  @Override
  public String forUpdate(boolean nowait, boolean skipLocked, List<String> of) {
    refuseLockOption(!of.isEmpty(), "of"); // MariaDB has NOWAIT and SKIP LOCKED (10.6), not OF
    return " FOR UPDATE" + (nowait ? " NOWAIT" : "") + (skipLocked ? " SKIP LOCKED" : "");
  }

  @Override
  public String displayName() {
    return "MariaDB";
  }

  /**
   * MariaDB's driver does not send read-only to a plain server: {@code SET TRANSACTION READ ONLY}
   * applies to the transaction about to begin (and to that one only).
   */
  @Override
  public void setReadOnly(java.sql.Connection c, boolean on) throws SQLException {
    if (on) {
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("SET TRANSACTION READ ONLY");
      }
    }
  }

  /**
   * MariaDB reports every constraint failure as SQL state {@code 23000}; its error code tells which
   * (as Django's MySQL backend reads it), so {@link dev.tether.IntegrityException#sqlState()} carries
   * the same standard state as on the other databases.
   */
  @Override
  public String sqlState(SQLException e) {
    return switch (e.getErrorCode()) {
      case 1062, 1586 -> "23505"; // ER_DUP_ENTRY, ER_DUP_ENTRY_WITH_KEY_NAME: unique_violation
      case 1216, 1217, 1451, 1452 -> "23503"; // ER_NO_REFERENCED_ROW(_2), ER_ROW_IS_REFERENCED(_2): foreign_key_violation
      case 1048, 1364 -> "23502"; // ER_BAD_NULL_ERROR, ER_NO_DEFAULT_FOR_FIELD: not_null_violation
      case 4025, 3819 -> "23514"; // ER_CONSTRAINT_FAILED (MariaDB), ER_CHECK_CONSTRAINT_VIOLATED (MySQL): check_violation
      default -> super.sqlState(e);
    };
  }

  @Override
  public boolean isIntegrityViolation(SQLException e) {
    // ER_NO_DEFAULT_FOR_FIELD (a NOT NULL column given no value) comes as HY000
    return super.isIntegrityViolation(e) || e.getErrorCode() == 1364;
  }

  // ---- schema changes (migrations) ----

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public String renameTable(String from, String to) {
    return "RENAME TABLE " + quote(from) + " TO " + quote(to);
  }

  @Override
  public String dropIndex(String table, String index) {
    return "DROP INDEX " + quote(index) + " ON " + quote(table);
  }

  @Override
  public java.util.List<String> alterPrimaryKey(String table, java.util.List<String> columns) {
    return java.util.List.of("ALTER TABLE " + quote(table) + " DROP PRIMARY KEY, ADD "
        + dev.tether.internal.schema.SchemaSql.compositeKey(this, columns));
  }

  @Override
  public String dropForeignKey(String table, String constraint) {
    return "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(constraint);
  }

  /** MariaDB names the index of an inline UNIQUE after its column. */
  @Override
  public String uniqueName(String table, String column) {
    return column;
  }

  @Override
  public String addUnique(String table, String column) {
    return "ALTER TABLE " + quote(table) + " ADD UNIQUE KEY " + quote(column) + " (" + quote(column) + ")";
  }

  /** MariaDB has no partial indexes (Django's {@code supports_partial_indexes} is false on MySQL). */
  @Override
  public boolean supportsPartialIndexes() {
    return false;
  }

  /** A UNIQUE constraint is an index in MariaDB: {@code DROP INDEX}; a check, {@code DROP CONSTRAINT}. */
  @Override
  public String dropConstraint(String table, String name, boolean unique) {
    return "ALTER TABLE " + quote(table) + (unique ? " DROP INDEX " : " DROP CONSTRAINT ") + quote(name);
  }

  @Override
  public String dropUnique(String table, String column) {
    return "ALTER TABLE " + quote(table) + " DROP INDEX " + quote(uniqueName(table, column));
  }

  /** {@code MODIFY} restates the whole column: type, nullability and default. */
  @Override
  public java.util.List<String> alterColumn(String table, FieldMeta from, FieldMeta to) {
    if (columnType(from).equals(columnType(to)) && from.nullable() == to.nullable()
        && java.util.Objects.equals(from.defaultValue(), to.defaultValue())) {
      return java.util.List.of();
    }
    return java.util.List.of("ALTER TABLE " + quote(table) + " MODIFY " + quote(to.column()) + " " + columnType(to)
        + (to.nullable() ? " NULL" : " NOT NULL")
        + (to.defaultValue() == null ? "" : " DEFAULT " + defaultLiteral(to)));
  }

  // ---- connections and timeouts ----

  /** A server that does not answer fails the connect after 5 s (the driver's default is 30 s). */
  @Override
  public java.util.Map<String, String> connectProperties() {
    return java.util.Map.of("connectTimeout", "5000");
  }

  /** Class 08, or ER_CONNECTION_KILLED (1927, SQLState 70100): the session was killed. */
  @Override
  public boolean isConnectionFailure(SQLException e) {
    return super.isConnectionFailure(e) || e.getErrorCode() == 1927;
  }

  /** ER_STATEMENT_TIMEOUT (1969, {@code max_statement_time} exceeded) or ER_QUERY_INTERRUPTED (1317). */
  @Override
  public boolean isTimeout(SQLException e) {
    return super.isTimeout(e) || e.getErrorCode() == 1969 || e.getErrorCode() == 1317;
  }
}
