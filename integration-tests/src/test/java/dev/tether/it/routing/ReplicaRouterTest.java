package dev.tether.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.CapturedQuery;
import dev.tether.Database;
import dev.tether.Databases;
import dev.tether.ReplicaRouter;
import dev.tether.it.TestDatabases;
import dev.tether.meta.ModelMeta;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The replica router's decisions, with "replicas" that are second handles on the primary's own
 * database (so a write is visible at once): where each statement goes. Real streaming replication
 * is {@link StreamingReplicaTest}'s.
 */
class ReplicaRouterTest {
  Databases dbs;

  @AfterEach
  void close() {
    if (dbs != null) {
      dbs.close();
    }
  }

  private Databases open(ReplicaRouter router, int replicas) {
    Database primary = TestDatabases.open();
    primary.createTables(List.of(Person_.META, Book_.META));
    Databases.Builder b = Databases.builder().add("default", primary);
    for (int i = 1; i <= replicas; i++) {
      b.add("replica" + i, TestDatabases.reopen(primary));
    }
    dbs = b.router(router).build().install();
    return dbs;
  }

  static List<String> where(CapturedQueries q) {
    return q.queries().stream().map(CapturedQuery::database).toList();
  }

  @Test
  void readsGoToTheReplicaWritesToThePrimary() {
    open(ReplicaRouter.of("default", "replica1"), 1);
    try (CapturedQueries q = dbs.captureQueries()) {
      Person p = Person.objects.create(x -> x.name = "Marty Alchin");
      Book dive = Book.objects.create(b -> {
        b.title = "Dive into Python";
        b.editor = p;
      });
      assertEquals(List.of("default", "default"), where(q));
    }
    try (CapturedQueries q = dbs.captureQueries()) {
      Book dive = Book.objects.get(Book_.title.eq("Dive into Python"));
      assertEquals("replica1", ModelMeta.databaseOf(dive).alias(), "an object remembers where it was read");
      assertEquals("Marty Alchin", dive.editor().name);
      assertEquals(1, Book.objects.filter(Book_.pages.eq(0)).count());
      assertEquals(List.of("replica1", "replica1", "replica1"), where(q));
    }
    Book dive = Book.objects.get(Book_.title.eq("Dive into Python"));
    dive.pages = 300;
    Person editor = dive.editor();
    try (CapturedQueries q = dbs.captureQueries()) {
      dive.save(); // read from the replica, saved to the primary
      Book.objects.filter(Book_.pages.eq(300)).update(Book_.pages.set(301));
      editor.edited().create(b -> b.title = "Pro Django"); // a related manager's write
      Book.objects.filter(Book_.title.eq("Pro Django")).delete();
      assertTrue(where(q).stream().allMatch("default"::equals), where(q).toString());
    }
  }

  @Test
  void everythingInsideAnAtomicBlockGoesToThePrimary() {
    open(ReplicaRouter.of("default", "replica1"), 1);
    Database primary = dbs.get("default");
    try (CapturedQueries q = dbs.captureQueries()) {
      primary.atomic(() -> {
        Person.objects.create(x -> x.name = "Mark Pilgrim");
        // read-your-writes: the block's reads see its writes (the row is not committed yet)
        assertEquals(1, Person.objects.filter(Person_.name.eq("Mark Pilgrim")).count());
        Person locked = Person.objects.selectForUpdate().get(Person_.name.eq("Mark Pilgrim"));
        assertEquals("default", ModelMeta.databaseOf(locked).alias());
        assertEquals(0, locked.edited().count());
      });
      assertTrue(where(q).stream().allMatch("default"::equals), where(q).toString());
    }
    try (CapturedQueries q = dbs.captureQueries()) {
      assertEquals(1, Person.objects.count());
      assertEquals(List.of("replica1"), where(q));
    }
  }

  @Test
  void getOrCreateLooksWhereItWouldCreate() {
    open(ReplicaRouter.of("default", "replica1"), 1);
    try (CapturedQueries q = dbs.captureQueries()) {
      Person.objects.getOrCreate(Person_.name.eq("Wesley"), p -> p.name = "Wesley");
      assertTrue(Person.objects.getOrCreate(Person_.name.eq("Wesley"), p -> p.name = "Wesley").object() != null);
      assertFalse(where(q).contains("replica1"), where(q).toString());
    }
  }

  @Test
  void readsTakeTheReplicasInTurn() {
    open(ReplicaRouter.of("default", "replica1", "replica2"), 2);
    Person.objects.create(x -> x.name = "a");
    try (CapturedQueries q = dbs.captureQueries()) {
      for (int i = 0; i < 4; i++) {
        Person.objects.count();
      }
      List<String> w = where(q);
      assertEquals(2, w.stream().filter("replica1"::equals).count(), w.toString());
      assertEquals(2, w.stream().filter("replica2"::equals).count(), w.toString());
      assertTrue(!w.get(0).equals(w.get(1)) && w.get(0).equals(w.get(2)), w.toString());
    }
  }

  @Test
  void leastBusySpreadsConcurrentReads() throws Exception {
    open(ReplicaRouter.of("default", "replica1", "replica2").leastBusy(), 2);
    Person.objects.create(x -> x.name = "a");
    try (CapturedQueries q = dbs.captureQueries()) {
      for (int i = 0; i < 6; i++) {
        Person.objects.count(); // one at a time: each finds both idle, and they alternate
      }
      List<String> w = where(q);
      assertEquals(3, w.stream().filter("replica1"::equals).count(), w.toString());
      assertFalse(w.contains("default"));
    }
  }

  @Test
  void onlyThePrimaryIsMigratedAndRelationsAcrossThePoolAreAllowed() {
    open(ReplicaRouter.of("default", "replica1"), 1);
    assertFalse(dbs.allowMigrate("replica1", Book_.META));
    assertTrue(dbs.allowMigrate("default", Book_.META));
    assertFalse(dbs.migrate("replica1"), "a replica is never migrated");
    Person p = Person.objects.create(x -> x.name = "Marty");
    Person fromReplica = Person.objects.get(Person_.name.eq("Marty"));
    assertEquals("replica1", ModelMeta.databaseOf(fromReplica).alias());
    Book b = Book.objects.create(x -> {
      x.title = "t";
      x.editor = fromReplica;
    });
    assertEquals(p.id(), b.editorId());
    assertTrue(dbs.allowRelation(fromReplica, b));
  }

  @Test
  void aRouterNeedsDistinctKnownDatabases() {
    assertThrows(IllegalArgumentException.class, () -> ReplicaRouter.of("default"));
    assertThrows(IllegalArgumentException.class, () -> ReplicaRouter.of("default", "default"));
    Database primary = TestDatabases.openMemory();
    var e = assertThrows(IllegalArgumentException.class,
        () -> Databases.builder().add("default", primary).router(ReplicaRouter.of("default", "r")).build());
    assertTrue(e.getMessage().contains("no database named \"r\""), e.getMessage());
    primary.close();
  }
}
