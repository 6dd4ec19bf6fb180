package dev.tether.it.routing;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code multiple_database.Person}. */
@Model(table = "multiple_database_person", ordering = {"name"})
public class Person extends PersonModel {
  @Field(maxLength = 100, unique = true) String name;

  @Override
  public String toString() {
    return name;
  }
}
