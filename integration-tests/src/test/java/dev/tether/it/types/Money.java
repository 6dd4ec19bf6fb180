package dev.tether.it.types;

/** A user type stored through {@link MoneyConverter}: whole cents in a bigint. */
public record Money(long cents, String currency) {}
