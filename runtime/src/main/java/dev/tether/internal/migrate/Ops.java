package dev.tether.internal.migrate;

import dev.tether.meta.SqlType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Small helpers the operations share. */
final class Ops {
  private Ops() {}

  /** A model's class name without its package: {@code Article} for {@code dev.example.news.Article}. */
  static String simple(String model) {
    return model.substring(model.lastIndexOf('.') + 1);
  }

  /** {@code pubDate} as {@code pub_date}, {@code NewsItem} as {@code news_item}: for migration names. */
  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /**
   * The value existing rows get when a NOT NULL column without a default appears (Django asks for
   * a "one-off default"; Tether writes the type's zero into the migration, to review): null for
   * an enum, whose constants migrations do not know.
   */
  static String zero(SqlType type) {
    return switch (type) {
      case STRING, BYTES -> "";
      case INT, LONG, SHORT, DOUBLE, FLOAT, DECIMAL -> "0";
      case BOOLEAN -> "false";
      case DATE -> "1970-01-01";
      case DATETIME -> "1970-01-01T00:00:00";
      case INSTANT -> "1970-01-01T00:00:00Z";
      case UUID -> "00000000-0000-0000-0000-000000000000";
      case TIME -> "00:00:00";
      case OFFSET_DATETIME -> "1970-01-01T00:00:00Z";
      case DURATION -> "PT0S";
      case JSON -> "null";
      case ENUM -> null;
    };
  }

  /**
   * What rows get when {@code f} comes back NOT NULL while reversing a migration: nothing when it
   * is nullable or has a default (the database fills it), else the zero of a scalar's type.
   */
  static String refill(FieldState f) {
    if (f.nullable() || f.defaultValue() != null || f.isForeignKey()) {
      return null;
    }
    return zero(f.type());
  }

  static Map<String, Object> op(String op, String model) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("op", op);
    if (model != null) {
      m.put("model", model);
    }
    return m;
  }

  /** Checks that every relation of {@code m} points at a model of {@code state}. */
  static void checkTargets(ProjectState state, ModelState m) {
    for (FieldState f : m.fields()) {
      if (f.to() != null && !state.has(f.to())) {
        throw new IllegalStateException(f.label(m.name()) + " points at " + f.to() + ", which does not exist yet");
      }
    }
  }
}
