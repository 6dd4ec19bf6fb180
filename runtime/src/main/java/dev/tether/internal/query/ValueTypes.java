package dev.tether.internal.query;

import dev.tether.meta.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** The stored type of a Java constant used in an expression or a raw statement. */
public final class ValueTypes {
  private ValueTypes() {}

  /** The type a constant is bound as. */
  public static SqlType of(Object v) {
    if (v instanceof String) {
      return SqlType.STRING;
    } else if (v instanceof Integer) {
      return SqlType.INT;
    } else if (v instanceof Long) {
      return SqlType.LONG;
    } else if (v instanceof Short) {
      return SqlType.SHORT;
    } else if (v instanceof Double) {
      return SqlType.DOUBLE;
    } else if (v instanceof Float) {
      return SqlType.FLOAT;
    } else if (v instanceof Boolean) {
      return SqlType.BOOLEAN;
    } else if (v instanceof BigDecimal) {
      return SqlType.DECIMAL;
    } else if (v instanceof LocalDate) {
      return SqlType.DATE;
    } else if (v instanceof LocalDateTime) {
      return SqlType.DATETIME;
    } else if (v instanceof Instant) {
      return SqlType.INSTANT;
    } else if (v instanceof UUID) {
      return SqlType.UUID;
    } else if (v instanceof byte[]) {
      return SqlType.BYTES;
    } else if (v instanceof java.time.LocalTime) {
      return SqlType.TIME;
    } else if (v instanceof java.time.OffsetDateTime) {
      return SqlType.OFFSET_DATETIME;
    } else if (v instanceof java.time.Duration) {
      return SqlType.DURATION;
    } else if (v instanceof Enum<?>) {
      return SqlType.ENUM;
    }
    throw new IllegalArgumentException("Tether cannot bind a " + v.getClass().getName() + " in an expression");
  }
}
