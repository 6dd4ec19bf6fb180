package dev.tether.internal.query;

/**
 * One {@code ORDER BY} term: an expression, its direction and where NULLs go.
 *
 * @param nulls null for the database's default, else {@link Nulls#FIRST} or {@link Nulls#LAST}
 */
public record OrderTerm(Expression expr, boolean descending, Nulls nulls) {
  /** Django's {@code nulls_first=True} / {@code nulls_last=True}. */
  public enum Nulls {
    FIRST, LAST
  }

  public OrderTerm(Expression expr, boolean descending) {
    this(expr, descending, null);
  }

  public OrderTerm reversed() {
    Nulls n = nulls == null ? null : nulls == Nulls.FIRST ? Nulls.LAST : Nulls.FIRST;
    return new OrderTerm(expr, !descending, n);
  }
}
