package dev.tether.it.through;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django's {@code m2m_through} lookups: across the relation to the other side
 * ({@code members__name}), and to the through model's own fields as a reverse foreign key
 * ({@code membership__invite_reason}).
 */
class ThroughLookupTest extends ThroughFixture {
  private static void join(Person p, Group g, String reason, LocalDateTime joined) {
    Membership.objects.create(m -> {
      m.person = p;
      m.group = g;
      m.inviteReason = reason;
      if (joined != null) {
        m.dateJoined = joined;
      }
    });
  }

  @Test
  void queryModelByAttributeNameOfRelatedModel() {
    membership(jim, rock);
    membership(jane, rock);
    membership(bob, roll);
    membership(jim, roll);
    membership(jane, roll);
    assertEquals(List.of("Roll"), names(Group.objects.filter(Group_.members().name.eq("Bob")).list()));
  }

  @Test
  void queryFirstModelByIntermediateModelAttribute() {
    join(jane, roll, "She was just awesome.", null);
    join(jim, roll, "He is good.", null);
    membership(bob, roll);
    assertEquals(List.of("Roll"),
        names(Group.objects.filter(Group_.membership().inviteReason.eq("She was just awesome.")).list()));
  }

  @Test
  void querySecondModelByIntermediateModelAttribute() {
    join(jane, roll, "She was just awesome.", null);
    join(jim, roll, "He is good.", null);
    membership(bob, roll);
    assertEquals(List.of("Jane"),
        names(Person.objects.filter(Person_.membership().inviteReason.eq("She was just awesome.")).list()));
  }

  @Test
  void queryModelByRelatedModelName() {
    membership(jim, rock);
    membership(jane, rock);
    membership(bob, roll);
    membership(jim, roll);
    membership(jane, roll);
    assertEquals(List.of("Jane", "Jim"), names(Person.objects.filter(Person_.group().name.eq("Rock")).list()));
  }

  @Test
  void queryModelByCustomRelatedName() {
    for (Person p : List.of(bob, jim)) {
      CustomMembership.objects.create(m -> {
        m.person = p;
        m.group = rock;
      });
    }
    assertEquals(List.of("Bob", "Jim"), names(Person.objects.filter(Person_.custom().name.eq("Rock")).list()));
  }

  @Test
  void queryModelByIntermediateCanReturnNonUniqueQueryset() {
    membership(jim, rock);
    join(jane, rock, null, LocalDateTime.of(2006, 1, 1, 0, 0));
    join(bob, roll, null, LocalDateTime.of(2004, 1, 1, 0, 0));
    membership(jim, roll);
    join(jane, roll, null, LocalDateTime.of(2004, 1, 1, 0, 0));
    assertEquals(List.of("Jane", "Jim", "Jim"), names(Person.objects
        .filter(Person_.membership().dateJoined.gt(LocalDateTime.of(2004, 1, 1, 0, 0))).list()));
  }

  @Test
  void throughFields() {
    Event event = Event.objects.create(e -> e.title = "Rockwhale 2014");
    for (Person invitee : List.of(jim, jane)) {
      Invitation.objects.create(i -> {
        i.event = event;
        i.inviter = bob;
        i.invitee = invitee;
      });
    }
    assertEquals(List.of("Jane", "Jim"), names(event.invitees().list()));
    // the reverse side follows "invitee", not "inviter"
    assertEquals(List.of(event), jim.eventsInvited().list());
    assertEquals(List.of(), bob.eventsInvited().list());
    assertEquals(List.of("Rockwhale 2014"),
        names(Event.objects.filter(Event_.invitees().name.eq("Jane")).list()));
    assertEquals(2, bob.invitationsSent().count());
  }

  @Test
  void throughModelFieldsAcrossTheRelationFromTheManager() {
    join(jane, rock, "x", null);
    join(jim, rock, "y", null);
    // a filter on the through model's fields, from the related manager (Django: rock.members.filter(membership__invite_reason="x"))
    assertEquals(List.of("Jane"), names(rock.members().filter(Person_.membership().inviteReason.eq("x")).list()));
  }
}
