package dev.tether.path;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Expression;

/**
 * A date or date-time expression, with Django's date-part transforms:
 * {@code Article_.pubDate.year().eq(2005)} is {@code pub_date__year=2005}.
 *
 * @param <R> the model being filtered
 * @param <V> {@code LocalDate}, {@code LocalDateTime} or {@code Instant}
 */
public class DateExpr<R, V> extends ComparableExpr<R, V> {
  DateExpr(Expression node) {
    super(node);
  }

  private NumberExpr<R, Integer> part(String name) {
    if (!(node() instanceof ColumnExpr c) || c.transform() != null) {
      throw new IllegalArgumentException("date parts are read from a date column, not from " + node().describe());
    }
    return new NumberExpr<>(c.transformed(name));
  }

  /** The year: {@code __year}. */
  public final NumberExpr<R, Integer> year() {
    return part("year");
  }

  /** The month, 1 to 12: {@code __month}. */
  public final NumberExpr<R, Integer> month() {
    return part("month");
  }

  /** The day of the month: {@code __day}. */
  public final NumberExpr<R, Integer> day() {
    return part("day");
  }

  /** The hour, 0 to 23, of a date-time (UTC for an {@code Instant}): {@code __hour}. */
  public final NumberExpr<R, Integer> hour() {
    return part("hour");
  }

  /** The minute: {@code __minute}. */
  public final NumberExpr<R, Integer> minute() {
    return part("minute");
  }

  /** The second: {@code __second}. */
  public final NumberExpr<R, Integer> second() {
    return part("second");
  }

  @Override
  public DateExpr<R, V> min() {
    return new DateExpr<>(aggNode(Expression.AggKind.MIN, null));
  }

  @Override
  public DateExpr<R, V> max() {
    return new DateExpr<>(aggNode(Expression.AggKind.MAX, null));
  }
}
