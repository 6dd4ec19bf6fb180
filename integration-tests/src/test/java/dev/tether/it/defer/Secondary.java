package dev.tether.it.defer;

import dev.tether.Field;
import dev.tether.Model;

/** Django's defer test {@code Secondary}. */
@Model(table = "defer_secondary")
public class Secondary extends SecondaryModel {
  @Field(maxLength = 50) String first;
  @Field(maxLength = 50) String second;
}
