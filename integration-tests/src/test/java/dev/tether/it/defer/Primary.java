package dev.tether.it.defer;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's defer test {@code Primary}, with a number to show what a deferred primitive reads. */
@Model(table = "defer_primary", ordering = {"name"})
public class Primary extends PrimaryModel {
  @Field(maxLength = 50) String name;
  @Field(maxLength = 50) String value;
  int rank;
  @ForeignKey(onDelete = OnDelete.PROTECT) Secondary related;
}
