package dev.tether.it.compositepk;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/**
 * Django 5.2's example {@code OrderLineItem}: {@code pk = CompositePrimaryKey("product_id",
 * "order_id")}, both parts foreign keys; deleting an order cascades to its lines, a product with
 * lines is protected.
 */
@Model(table = "cpk_order_line", primaryKey = {"order", "product"})
public class OrderLine extends OrderLineModel {
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "lines") Order order;
  @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "lines") Product product;
  int quantity;
}
