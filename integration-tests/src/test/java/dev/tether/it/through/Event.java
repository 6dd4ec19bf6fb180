package dev.tether.it.through;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.util.List;

/** Django's {@code m2m_through.Event}: {@code through_fields=("event", "invitee")}. */
@Model(table = "m2m_through_event")
public class Event extends EventModel {
  @Field(maxLength = 50) String title;
  @ManyToMany(through = Invitation.class, throughFields = {"event", "invitee"}, relatedName = "eventsInvited")
  List<Person> invitees;

  @Override
  public String toString() {
    return title;
  }
}
