package dev.tether.it.aggregation;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.util.List;

/** Django's {@code aggregation.Author}: {@code friends = ManyToManyField("self")}, symmetrical. */
@Model(table = "aggregation_author", ordering = {"name"})
public class Author extends AuthorModel {
  @Field(maxLength = 100) String name;
  int age;
  @ManyToMany List<Author> friends;

  @Override
  public String toString() {
    return name;
  }
}
