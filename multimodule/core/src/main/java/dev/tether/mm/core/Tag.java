package dev.tether.mm.core;

import dev.tether.Field;
import dev.tether.Model;

/** A tag with the implicit {@code long} key, which models of both modules list. */
@Model
public class Tag extends TagModel {
  @Field(maxLength = 30) public String name;
}
