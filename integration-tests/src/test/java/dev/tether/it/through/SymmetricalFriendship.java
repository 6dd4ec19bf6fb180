package dev.tether.it.through;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.time.LocalDate;

/** Django's {@code m2m_through.SymmetricalFriendship}: two keys to one model, taken in declaration order. */
@Model(table = "m2m_through_symmetricalfriendship")
public class SymmetricalFriendship extends SymmetricalFriendshipModel {
  @ForeignKey(onDelete = OnDelete.CASCADE) PersonSelfRefM2M first;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "+") PersonSelfRefM2M second;
  LocalDate dateFriended;
}
