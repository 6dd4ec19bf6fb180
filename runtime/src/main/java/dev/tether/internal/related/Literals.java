package dev.tether.internal.related;

import dev.tether.meta.FieldMeta;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** Parses the {@code defaultValue} literals of annotations into values of the column's type. */
public final class Literals {
  private Literals() {}

  public static Object parse(FieldMeta f) {
    String v = f.defaultValue();
    if (v == null) {
      return null;
    }
    return switch (f.type()) {
      case STRING -> v;
      case ENUM -> f.choices() != null && f.choices().numeric() ? (Object) Integer.valueOf(v.trim()) : v;
      case INT -> Integer.valueOf(v.trim());
      case LONG -> Long.valueOf(v.trim());
      case SHORT -> Short.valueOf(v.trim());
      case DOUBLE -> Double.valueOf(v.trim());
      case FLOAT -> Float.valueOf(v.trim());
      case BOOLEAN -> Boolean.valueOf(v.trim());
      case DECIMAL -> new BigDecimal(v.trim());
      case DATE -> LocalDate.parse(v.trim());
      case DATETIME -> LocalDateTime.parse(v.trim());
      case INSTANT -> Instant.parse(v.trim());
      case UUID -> UUID.fromString(v.trim());
      case BYTES -> v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case TIME -> java.time.LocalTime.parse(v.trim());
      case OFFSET_DATETIME -> java.time.OffsetDateTime.parse(v.trim());
      case DURATION -> java.time.Duration.parse(v.trim());
      case JSON -> v;
    };
  }
}
