package dev.tether.it.through;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code m2m_through.TestNoDefaultsOrNulls}: a field with neither a default nor NULL. */
@Model(table = "m2m_through_testnodefaultsornulls")
public class TestNoDefaultsOrNulls extends TestNoDefaultsOrNullsModel {
  @ForeignKey(onDelete = OnDelete.CASCADE) Person person;
  @ForeignKey(onDelete = OnDelete.CASCADE) Group group;
  Integer nodefaultnonull;
}
