package dev.tether.it.through;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code m2m_through.RecipeIngredient}. */
@Model(table = "m2m_through_recipeingredient")
public class RecipeIngredient extends RecipeIngredientModel {
  @ForeignKey(onDelete = OnDelete.CASCADE, toField = "iname") Ingredient ingredient;
  @ForeignKey(onDelete = OnDelete.CASCADE, toField = "rname") Recipe recipe;
}
