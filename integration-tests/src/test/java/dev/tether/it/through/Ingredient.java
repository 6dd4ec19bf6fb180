package dev.tether.it.through;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code m2m_through.Ingredient}. */
@Model(table = "m2m_through_ingredient", ordering = {"iname"})
public class Ingredient extends IngredientModel {
  @Field(maxLength = 20, unique = true) String iname;

  @Override
  public String toString() {
    return iname;
  }
}
