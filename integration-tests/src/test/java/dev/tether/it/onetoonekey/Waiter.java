package dev.tether.it.onetoonekey;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code one_to_one.Waiter}: a foreign key to a model whose key is a one-to-one. */
@Model(table = "o2o_key_waiter")
public class Waiter extends WaiterModel {
  @ForeignKey(onDelete = OnDelete.CASCADE) Restaurant restaurant;
  @Field(maxLength = 50) String name;

  @Override
  public String toString() {
    return name + " the waiter at " + restaurant();
  }
}
