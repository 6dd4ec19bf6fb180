package dev.tether.mm.app;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** A reply to a comment: a relation inside module {@code app}, reached by cascades that start in {@code core}. */
@Model
public class Reply extends ReplyModel {
  @Field(maxLength = 200) public String text;
  @ForeignKey(onDelete = OnDelete.CASCADE) public Comment comment;
}
