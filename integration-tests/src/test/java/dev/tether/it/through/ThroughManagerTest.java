package dev.tether.it.through;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.IntegrityException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Django's {@code m2m_through.tests.M2mThroughTests}: the managers of a many-to-many through a
 * model with fields of its own, both ways, with Django's results and query counts.
 */
class ThroughManagerTest extends ThroughFixture {
  @Test
  void retrieveIntermediateItems() {
    membership(jim, rock);
    membership(jane, rock);
    assertEquals(List.of("Jane", "Jim"), names(rock.members().list()));
  }

  @Test
  void getOnIntermediateModel() {
    membership(jane, rock);
    Membership m = Membership.objects.get(Membership_.person().eq(jane), Membership_.group().eq(rock));
    assertEquals("Jane is a member of Rock", m.toString());
  }

  @Test
  void filterOnIntermediateModel() {
    Membership m1 = membership(jim, rock);
    Membership m2 = membership(jane, rock);
    assertEquals(List.of(m1, m2), Membership.objects.filter(Membership_.group().eq(rock)).list());
  }

  @Test
  void addOnM2mWithIntermediateModel() {
    try (CapturedQueries q = db.captureQueries()) {
      rock.members().add(bob, m -> m.inviteReason = "He is good.");
      // Django: the pairs that exist (SELECT), then the missing rows (INSERT)
      assertEquals(2, q.count(), q.toString());
    }
    assertEquals(List.of(bob), rock.members().list());
    assertEquals("He is good.", rock.membershipSet().get().inviteReason);
  }

  @Test
  void addTwiceKeepsOneRow() {
    rock.members().add(bob, m -> m.inviteReason = "first");
    try (CapturedQueries q = db.captureQueries()) {
      rock.members().add(bob, m -> m.inviteReason = "second");
      assertEquals(1, q.count(), "the SELECT finds the pair, nothing is inserted: " + q);
    }
    assertEquals("first", rock.membershipSet().get().inviteReason);
  }

  @Test
  void addSeveralWithThroughDefaults() {
    rock.members().add(List.of(bob, jane), m -> m.inviteReason = "They were good at it");
    assertEquals(List.of(bob, jane), rock.members().list());
    assertEquals(2, rock.membershipSet().filter(Membership_.inviteReason.startsWith("They were good at ")).count());
    assertEquals(bob.membershipSet().get().inviteReason, jane.membershipSet().get().inviteReason);
  }

  @Test
  void setOnM2mWithIntermediateModelThroughDefaults() {
    rock.members().set(List.of(bob, jane), m -> m.setInviteReason("Why not?"));
    assertEquals(List.of(bob, jane), rock.members().list());
    assertEquals(2, rock.membershipSet().filter(Membership_.inviteReason.startsWith("Why not?")).count());
  }

  @Test
  void addOnM2mWithIntermediateModelValueRequired() {
    rock.nodefaultsnonulls().add(jim, t -> t.nodefaultnonull = 1);
    assertEquals(1, rock.testNoDefaultsOrNullsSet().get().nodefaultnonull);
  }

  @Test
  void addOnM2mWithIntermediateModelValueRequiredFails() {
    assertThrows(IntegrityException.class, () -> rock.nodefaultsnonulls().add(jim));
    assertFalse(rock.nodefaultsnonulls().exists());
  }

  @Test
  void createOnM2mWithIntermediateModel() {
    Person annie;
    try (CapturedQueries q = db.captureQueries()) {
      annie = rock.members().create(p -> p.name = "Annie", m -> m.inviteReason = "She was just awesome.");
      // Django: INSERT the person, then add(): SELECT, INSERT
      assertEquals(3, q.count(), q.toString());
    }
    assertEquals(List.of(annie), rock.members().list());
    assertEquals("She was just awesome.", rock.membershipSet().get().inviteReason);
  }

  @Test
  void createOnM2mWithIntermediateModelValueRequired() {
    rock.nodefaultsnonulls().create(p -> p.name = "Test", t -> t.nodefaultnonull = 1);
    assertEquals(1, rock.testNoDefaultsOrNullsSet().get().nodefaultnonull);
  }

  @Test
  void createOnM2mWithIntermediateModelValueRequiredFails() {
    assertThrows(IntegrityException.class, () -> rock.nodefaultsnonulls().create(p -> p.name = "Test"));
    // one transaction: the person is not left behind
    assertFalse(Person.objects.filter(Person_.name.eq("Test")).exists());
  }

  @Test
  void removeOnM2mWithIntermediateModel() {
    membership(jim, rock);
    try (CapturedQueries q = db.captureQueries()) {
      rock.members().remove(jim);
      // Django: through.objects.filter(...).delete(); CustomMembership.weirdFk (SET_NULL) points at
      // Membership, so the rows are collected (SELECT), the pointers cleared (Django: one UPDATE;
      // Tether: the SELECT finding there are none) and the rows deleted
      assertEquals(3, q.count(), q.toString());
    }
    assertEquals(List.of(), rock.members().list());
  }

  @Test
  void removeOnM2mWithIntermediateModelMultiple() {
    Membership.objects.create(m -> {
      m.person = jim;
      m.group = rock;
      m.inviteReason = "1";
    });
    Membership.objects.create(m -> {
      m.person = jim;
      m.group = rock;
      m.inviteReason = "2";
    });
    assertEquals(List.of(jim, jim), rock.members().list());
    rock.members().remove(jim);
    assertEquals(List.of(), rock.members().list());
  }

  @Test
  void removeFastDeletesWhenNothingPointsAtTheThroughModel() {
    rock.nodefaultsnonulls().add(jim, t -> t.nodefaultnonull = 1);
    try (CapturedQueries q = db.captureQueries()) {
      rock.nodefaultsnonulls().remove(jim);
      assertEquals(1, q.count(), q.toString());
      assertTrue(q.sql().get(0).toUpperCase(Locale.ROOT).startsWith("DELETE"), q.toString());
    }
    assertEquals(0, TestNoDefaultsOrNulls.objects.count());
  }

  @Test
  void setOnM2mWithIntermediateModel() {
    List<Person> members = Person.objects.filter(Person_.name.in("Bob", "Jim")).list();
    rock.members().set(members);
    assertEquals(List.of(bob, jim), rock.members().list());
  }

  @Test
  void setOnM2mWithIntermediateModelValueRequired() {
    rock.nodefaultsnonulls().set(List.of(jim), t -> t.nodefaultnonull = 1);
    assertEquals(1, rock.testNoDefaultsOrNullsSet().get().nodefaultnonull);
    rock.nodefaultsnonulls().set(List.of(jim), t -> t.nodefaultnonull = 2);
    assertEquals(1, rock.testNoDefaultsOrNullsSet().get().nodefaultnonull);
    rock.nodefaultsnonulls().set(List.of(jim), true, t -> t.nodefaultnonull = 2);
    assertEquals(2, rock.testNoDefaultsOrNullsSet().get().nodefaultnonull);
  }

  @Test
  void setOnM2mWithIntermediateModelValueRequiredFails() {
    assertThrows(IntegrityException.class, () -> rock.nodefaultsnonulls().set(List.of(jim)));
  }

  @Test
  void clearRemovesAllTheM2mRelationships() {
    membership(jim, rock);
    membership(jane, rock);
    rock.members().clear();
    assertEquals(List.of(), rock.members().list());
    assertEquals(0, Membership.objects.count());
  }

  @Test
  void retrieveReverseIntermediateItems() {
    membership(jim, rock);
    membership(jim, roll);
    assertEquals(List.of("Rock", "Roll"), names(jim.groupSet().list()));
  }

  @Test
  void addOnReverseM2mWithIntermediateModel() {
    bob.groupSet().add(rock);
    assertEquals(List.of(rock), bob.groupSet().list());
  }

  @Test
  void createOnReverseM2mWithIntermediateModel() {
    Group funk = bob.groupSet().create(g -> g.name = "Funk");
    assertEquals(List.of(funk), bob.groupSet().list());
  }

  @Test
  void removeOnReverseM2mWithIntermediateModel() {
    membership(bob, rock);
    bob.groupSet().remove(rock);
    assertEquals(List.of(), bob.groupSet().list());
  }

  @Test
  void setOnReverseM2mWithIntermediateModel() {
    List<Group> groups = Group.objects.filter(Group_.name.in("Rock", "Roll")).list();
    bob.groupSet().set(groups);
    assertEquals(List.of(rock, roll), bob.groupSet().list());
  }

  @Test
  void clearOnReverseRemovesAllTheM2mRelationships() {
    membership(jim, rock);
    membership(jim, roll);
    jim.groupSet().clear();
    assertEquals(List.of(), jim.groupSet().list());
  }

  @Test
  void countAndExistsReadTheThroughTableAlone() {
    membership(jim, rock);
    membership(jane, rock);
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(2, rock.members().count());
      assertTrue(rock.members().exists());
      assertFalse(roll.members().exists());
      assertEquals(3, q.count(), q.toString());
      for (String sql : q.sql()) {
        assertFalse(sql.toUpperCase(Locale.ROOT).contains("JOIN"), sql);
        assertTrue(sql.contains("m2m_through_membership"), sql);
      }
    }
  }

  @Test
  void customRelatedNames() {
    assertEquals(List.of(), rock.customMembers().list());
    assertEquals(List.of(), bob.custom().list());
    CustomMembership c = CustomMembership.objects.create(m -> {
      m.person = bob;
      m.group = rock;
    });
    CustomMembership.objects.create(m -> {
      m.person = jim;
      m.group = rock;
    });
    assertEquals(List.of("Bob", "Jim"), names(rock.customMembers().list()));
    assertEquals(List.of("Rock"), names(bob.custom().list()));
    // custom_related_name_doesnt_conflict_with_fky_related_name
    assertEquals(List.of(c), bob.customPersonRelatedName().list());
  }

  @Test
  void orderByRelationalFieldThroughModel() {
    LocalDateTime today = LocalDateTime.now();
    LocalDateTime yesterday = today.minusDays(1);
    for (Object[] row : new Object[][] {{jim, rock, yesterday}, {bob, rock, today}, {jane, roll, yesterday},
        {jim, roll, today}}) {
      CustomMembership.objects.create(m -> {
        m.person = (Person) row[0];
        m.group = (Group) row[1];
        m.dateJoined = (LocalDateTime) row[2];
      });
    }
    assertEquals(List.of(jim, bob),
        rock.customMembers().orderBy(Person_.customPersonRelatedName().id.asc()).list());
    assertEquals(List.of(jane, jim),
        roll.customMembers().orderBy(Person_.customPersonRelatedName().id.asc()).list());
  }
}
