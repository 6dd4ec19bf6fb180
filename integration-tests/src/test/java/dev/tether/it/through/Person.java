package dev.tether.it.through;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code m2m_through.Person}. */
@Model(table = "m2m_through_person", ordering = {"name"})
public class Person extends PersonModel {
  @Field(maxLength = 128) String name;

  @Override
  public String toString() {
    return name;
  }
}
