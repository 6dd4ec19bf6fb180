package dev.tether.it.choices;

import dev.tether.Field;
import dev.tether.Model;

/** Enum fields stored by code, by number and by name. */
@Model(table = "choices_post")
public class Post extends PostModel {
  @Field(maxLength = 40) String title;
  @Field(defaultValue = "DRAFT") Status status;
  Priority priority;
  @Field(nullable = true) Mood mood;

  public Post() {}
}
