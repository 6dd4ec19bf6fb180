package dev.tether.it.aggregation;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Django's {@code aggregation.Book}. */
@Model(table = "aggregation_book")
public class Book extends BookModel {
  @Field(maxLength = 9) String isbn;
  @Field(maxLength = 255) String name;
  int pages;
  double rating;
  BigDecimal price;
  @ManyToMany List<Author> authors;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "bookContactSet") Author contact;
  @ForeignKey(onDelete = OnDelete.CASCADE) Publisher publisher;
  LocalDate pubdate;

  @Override
  public String toString() {
    return name;
  }
}
