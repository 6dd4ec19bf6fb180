package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.Model;

/** The differential filter test's label, on many members. */
@Model(table = "rel_diff_label", ordering = {"id"})
public class DiffLabel extends DiffLabelModel {
  @Field(maxLength = 10) String name;
  @Field(nullable = true) Integer weight;
}
