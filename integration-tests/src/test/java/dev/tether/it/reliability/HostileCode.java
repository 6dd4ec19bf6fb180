package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.Model;

/** A unique short string: whether the database tells {@code "x"} from {@code "x "}. */
@Model(table = "rel_hostile_code", ordering = {"id"})
public class HostileCode extends HostileCodeModel {
  @Field(maxLength = 50, unique = true) String code;
}
