package dev.tether.it.reliability;

import dev.tether.Model;

/** Stuck on hostile texts ({@code text.stickers()}): the many-to-many write paths. */
@Model(table = "rel_hostile_sticker", ordering = {"id"})
public class HostileSticker extends HostileStickerModel {
  String name;
}
