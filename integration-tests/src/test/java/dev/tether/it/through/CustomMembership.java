package dev.tether.it.through;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.time.LocalDateTime;

/** Django's {@code m2m_through.CustomMembership}: its own related name, and a key to another through model. */
@Model(table = "m2m_through_test_table", ordering = {"dateJoined"})
public class CustomMembership extends CustomMembershipModel {
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "customPersonRelatedName") Person person;
  @ForeignKey(onDelete = OnDelete.CASCADE) Group group;
  @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) Membership weirdFk;
  LocalDateTime dateJoined = LocalDateTime.now();

  @Override
  public String toString() {
    return person().name + " is a member of " + group().name;
  }
}
