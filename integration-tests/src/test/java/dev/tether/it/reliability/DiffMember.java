package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.util.List;

/**
 * The differential filter test's member: a non-null key ({@code club}), a nullable one
 * ({@code sponsor}) and a many-to-many ({@code labels}), with nullable and non-null columns.
 */
@Model(table = "rel_diff_member", ordering = {"id"})
public class DiffMember extends DiffMemberModel {
  @Field(maxLength = 10) String name;
  @Field(maxLength = 10, nullable = true) String nick;
  int age;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "members") DiffClub club;
  @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "sponsored") DiffClub sponsor;
  @ManyToMany(relatedName = "members") List<DiffLabel> labels;
}
