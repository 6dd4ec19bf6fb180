package dev.tether.it.routing;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.util.List;

/** Django's {@code multiple_database.Book}: an editor (nullable foreign key) and authors (many-to-many). */
@Model(table = "multiple_database_book", ordering = {"title"})
public class Book extends BookModel {
  @Field(maxLength = 100) String title;
  int pages;
  @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "edited") Person editor;
  @ManyToMany(relatedName = "books") List<Person> authors;

  @Override
  public String toString() {
    return title;
  }
}
