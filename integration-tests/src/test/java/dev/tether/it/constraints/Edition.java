package dev.tether.it.constraints;

import dev.tether.Field;
import dev.tether.Index;
import dev.tether.Model;
import dev.tether.Unique;

/** Django's tests/constraints {@code UniqueConstraintProduct} and tests/indexes, as one model. */
@Model(table = "cons_edition")
@Unique(name = "cons_title_year_uniq", fields = {"title", "year"})
@Unique(name = "cons_one_draft_per_title", fields = {"title"}, condition = "draft = true")
@Index(fields = {"-year", "title"})
@Index(name = "cons_live_isbn_idx", fields = {"isbn"}, condition = "draft = false AND isbn IS NOT NULL")
public class Edition extends EditionModel {
  @Field(maxLength = 100) String title;
  int year;
  boolean draft;
  @Field(maxLength = 20, nullable = true) String isbn;

  static Edition of(String title, int year, boolean draft) {
    Edition e = new Edition();
    e.title = title;
    e.year = year;
    e.draft = draft;
    return e;
  }
}
