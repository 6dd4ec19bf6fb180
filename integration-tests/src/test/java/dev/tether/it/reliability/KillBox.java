package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.Model;

/** A box whose delete cascades to its items: the cascade a killed connection interrupts. */
@Model(table = "rel_kill_box", ordering = {"id"})
public class KillBox extends KillBoxModel {
  @Field(maxLength = 20) String name;
}
