package dev.tether.it.onetoonekey;

import dev.tether.Model;
import dev.tether.OnDelete;
import dev.tether.OneToOne;
import dev.tether.PrimaryKey;

/** Django's {@code one_to_one.Restaurant}: {@code OneToOneField(Place, primary_key=True)}. */
@Model(table = "o2o_key_restaurant")
public class Restaurant extends RestaurantModel {
  @OneToOne(onDelete = OnDelete.CASCADE) @PrimaryKey Place place;
  boolean servesHotDogs;
  boolean servesPizza;

  @Override
  public String toString() {
    return place().name + " the restaurant";
  }
}
