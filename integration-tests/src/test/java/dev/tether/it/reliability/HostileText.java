package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.util.List;

/** A text the hostile-value corpus goes through: a long text column, a box, stickers. */
@Model(table = "rel_hostile_text", ordering = {"id"})
public class HostileText extends HostileTextModel {
  String body;
  @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "texts") HostileBox box;
  @ManyToMany(relatedName = "texts") List<HostileSticker> stickers;
}
