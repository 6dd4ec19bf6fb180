package dev.tether.it.compositepk;

import dev.tether.Field;
import dev.tether.Model;

/** An order of {@link OrderLine}. */
@Model(table = "cpk_order")
public class Order extends OrderModel {
  @Field(maxLength = 30) String reference;
}
