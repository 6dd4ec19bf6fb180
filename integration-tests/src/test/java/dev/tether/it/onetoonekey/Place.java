package dev.tether.it.onetoonekey;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code one_to_one.Place}, for the one-to-one that is a primary key. */
@Model(table = "o2o_key_place")
public class Place extends PlaceModel {
  @Field(maxLength = 50) String name;
  @Field(maxLength = 80) String address;

  @Override
  public String toString() {
    return name + " the place";
  }
}
