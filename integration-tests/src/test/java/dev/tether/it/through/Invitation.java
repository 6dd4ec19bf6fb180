package dev.tether.it.through;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code m2m_through.Invitation}: two keys to Person; the target is the second, "invitee". */
@Model(table = "m2m_through_invitation")
public class Invitation extends InvitationModel {
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "invitations") Event event;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "invitationsSent") Person inviter;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "invitations") Person invitee;
}
