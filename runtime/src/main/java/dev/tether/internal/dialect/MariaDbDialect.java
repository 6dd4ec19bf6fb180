package dev.tether.internal.dialect;

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
 * MariaDB (and MySQL): backtick quoting; tables in {@code utf8mb4_bin} so that {@code eq} and
 * {@code contains} are case-sensitive as on the other databases; UUIDs as text; date-times as
 * {@code datetime(6)} in UTC (microseconds: finer values are truncated). Foreign keys cannot be
 * deferred, so deletes run children first; sub-queries with LIMIT or on the table being changed
 * are wrapped in a derived table.
 */
public final class MariaDbDialect extends Dialect {
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
   * {@code ON DUPLICATE KEY UPDATE a = a}: a row repeating the unique key is left as it is. Not
   * Django's {@code INSERT IGNORE}, which also turns a foreign key or NOT NULL violation into a
   * warning and a silently missing row.
   */
  @Override
  public String insertIgnoringDuplicates(String insert, java.util.List<String> uniqueColumns) {
    String first = quote(uniqueColumns.get(0));
    return insert + " ON DUPLICATE KEY UPDATE " + first + " = " + first;
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
      case CONTAINS, STARTS_WITH, ENDS_WITH -> lhs + " LIKE ? ESCAPE '\\\\'";
      case IEXACT -> "LOWER(" + lhs + ") = LOWER(?)";
      case ICONTAINS, ISTARTS_WITH, IENDS_WITH -> "LOWER(" + lhs + ") LIKE LOWER(?) ESCAPE '\\\\'";
      case REGEX, IREGEX -> lhs + " REGEXP ?";
      default -> throw new IllegalArgumentException(lookup.name());
    };
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
      case STRING, ENUM -> f.maxLength() > 0 ? "varchar(" + f.maxLength() + ")"
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

  @Override
  public String tableOptions() {
    return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
  }

  @Override
  public String forUpdate() {
    return " FOR UPDATE";
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
}
