package dev.tether.sample.blog;

import dev.tether.Field;
import dev.tether.Model;

/** An author writes many posts (seed 003). */
@Model(inherits = Timestamped.class)
public class Author extends AuthorModel {
  @Field(maxLength = 100) String name;

  @Override
  public String toString() {
    return name;
  }
}
