package dev.tether.path;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Expression;

/**
 * A date or date-time expression, with Django's date-part transforms:
 * {@code Article_.pubDate.year().eq(2005)} is {@code pub_date__year=2005}.
 *
 * @param <R> the model being filtered
 * @param <V> {@code LocalDate}, {@code LocalDateTime}, {@code Instant} or {@code OffsetDateTime}
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

  /** The hour, 0 to 23, of a date-time (UTC for an {@code Instant} or {@code OffsetDateTime}): {@code __hour}. */
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

  /**
   * The database's current time when the statement runs, an {@code Instant}: Django's {@code Now()}.
   * {@code Article.objects.filter(Article_.expires.lt(DateExpr.now()))} compares on the server's
   * clock, not the application's.
   */
  public static <R> DateExpr<R, java.time.Instant> now() {
    return new DateExpr<>(new Expression.Func(Expression.FuncKind.NOW, java.util.List.of(),
        dev.tether.meta.SqlType.INSTANT));
  }

  private DateExpr<R, V> trunc(Expression.FuncKind kind) {
    if (node().valueType() == dev.tether.meta.SqlType.INSTANT
        || node().valueType() == dev.tether.meta.SqlType.OFFSET_DATETIME) {
      throw new IllegalArgumentException("truncation of an Instant or OffsetDateTime needs a time zone; truncate a LocalDate or "
          + "LocalDateTime column instead: " + node().describe());
    }
    return new DateExpr<>(new Expression.Func(kind, java.util.List.of(node()), node().valueType()));
  }

  /** The first day of the year, of the same type: Django's {@code TruncYear}. */
  public final DateExpr<R, V> truncYear() {
    return trunc(Expression.FuncKind.TRUNC_YEAR);
  }

  /** The first day of the month, of the same type: Django's {@code TruncMonth}. */
  public final DateExpr<R, V> truncMonth() {
    return trunc(Expression.FuncKind.TRUNC_MONTH);
  }

  /** The day (midnight for a date-time): Django's {@code TruncDay}. */
  public final DateExpr<R, V> truncDay() {
    return trunc(Expression.FuncKind.TRUNC_DAY);
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
