package dev.tether.it.compositepk;

import dev.tether.Field;
import dev.tether.Model;

/** A product of {@link OrderLine}. */
@Model(table = "cpk_product")
public class Product extends ProductModel {
  @Field(maxLength = 30) String name;
}
