package dev.tether.it.abstracts;

import dev.tether.Field;
import dev.tether.Model;

/** A model inheriting {@link Stamped}. */
@Model(table = "abs_note", inherits = Stamped.class)
public class Note extends NoteModel {
  @Field(maxLength = 30, unique = true) String slug;
  int hits;
}
