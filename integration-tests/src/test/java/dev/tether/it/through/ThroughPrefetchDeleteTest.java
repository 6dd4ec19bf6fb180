package dev.tether.it.through;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tether.CapturedQueries;
import dev.tether.DeleteResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prefetching across a many-to-many through a model (Django: one query for the relation, joining
 * the through table), and deletes that cascade through its rows by their keys' {@code onDelete}.
 */
class ThroughPrefetchDeleteTest extends ThroughFixture {
  @Test
  void prefetchForward() {
    membership(jim, rock);
    membership(jane, rock);
    membership(bob, roll);
    try (CapturedQueries q = db.captureQueries()) {
      List<Group> groups = Group.objects.prefetchRelated(Group_.members()).list();
      assertEquals(List.of("Jane", "Jim"), names(groups.get(0).members().list()));
      assertEquals(List.of("Bob"), names(groups.get(1).members().list()));
      assertEquals(2, groups.get(0).members().count());
      // Django: the groups, then the members with their memberships
      assertEquals(2, q.count(), q.toString());
    }
  }

  @Test
  void prefetchReverse() {
    membership(jim, rock);
    membership(jim, roll);
    membership(bob, roll);
    try (CapturedQueries q = db.captureQueries()) {
      List<Person> people = Person.objects.prefetchRelated(Person_.group()).list(); // Bob, Jane, Jim
      assertEquals(List.of(List.of("Roll"), List.of(), List.of("Rock", "Roll")),
          people.stream().map(p -> names(p.groupSet().list())).toList());
      assertEquals(2, q.count(), q.toString());
    }
  }

  @Test
  void prefetchOfTheRelationIsNotTheThroughModelsReverseAccessor() {
    Membership.objects.create(m -> {
      m.person = jim;
      m.group = rock;
      m.inviteReason = "x";
    });
    Group g = Group.objects.prefetchRelated(Group_.members()).get(Group_.name.eq("Rock"));
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(List.of(jim), g.members().list());
      assertEquals(0, q.count(), q.toString());
      // group.membership_set was not prefetched: Django runs its query
      assertEquals("x", g.membershipSet().get().inviteReason);
      assertEquals(1, q.count(), q.toString());
    }
    Group h = Group.objects.prefetchRelated(Group_.membership()).get(Group_.name.eq("Rock"));
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(1, h.membershipSet().list().size());
      assertEquals(0, q.count(), q.toString());
      assertEquals(List.of(jim), h.members().list());
      assertEquals(1, q.count(), q.toString());
    }
  }

  @Test
  void addDropsThePrefetchedRows() {
    membership(jim, rock);
    Group g = Group.objects.prefetchRelated(Group_.members()).get(Group_.name.eq("Rock"));
    assertEquals(List.of(jim), g.members().list());
    g.members().add(bob);
    assertEquals(List.of(bob, jim), g.members().list());
  }

  @Test
  void deletingEitherSideCascadesThroughTheRows() {
    membership(jim, rock);
    membership(jane, rock);
    membership(jim, roll);
    DeleteResult r = rock.delete();
    assertEquals(3, r.total());
    assertEquals(Map.of("Group", 1, "Membership", 2), r.perModel());
    assertEquals(List.of(roll), jim.groupSet().list());
    DeleteResult p = jim.delete();
    assertEquals(Map.of("Person", 1, "Membership", 1), p.perModel());
    assertEquals(0, Membership.objects.count());
    assertEquals(List.of(), roll.members().list());
  }

  @Test
  void theThroughModelsOwnOnDeleteApplies() {
    Membership m = membership(jim, rock);
    CustomMembership c = CustomMembership.objects.create(x -> {
      x.person = bob;
      x.group = roll;
      x.weirdFk = m;
    });
    rock.members().clear(); // deletes the Membership row through the collector: SET_NULL on weirdFk
    c.refreshFromDb();
    assertNull(c.weirdFkId());
    assertEquals(List.of(bob), roll.customMembers().list());
  }
}
