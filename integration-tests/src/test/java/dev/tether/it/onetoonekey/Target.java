package dev.tether.it.onetoonekey;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code one_to_one.Target}. */
@Model(table = "o2o_key_target")
public class Target extends TargetModel {
  @Field(maxLength = 50, defaultValue = "") String name;
}
