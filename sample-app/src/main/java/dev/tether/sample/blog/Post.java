package dev.tether.sample.blog;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import dev.tether.Unique;
import java.util.List;

/**
 * A post belongs to one author and has many tags: {@code author.posts()}, {@code tag.posts()}. An
 * author uses a title once (Django's {@code UniqueConstraint(fields=["author", "title"])}).
 */
@Model(ordering = {"title"}, inherits = Timestamped.class)
@Unique(name = "post_author_title_uniq", fields = {"author", "title"})
public class Post extends PostModel {
  @Field(maxLength = 200) String title;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "posts") Author author;
  @ManyToMany(relatedName = "posts") List<Tag> tags;

  @Override
  public String toString() {
    return title;
  }
}
