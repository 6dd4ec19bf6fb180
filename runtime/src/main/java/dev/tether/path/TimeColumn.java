package dev.tether.path;

import dev.tether.internal.query.ColumnExpr;
import dev.tether.meta.FieldMeta;

/**
 * A time-of-day column ({@code LocalTime}, Django's {@code TimeField}): ordered, with the
 * {@code __hour}, {@code __minute} and {@code __second} transforms.
 *
 * @param <R> the model being filtered
 * @param <V> {@code LocalTime}
 */
public class TimeColumn<R, V> extends ComparableExpr<R, V> implements FieldPath<R> {
  /** For generated code. */
  public TimeColumn(dev.tether.internal.query.PathNode path, FieldMeta field) {
    super(new ColumnExpr(path, field));
  }

  /** The column expression, for the query layer. */
  public final ColumnExpr expr() {
    return (ColumnExpr) node();
  }

  @Override
  public final FieldMeta ownColumn() {
    return Column.own(expr());
  }

  /** The hour, 0 to 23: {@code __hour}. */
  public final NumberExpr<R, Integer> hour() {
    return new NumberExpr<>(expr().transformed("hour"));
  }

  /** The minute: {@code __minute}. */
  public final NumberExpr<R, Integer> minute() {
    return new NumberExpr<>(expr().transformed("minute"));
  }

  /** The second (whole): {@code __second}. */
  public final NumberExpr<R, Integer> second() {
    return new NumberExpr<>(expr().transformed("second"));
  }
}
