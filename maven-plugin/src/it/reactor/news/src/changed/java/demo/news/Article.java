package demo.news;

import demo.core.Reporter;
import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** The model after a change no migration records yet: a new field. */
@Model
public class Article extends ArticleModel {
  @Field(maxLength = 100) String headline;
  @Field(maxLength = 200) String subtitle;
  @ForeignKey(onDelete = OnDelete.CASCADE) Reporter reporter;
}
