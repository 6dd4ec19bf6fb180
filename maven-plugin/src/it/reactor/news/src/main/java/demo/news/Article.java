package demo.news;

import demo.core.Reporter;
import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

@Model
public class Article extends ArticleModel {
  @Field(maxLength = 100) String headline;
  @ForeignKey(onDelete = OnDelete.CASCADE) Reporter reporter;
}
