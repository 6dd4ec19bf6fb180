package dev.tether.meta;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.related.Literals;
import java.math.BigDecimal;
import dev.tether.Converter;
import dev.tether.JsonCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Collects the values of a model's value columns ({@link ModelMeta#valueFields()}) in table order,
 * converted for the driver. Generated binders call one setter per column. A null value of a column
 * with a {@code defaultValue} takes the default.
 */
public final class RowWriter {
  private final Dialect dialect;
  private final List<FieldMeta> fields;
  private List<Object> out;
  private int index;
  private boolean defaults = true;

  public RowWriter(Dialect dialect, List<FieldMeta> fields, List<Object> out) {
    this.dialect = dialect;
    this.fields = fields;
    this.out = out;
  }

  /**
   * A writer that collects the Java values, unconverted (a saved related object as its key, an
   * unsaved one as itself), defaults applied: what {@code fullClean()} checks.
   */
  public static RowWriter javaValues(List<FieldMeta> fields, List<Object> out) {
    return new RowWriter(null, fields, out);
  }

  /** {@link #javaValues} with nulls left null, defaults not applied: what the object holds. */
  public static RowWriter heldValues(List<FieldMeta> fields, List<Object> out) {
    RowWriter w = new RowWriter(null, fields, out);
    w.defaults = false;
    return w;
  }

  /** Starts the next row, appending to {@code target} (one writer for many rows). */
  public RowWriter nextRow(List<Object> target) {
    index = 0;
    out = target;
    return this;
  }

  private void add(Object v) {
    FieldMeta f = fields.get(index++);
    if (v == null && defaults && f.defaultValue() != null) {
      v = Literals.parse(f);
    }
    out.add(dialect == null ? v : dialect.toDb(f.type(), v));
  }

  public void setString(String v) {
    add(v);
  }

  public void setLong(Long v) {
    add(v);
  }

  public void setInt(Integer v) {
    add(v);
  }

  public void setShort(Short v) {
    add(v);
  }

  public void setDouble(Double v) {
    add(v);
  }

  public void setFloat(Float v) {
    add(v);
  }

  public void setBoolean(Boolean v) {
    add(v);
  }

  public void setBigDecimal(BigDecimal v) {
    add(v);
  }

  public void setLocalDate(LocalDate v) {
    add(v);
  }

  public void setLocalDateTime(LocalDateTime v) {
    add(v);
  }

  public void setInstant(Instant v) {
    add(v);
  }

  public void setLocalTime(LocalTime v) {
    add(v);
  }

  public void setOffsetDateTime(OffsetDateTime v) {
    add(v);
  }

  public void setDuration(Duration v) {
    add(v);
  }

  /** A JSON column's text. */
  public void setJson(String v) {
    add(v);
  }

  /** The column value of a {@code @Convert} field's {@code value}; null stays null. */
  public <U, C> C convert(Converter<U, C> converter, U value) {
    return value == null ? null : converter.toColumn(value);
  }

  /** The JSON text of a {@code @Json} field's {@code value}; null stays null (SQL NULL). */
  public <T> String encode(JsonCodec<T> codec, T value) {
    return value == null ? null : codec.toJson(value);
  }

  public void setUuid(UUID v) {
    add(v);
  }

  public void setBytes(byte[] v) {
    add(v);
  }

  public void setEnum(Enum<?> v) {
    add(v);
  }

  /**
   * A foreign key: the key of {@code value}, or NULL. An unsaved object is refused with an
   * {@link IllegalStateException} naming the field, before anything is written.
   */
  public <T extends Entity> void setReference(ForeignKeyMeta<?, T> fk, T value) {
    if (value == null) {
      add(null);
      return;
    }
    ModelMeta<T> target = fk.target();
    Object key = fk.targetKey(value);
    if (dialect == null) {
      add(key == null || !target.isPersisted(value) ? value : key);
      return;
    }
    if (key == null || !target.isPersisted(value)) {
      throw new IllegalStateException("save() prohibited to prevent data loss due to unsaved related "
          + target.name() + " in " + fk + ": save the " + target.name() + " first (" + value + ")");
    }
    add(key);
  }
}
