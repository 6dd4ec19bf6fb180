package dev.tether.it.through;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code m2m_through.Relationship}: field order deliberately inverted. */
@Model(table = "m2m_through_relationship")
public class Relationship extends RelationshipModel {
  @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "relAnotherSet") Employee another;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "relTargetSet") Employee target;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "relSourceSet") Employee source;
}
