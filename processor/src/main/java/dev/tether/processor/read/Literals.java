package dev.tether.processor.read;

import dev.tether.processor.model.ScalarType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Checks {@code defaultValue} literals against the type they will be parsed as. */
final class Literals {
  private Literals() {}

  /**
   * Why {@code v} is not a valid literal of {@code type}, or null when it is.
   *
   * @param enumType the enum's type when {@code type} is {@link ScalarType#ENUM}, else unused
   */
  static String problem(ScalarType type, String v, TypeMirror enumType) {
    String t = v.trim();
    try {
      switch (type) {
        case INT -> Integer.parseInt(t);
        case LONG -> Long.parseLong(t);
        case SHORT -> Short.parseShort(t);
        case DOUBLE -> Double.parseDouble(t);
        case FLOAT -> Float.parseFloat(t);
        case DECIMAL -> new BigDecimal(t);
        case BOOLEAN -> {
          if (!t.equals("true") && !t.equals("false")) {
            return "expected true or false";
          }
        }
        case DATE -> LocalDate.parse(t);
        case DATETIME -> LocalDateTime.parse(t);
        case INSTANT -> Instant.parse(t);
        case UUID -> UUID.fromString(t);
        case TIME -> java.time.LocalTime.parse(t);
        case OFFSET_DATETIME -> java.time.OffsetDateTime.parse(t);
        case DURATION -> java.time.Duration.parse(t);
        case ENUM -> {
          for (Element e : ((DeclaredType) enumType).asElement().getEnclosedElements()) {
            if (e.getKind() == ElementKind.ENUM_CONSTANT && e.getSimpleName().contentEquals(v)) {
              return null;
            }
          }
          return "no constant " + v;
        }
        default -> { }
      }
      return null;
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }
}
