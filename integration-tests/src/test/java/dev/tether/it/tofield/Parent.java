package dev.tether.it.tofield;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code many_to_one.Parent}: a unique name that foreign keys can store instead of the key. */
@Model(table = "to_field_parent")
public class Parent extends ParentModel {
  @Field(maxLength = 20, unique = true) String name;

  @Override
  public String toString() {
    return name;
  }
}
