package dev.tether.it.types;

import dev.tether.Converter;

/** Euro amounts as cents; another currency is refused. */
public class MoneyConverter implements Converter<Money, Long> {
  @Override
  public Long toColumn(Money value) {
    if (!value.currency().equals("EUR")) {
      throw new IllegalArgumentException("only EUR is stored: " + value);
    }
    return value.cents();
  }

  @Override
  public Money fromColumn(Long value) {
    return new Money(value, "EUR");
  }
}
