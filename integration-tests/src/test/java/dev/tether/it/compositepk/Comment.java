package dev.tether.it.compositepk;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/**
 * Django's {@code composite_pk.Comment} without its {@code ForeignObject} to User (a relation to a
 * composite key is refused, E127): the user's key parts are plain fields.
 */
@Model(table = "cpk_comment", primaryKey = {"tenant", "id"})
public class Comment extends CommentModel {
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "comments") Tenant tenant;
  @Field(unique = true, column = "comment_id") int id;
  int userId;
  String text = "";

  @Override
  protected void beforeDelete() {
    Deletions.LOG.add("comment " + id);
  }
}
