package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.Model;

/** A named count, incremented concurrently. */
@Model(table = "rel_tally", ordering = {"id"})
public class Tally extends TallyModel {
  @Field(maxLength = 40, unique = true) String name;
  long value;
}
