package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.Model;

/** The differential filter test's club: members ({@code club}) and sponsored members ({@code sponsor}). */
@Model(table = "rel_diff_club", ordering = {"id"})
public class DiffClub extends DiffClubModel {
  @Field(maxLength = 10) String name;
  @Field(nullable = true) Integer rank;
}
