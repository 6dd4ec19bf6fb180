package dev.tether.it.onetoonekey;

import dev.tether.Model;
import dev.tether.OnDelete;
import dev.tether.OneToOne;
import dev.tether.PrimaryKey;

/** Django's {@code one_to_one.Pointer}: {@code OneToOneField(Target, CASCADE, primary_key=True)}. */
@Model(table = "o2o_key_pointer")
public class Pointer extends PointerModel {
  @OneToOne(onDelete = OnDelete.CASCADE) @PrimaryKey Target other;
}
