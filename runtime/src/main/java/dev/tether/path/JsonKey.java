package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.JsonTest;
import dev.tether.internal.query.Lookup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value inside a JSON column, reached by keys and array indexes: Django's {@code KeyTransform}.
 * The path is a bound parameter on every database. Comparisons are type-strict as in Django: the
 * string {@code "1"} is not the number 1, and a number compares with numbers only.
 *
 * @param <R> the model being filtered
 */
public final class JsonKey<R> {
  private final ColumnExpr column;
  private final List<Object> path;

  JsonKey(ColumnExpr column, List<Object> path) {
    this.column = column;
    this.path = List.copyOf(path);
  }

  static Object checked(Object step) {
    if (step instanceof Integer i && i < 0) {
      throw new IllegalArgumentException("a JSON array index is 0 or more, not " + i);
    }
    return Objects.requireNonNull(step, "key(null)");
  }

  /** The value under {@code key} of this object: Django's {@code payload__a__b}. */
  public JsonKey<R> key(String key) {
    List<Object> p = new ArrayList<>(path);
    p.add(checked(key));
    return new JsonKey<>(column, p);
  }

  /** The element at {@code index} of this array: Django's {@code payload__a__0}. */
  public JsonKey<R> index(int index) {
    List<Object> p = new ArrayList<>(path);
    p.add(checked(index));
    return new JsonKey<>(column, p);
  }

  Q<R> test(JsonTest.Kind kind, Object operand) {
    return Q.of(new Condition.Leaf(column, Lookup.JSON, new JsonTest(path, kind, operand)));
  }

  /** Equals the JSON string {@code value}; {@code eq(null)} is {@link #isJsonNull()}, as Django's {@code key=None}. */
  public Q<R> eq(String value) {
    return value == null ? isJsonNull() : test(JsonTest.Kind.EQUALS, JsonTest.quote(value));
  }

  /** Equals the JSON number {@code value} (1 equals 1.0; the string "1" does not match). */
  public Q<R> eq(Number value) {
    return value == null ? isJsonNull() : test(JsonTest.Kind.NUM_EQ, decimal(value));
  }

  /** Is the JSON {@code true} or {@code false}. */
  public Q<R> eq(boolean value) {
    return test(JsonTest.Kind.EQUALS, Boolean.toString(value));
  }

  /** A number greater than {@code value}; strings and other kinds never match. */
  public Q<R> gt(Number value) {
    return test(JsonTest.Kind.GT, decimal(value));
  }

  public Q<R> gte(Number value) {
    return test(JsonTest.Kind.GTE, decimal(value));
  }

  public Q<R> lt(Number value) {
    return test(JsonTest.Kind.LT, decimal(value));
  }

  public Q<R> lte(Number value) {
    return test(JsonTest.Kind.LTE, decimal(value));
  }

  /**
   * {@code isNull(true)}: the key is missing (a JSON null counts as present), or the column is
   * NULL; Django's {@code payload__key__isnull=True}. {@code isNull(false)} is {@link #hasKey()}.
   */
  public Q<R> isNull(boolean missing) {
    return test(missing ? JsonTest.Kind.MISSING : JsonTest.Kind.HAS_KEY, null);
  }

  /** The key exists, whatever its value (JSON null included): Django's {@code has_key}. */
  public Q<R> hasKey() {
    return test(JsonTest.Kind.HAS_KEY, null);
  }

  /** This object has {@code key}: Django's {@code payload__a__has_key="b"}. */
  public Q<R> hasKey(String key) {
    return key(key).hasKey();
  }

  /** The value is the JSON {@code null} literal (not a missing key): Django's {@code payload__key=None}. */
  public Q<R> isJsonNull() {
    return test(JsonTest.Kind.JSON_NULL, null);
  }

  private static BigDecimal decimal(Number n) {
    Objects.requireNonNull(n, "a JSON number");
    if (n instanceof BigDecimal b) {
      return b;
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no " + d);
      }
      return BigDecimal.valueOf(d);
    }
    if (n instanceof java.math.BigInteger b) {
      return new BigDecimal(b);
    }
    return BigDecimal.valueOf(n.longValue());
  }

  @Override
  public String toString() {
    return column.describe() + path;
  }
}
