package dev.tether.path;

import dev.tether.internal.query.OrderTerm;

/**
 * An ordering term for {@code orderBy}: {@code Article_.pubDate.desc()}, Django's
 * {@code order_by("-pub_date")}.
 *
 * @param <R> the model being ordered
 */
public final class Order<R> {
  private final OrderTerm term;

  Order(OrderTerm term) {
    this.term = term;
  }

  /** The same order with NULLs before every value: Django's {@code desc(nulls_first=True)}. */
  public Order<R> nullsFirst() {
    return new Order<>(new OrderTerm(term.expr(), term.descending(), OrderTerm.Nulls.FIRST));
  }

  /** The same order with NULLs after every value: Django's {@code asc(nulls_last=True)}. */
  public Order<R> nullsLast() {
    return new Order<>(new OrderTerm(term.expr(), term.descending(), OrderTerm.Nulls.LAST));
  }

  /** The term, for the query layer. */
  public OrderTerm term() {
    return term;
  }

  @Override
  public String toString() {
    return (term.descending() ? "-" : "") + term.expr().describe();
  }
}
