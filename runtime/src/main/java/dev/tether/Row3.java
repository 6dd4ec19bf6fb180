package dev.tether;

/**
 * A row of {@code valuesList(a, b, c)}: Django's {@code values_list("a", "b", "c")} tuple, typed.
 *
 * @param <A> the first value's type
 * @param <B> the second value's type
 * @param <C> the third value's type
 */
public record Row3<A, B, C>(A first, B second, C third) {
  /** The three values as arguments of {@code f}, e.g. a record's constructor. */
  public interface Mapper<A, B, C, X> {
    X map(A first, B second, C third);
  }
}
