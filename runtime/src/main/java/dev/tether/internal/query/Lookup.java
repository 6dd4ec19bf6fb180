package dev.tether.internal.query;

/** The lookups of the contract, Django's {@code exact}, {@code icontains}, ... */
public enum Lookup {
  EXACT("eq"),
  IEXACT("iexact"),
  CONTAINS("contains"),
  ICONTAINS("icontains"),
  STARTS_WITH("startsWith"),
  ISTARTS_WITH("istartsWith"),
  ENDS_WITH("endsWith"),
  IENDS_WITH("iendsWith"),
  IN("in"),
  /** {@code in(QuerySet)}: the value is a {@link Query} selecting keys. */
  IN_QUERY("in"),
  GT("gt"),
  GTE("gte"),
  LT("lt"),
  LTE("lte"),
  /** {@code between(a, b)}: the value is a two-element list. */
  RANGE("between"),
  /** {@code isNull(b)}: the value is a Boolean. */
  IS_NULL("isNull"),
  REGEX("regex"),
  IREGEX("iregex"),
  /** A test inside a JSON column: the value is a {@link JsonTest}. */
  JSON("key");

  private final String javaName;

  Lookup(String javaName) {
    this.javaName = javaName;
  }

  /** The method name users call. */
  public String javaName() {
    return javaName;
  }

  /** Whether a row missing on the joined side can never match (so an INNER join is safe). */
  public boolean rejectsNull(Object value) {
    if (this == JSON) {
      return ((JsonTest) value).rejectsNull();
    }
    return this != IS_NULL || Boolean.FALSE.equals(value);
  }
}
