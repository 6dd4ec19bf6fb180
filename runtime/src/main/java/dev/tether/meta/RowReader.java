package dev.tether.meta;

import dev.tether.Database;
import dev.tether.TetherException;
import dev.tether.internal.dialect.Dialect;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import dev.tether.Converter;
import dev.tether.JsonCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the columns of the current row one after another, converting with the dialect. Generated
 * row mappers call one getter per column, in table order: no reflection, no lookup by name.
 */
public final class RowReader {
  private final ResultSet rs;
  private final Dialect dialect;
  private final Database database;
  private int index = 1;
  private boolean[] skip;

  public RowReader(ResultSet rs, Dialect dialect, Database database) {
    this.rs = rs;
    this.dialect = dialect;
    this.database = database;
  }

  /** The database the row comes from. */
  public Database database() {
    return database;
  }

  /**
   * Marks the key columns, by position, that {@link #getReference(ForeignKeyMeta)} reads as null
   * because the query joins their relation; null for none.
   */
  public void skipReferences(boolean[] columns) {
    this.skip = columns;
  }

  /** Moves to column {@code position} (1-based). */
  public void seek(int position) {
    index = position;
  }

  /** The next column's position. */
  public int position() {
    return index;
  }

  private static TetherException fail(SQLException e) {
    return new TetherException("could not read a column: " + e.getMessage(), e);
  }

  private boolean wasNull() throws SQLException {
    return rs.wasNull();
  }

  public String getString() {
    try {
      return dialect.getString(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public long getLongValue() {
    try {
      return dialect.getLong(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public Long getLong() {
    try {
      long v = dialect.getLong(rs, index++);
      return wasNull() ? null : v;
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public int getIntValue() {
    try {
      return dialect.getInt(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public Integer getInt() {
    try {
      int v = dialect.getInt(rs, index++);
      return wasNull() ? null : v;
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public short getShortValue() {
    try {
      return dialect.getShort(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public Short getShort() {
    try {
      short v = dialect.getShort(rs, index++);
      return wasNull() ? null : v;
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public double getDoubleValue() {
    try {
      return dialect.getDouble(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public Double getDouble() {
    try {
      double v = dialect.getDouble(rs, index++);
      return wasNull() ? null : v;
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public float getFloatValue() {
    try {
      return dialect.getFloat(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public Float getFloat() {
    try {
      float v = dialect.getFloat(rs, index++);
      return wasNull() ? null : v;
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public boolean getBooleanValue() {
    try {
      return dialect.getBoolean(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public Boolean getBoolean() {
    try {
      boolean v = dialect.getBoolean(rs, index++);
      return wasNull() ? null : v;
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public BigDecimal getBigDecimal() {
    try {
      return dialect.getBigDecimal(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public LocalDate getLocalDate() {
    try {
      return dialect.getLocalDate(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public LocalDateTime getLocalDateTime() {
    try {
      return dialect.getLocalDateTime(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public Instant getInstant() {
    try {
      return dialect.getInstant(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public LocalTime getLocalTime() {
    try {
      return dialect.getLocalTime(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  /** A date-time with time zone, at offset {@code +00:00} (UTC) on every database. */
  public OffsetDateTime getOffsetDateTime() {
    try {
      Instant t = dialect.getInstant(rs, index++);
      return t == null ? null : t.atOffset(ZoneOffset.UTC);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public Duration getDuration() {
    try {
      return dialect.getDuration(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  /** A JSON column's text, as the database returns it (PostgreSQL's {@code jsonb} normalizes it). */
  public String getJson() {
    try {
      return dialect.getString(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  /** The field value of a {@code @Convert} field's column {@code value}; NULL stays null. */
  public <U, C> U convert(Converter<U, C> converter, C value) {
    return value == null ? null : converter.fromColumn(value);
  }

  /** The field value of a {@code @Json} field's JSON text; NULL stays null. */
  public <T> T decode(JsonCodec<T> codec, String json) {
    return json == null ? null : codec.fromJson(json);
  }

  public UUID getUuid() {
    try {
      return dialect.getUuid(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  public byte[] getBytes() {
    try {
      return dialect.getBytes(rs, index++);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  /** An enum stored by name; {@code valueOf} is the enum's own {@code E::valueOf}. */
  public <E extends Enum<E>> E getEnum(Function<String, E> valueOf) {
    String s = getString();
    return s == null ? null : valueOf.apply(s);
  }

  /**
   * An enum column read through its choices: stored by name, by code or by number.
   *
   * @throws IllegalStateException when the column holds a value none of the constants is stored as
   */
  public <E extends Enum<E>> E getChoice(Choices<E> choices) {
    Object v = choices.numeric() ? getInt() : getString();
    return choices.fromDb(v);
  }

  /** A value of any type, boxed (keys returned by INSERT, generic reads). */
  public Object getValue(SqlType type) {
    return switch (type) {
      case STRING, ENUM -> getString();
      case INT -> getInt();
      case LONG -> getLong();
      case SHORT -> getShort();
      case DOUBLE -> getDouble();
      case FLOAT -> getFloat();
      case BOOLEAN -> getBoolean();
      case DECIMAL -> getBigDecimal();
      case DATE -> getLocalDate();
      case DATETIME -> getLocalDateTime();
      case INSTANT -> getInstant();
      case UUID -> getUuid();
      case BYTES -> getBytes();
      case TIME -> getLocalTime();
      case OFFSET_DATETIME -> getOffsetDateTime();
      case DURATION -> getDuration();
      case JSON -> getJson();
    };
  }

  /** The value of {@code e}: a column of a {@code @Convert}/{@code @Json} field comes back in the field's type. */
  public Object getValue(dev.tether.internal.query.Expression e) {
    Object v = getValue(e.valueType());
    return e instanceof dev.tether.internal.query.ColumnExpr c && c.transform() == null ? c.field().fromColumn(v) : v;
  }

  /**
   * A foreign key column: null, or a key-only reference to the target row that
   * {@code article.reporter()} loads on first use.
   */
  public <T extends Entity> T getReference(ForeignKeyMeta<?, T> fk) {
    return getReference(fk, true);
  }

  /**
   * The key column of {@code fk} as a key-only reference; null for NULL, and also when
   * {@code skippable} and the query joins this relation (the joined object is set instead).
   */
  public <T extends Entity> T getReference(ForeignKeyMeta<?, T> fk, boolean skippable) {
    if (skippable && skip != null && skip[index]) {
      index++;
      return null;
    }
    FieldMeta c = fk.column();
    Object key;
    if (!c.nullable() && c.type() == SqlType.LONG) {
      key = getLongValue(); // NOT NULL: no wasNull() round trip
    } else if (!c.nullable() && c.type() == SqlType.INT) {
      key = getIntValue();
    } else {
      key = getValue(c.type());
    }
    return key == null ? null : fk.reference(key, database);
  }

  /** Whether column {@code position} of the current row is NULL; the reading position stays. */
  public boolean isNull(int position) {
    try {
      return rs.getObject(position) == null;
    } catch (SQLException e) {
      throw fail(e);
    }
  }
}
