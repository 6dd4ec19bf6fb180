package dev.tether.it.constraints;

import dev.tether.Check;
import dev.tether.Field;
import dev.tether.Model;
import java.math.BigDecimal;

/** Django's tests/constraints {@code Product}: {@code price > 0} and {@code price > discounted_price}. */
@Model(table = "cons_product")
@Check(name = "cons_price_gt_0", condition = "price > 0")
@Check(name = "cons_price_gt_discounted", condition = "discountedPrice IS NULL OR price > discountedPrice")
@Check(name = "cons_name_not_obrien", condition = "name <> 'O''Brien'")
public class Product extends ProductModel {
  @Field(maxLength = 255) String name;
  BigDecimal price;
  @Field(nullable = true) BigDecimal discountedPrice;

  static Product of(String name, String price, String discounted) {
    Product p = new Product();
    p.name = name;
    p.price = new BigDecimal(price);
    p.discountedPrice = discounted == null ? null : new BigDecimal(discounted);
    return p;
  }
}
