package dev.tether.it.through;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.util.List;

/**
 * Django's {@code m2m_through.PersonSelfRefM2M}: {@code friends = ManyToManyField("self",
 * through="Friendship", symmetrical=False)} and {@code sym_friends = ManyToManyField("self",
 * through="SymmetricalFriendship", symmetrical=True)}.
 */
@Model(table = "m2m_through_personselfrefm2m")
public class PersonSelfRefM2M extends PersonSelfRefM2MModel {
  @Field(maxLength = 5) String name;
  @ManyToMany(through = Friendship.class, symmetrical = false) List<PersonSelfRefM2M> friends;
  @ManyToMany(through = SymmetricalFriendship.class) List<PersonSelfRefM2M> symFriends;

  @Override
  public String toString() {
    return name;
  }
}
