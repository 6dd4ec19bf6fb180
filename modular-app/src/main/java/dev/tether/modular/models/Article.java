package dev.tether.modular.models;

import dev.tether.ForeignKey;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.util.List;

@Model(ordering = "headline")
public class Article extends ArticleModel {
    String headline;
    @ForeignKey(onDelete = OnDelete.CASCADE) Reporter reporter;
    @ManyToMany(relatedName = "read") List<Reporter> readers;
}
