package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** An item deleted with its box. */
@Model(table = "rel_kill_item", ordering = {"id"})
public class KillItem extends KillItemModel {
  @Field(maxLength = 20) String name;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "items") KillBox box;
}
