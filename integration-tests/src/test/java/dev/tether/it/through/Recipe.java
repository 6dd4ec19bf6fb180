package dev.tether.it.through;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.util.List;

/** Django's {@code m2m_through.Recipe}: through keys that store unique names ({@code to_field}). */
@Model(table = "m2m_through_recipe", ordering = {"rname"})
public class Recipe extends RecipeModel {
  @Field(maxLength = 20, unique = true) String rname;
  @ManyToMany(through = RecipeIngredient.class, relatedName = "recipes") List<Ingredient> ingredients;

  @Override
  public String toString() {
    return rname;
  }
}
