package dev.tether.it.abstracts;

import dev.tether.Field;
import dev.tether.Model;

/** The target of {@link Stamped#owner}: gets {@code notes()} and {@code tasks()}. */
@Model(table = "abs_owner")
public class Owner extends OwnerModel {
  @Field(maxLength = 30) String name;
}
