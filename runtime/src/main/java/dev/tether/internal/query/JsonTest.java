package dev.tether.internal.query;

import java.util.List;

/**
 * The value of a {@link Lookup#JSON} condition: a test of the value at {@code path} inside a JSON
 * column (Django's {@code KeyTransform} lookups).
 *
 * @param path keys (strings) and array indexes (integers), outermost first
 * @param kind the test
 * @param operand the JSON text of a string or boolean ({@link Kind#EQUALS}), a
 *     {@link java.math.BigDecimal} (comparisons), else null
 */
public record JsonTest(List<Object> path, Kind kind, Object operand) {
  public JsonTest {
    path = List.copyOf(path);
  }

  /** The tests. */
  public enum Kind {
    /** Equal to a JSON string or boolean. */
    EQUALS("="),
    /** Compared as a number. */
    NUM_EQ("="),
    GT(">"),
    GTE(">="),
    LT("<"),
    LTE("<="),
    /** The key exists: Django's {@code has_key}. */
    HAS_KEY(null),
    /** The key is missing (or the column NULL): Django's {@code key__isnull=True}. */
    MISSING(null),
    /** The key holds JSON {@code null}: Django's {@code key=None}. */
    JSON_NULL(null);

    /** The SQL comparison operator of a numeric test. */
    public final String op;

    Kind(String op) {
      this.op = op;
    }
  }

  /** {@code s} as a JSON string literal. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Whether a row whose JSON column is NULL can never match (so an INNER join is safe). */
  public boolean rejectsNull() {
    return kind != Kind.MISSING;
  }
}
