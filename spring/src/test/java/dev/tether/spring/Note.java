package dev.tether.spring;

import dev.tether.Field;
import dev.tether.Model;

/** The one model of the Spring tests. */
@Model(table = "spring_note", ordering = {"title"})
public class Note extends NoteModel {
  @Field(maxLength = 100) String title;

  public Note() {}
}
