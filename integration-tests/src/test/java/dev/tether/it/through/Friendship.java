package dev.tether.it.through;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.time.LocalDateTime;

/** Django's {@code m2m_through.Friendship}: the through model of a one-way self-relation. */
@Model(table = "m2m_through_friendship")
public class Friendship extends FriendshipModel {
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "relFromSet") PersonSelfRefM2M first;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "relToSet") PersonSelfRefM2M second;
  LocalDateTime dateFriended;
}
