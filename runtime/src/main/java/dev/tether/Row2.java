package dev.tether;

/**
 * A row of {@code valuesList(a, b)}: Django's {@code values_list("a", "b")} tuple, typed.
 *
 * @param <A> the first value's type
 * @param <B> the second value's type
 */
public record Row2<A, B>(A first, B second) {}
