package dev.tether.it.abstracts;

import dev.tether.Field;
import dev.tether.Model;

/** A second model inheriting {@link Stamped}: its own table with the same columns. */
@Model(table = "abs_task", inherits = Stamped.class)
public class Task extends TaskModel {
  @Field(maxLength = 30) String title;
}
