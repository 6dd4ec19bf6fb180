package dev.tether.it.signals;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.util.List;

/** Saving hooks only: deleting books still deletes by query. */
@Model(table = "signals_book")
public class Book extends BookModel {
  @Field(maxLength = 20) String name;
  @ManyToMany List<Person> authors;

  @Override
  protected void afterSave(boolean created) {
    Log.add("post_save book " + name + " created=" + created);
  }
}
