package dev.tether.it.types;

import dev.tether.Convert;
import dev.tether.Field;
import dev.tether.Model;

/** A unique converted field, for fullClean()'s uniqueness check. */
@Model
public class Wallet extends WalletModel {
  @Convert(MoneyConverter.class) @Field(unique = true) Money balance;

  public Wallet() {}
}
