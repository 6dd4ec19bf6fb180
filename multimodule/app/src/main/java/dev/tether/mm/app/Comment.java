package dev.tether.mm.app;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import dev.tether.mm.core.Article;
import dev.tether.mm.core.Reporter;
import dev.tether.mm.core.Tag;
import java.util.List;

/**
 * A comment of module {@code app} on models of module {@code core}: a foreign key to a
 * {@code String} key, one to a {@code long} key, and a many-to-many.
 */
@Model
public class Comment extends CommentModel {
  @Field(maxLength = 200) public String text;
  @ForeignKey(onDelete = OnDelete.CASCADE) public Reporter reporter;
  @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) public Article article;
  @ManyToMany public List<Tag> tags;
}
