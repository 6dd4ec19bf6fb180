package dev.tether.it.validation;

import dev.tether.Field;
import dev.tether.Model;

/** Where items stand. */
@Model(table = "validation_shelf")
public class Shelf extends ShelfModel {
  @Field(maxLength = 10) String label;
}
