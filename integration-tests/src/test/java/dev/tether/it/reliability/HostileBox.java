package dev.tether.it.reliability;

import dev.tether.Model;

/** Holds hostile texts ({@code box.texts()}): the reverse foreign key's write paths. */
@Model(table = "rel_hostile_box", ordering = {"id"})
public class HostileBox extends HostileBoxModel {
  String label;
}
