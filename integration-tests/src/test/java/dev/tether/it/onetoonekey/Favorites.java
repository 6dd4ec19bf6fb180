package dev.tether.it.onetoonekey;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.util.List;

/** Django's {@code one_to_one.Favorites}: a many-to-many to a model whose key is a one-to-one. */
@Model(table = "o2o_key_favorites")
public class Favorites extends FavoritesModel {
  @Field(maxLength = 50) String name;
  @ManyToMany List<Restaurant> restaurants;

  @Override
  public String toString() {
    return name;
  }
}
