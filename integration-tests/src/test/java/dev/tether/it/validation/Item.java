package dev.tether.it.validation;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** The columns {@code fullClean()} checks: lengths, NOT NULL, a unique code, a choice and a relation. */
@Model(table = "validation_item")
public class Item extends ItemModel {
  @Field(maxLength = 10) String name;
  @Field(maxLength = 20, unique = true) String code;
  @Field(nullable = true, maxLength = 5) String note;
  Size size;
  @ForeignKey(onDelete = OnDelete.CASCADE) Shelf shelf;
}
