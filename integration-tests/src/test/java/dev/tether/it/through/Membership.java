package dev.tether.it.through;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.time.LocalDateTime;

/** Django's {@code m2m_through.Membership}: {@code date_joined = DateTimeField(default=datetime.now)}. */
@Model(table = "m2m_through_membership", ordering = {"dateJoined", "inviteReason", "group"})
public class Membership extends MembershipModel {
  @ForeignKey(onDelete = OnDelete.CASCADE) Person person;
  @ForeignKey(onDelete = OnDelete.CASCADE) Group group;
  LocalDateTime dateJoined = LocalDateTime.now();
  @Field(maxLength = 64, nullable = true) String inviteReason;

  @Override
  public String toString() {
    return person().name + " is a member of " + group().name;
  }
}
