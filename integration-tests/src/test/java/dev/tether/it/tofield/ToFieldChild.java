package dev.tether.it.tofield;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/**
 * Django's {@code many_to_one.ToFieldChild}:
 * {@code ForeignKey(Parent, CASCADE, to_field="name", related_name="to_field_children")}.
 */
@Model(table = "to_field_child")
public class ToFieldChild extends ToFieldChildModel {
  @ForeignKey(onDelete = OnDelete.CASCADE, toField = "name", relatedName = "toFieldChildren", nullable = true)
  Parent parent;
  @Field(maxLength = 20) String label;

  @Override
  public String toString() {
    return label;
  }
}
