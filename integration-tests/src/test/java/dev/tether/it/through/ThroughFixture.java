package dev.tether.it.through;

import dev.tether.Database;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Django's {@code m2m_through.tests.M2mThroughTests.setUpTestData}, on an empty database per test. */
abstract class ThroughFixture {
  Database db;
  Person bob;
  Person jim;
  Person jane;
  Group rock;
  Group roll;

  @BeforeEach
  void setUpTestData() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    bob = Person.objects.create(p -> p.name = "Bob");
    jim = Person.objects.create(p -> p.name = "Jim");
    jane = Person.objects.create(p -> p.name = "Jane");
    rock = Group.objects.create(g -> g.name = "Rock");
    roll = Group.objects.create(g -> g.name = "Roll");
  }

  @AfterEach
  void closeDatabase() {
    if (db != null) { // null when the database was not reachable (the test was skipped)
      db.close();
    }
  }

  static Membership membership(Person p, Group g) {
    return Membership.objects.create(m -> {
      m.person = p;
      m.group = g;
    });
  }

  static List<String> names(Iterable<?> objects) {
    return Raw.names(objects);
  }
}
