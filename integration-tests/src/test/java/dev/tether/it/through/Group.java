package dev.tether.it.through;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.util.List;

/**
 * Django's {@code m2m_through.Group}: three many-to-many relations to {@link Person}, each through
 * a model of its own.
 */
@Model(table = "m2m_through_group", ordering = {"name"})
public class Group extends GroupModel {
  @Field(maxLength = 128) String name;
  @ManyToMany(through = Membership.class) List<Person> members;
  @ManyToMany(through = CustomMembership.class, relatedName = "custom") List<Person> customMembers;
  @ManyToMany(through = TestNoDefaultsOrNulls.class, relatedName = "testnodefaultsnonulls")
  List<Person> nodefaultsnonulls;

  @Override
  public String toString() {
    return name;
  }
}
