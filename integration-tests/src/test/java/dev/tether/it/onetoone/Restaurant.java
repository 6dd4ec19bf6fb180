package dev.tether.it.onetoone;

import dev.tether.Model;
import dev.tether.OnDelete;
import dev.tether.OneToOne;

/**
 * Django's {@code one_to_one.Restaurant}, with its own {@code id}: Django makes {@code place} the
 * primary key, which {@code onetoonekey.Restaurant} ports ({@code @OneToOne @PrimaryKey}); this one
 * keeps the tests of a one-to-one beside a key.
 */
@Model(table = "one_to_one_restaurant")
public class Restaurant extends RestaurantModel {
  @OneToOne(onDelete = OnDelete.CASCADE) Place place;
  boolean servesHotDogs;
  boolean servesPizza;

  @Override
  public String toString() {
    return place().name + " the restaurant";
  }
}
