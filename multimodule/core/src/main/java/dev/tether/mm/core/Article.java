package dev.tether.mm.core;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.util.List;

/** An article of core: relations inside the module, and the target of comments in {@code app}. */
@Model
public class Article extends ArticleModel {
  @Field(maxLength = 100) public String headline;
  @ForeignKey(onDelete = OnDelete.CASCADE) public Reporter reporter;
  @ManyToMany public List<Tag> tags;
}
