package dev.tether.it.getorcreate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Created;
import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.it.TestDatabases;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Django's {@code get_or_create.tests.GetOrCreateTests}, the behaviours that apply. */
class GetOrCreateTest {
  Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    Person.objects.create(p -> {
      p.firstName = "John";
      p.lastName = "Lennon";
      p.birthday = LocalDate.of(1940, 10, 9);
    });
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void getOrCreateMethodWithGet() {
    try (CapturedQueries q = db.captureQueries()) {
      Created<Person> r = Person.objects.getOrCreate(Person_.firstName.eq("John").and(Person_.lastName.eq("Lennon")),
          p -> p.birthday = LocalDate.of(1940, 10, 9));
      assertFalse(r.created());
      assertEquals("John", r.object().firstName);
      assertEquals(1, q.count(), q.sql().toString());
    }
    assertEquals(1, Person.objects.count());
  }

  @Test
  void getOrCreateMethodWithCreate() {
    try (CapturedQueries q = db.captureQueries()) {
      Created<Person> r = Person.objects.getOrCreate(Person_.firstName.eq("George").and(Person_.lastName.eq("Harrison")),
          p -> {
            p.firstName = "George";
            p.lastName = "Harrison";
            p.birthday = LocalDate.of(1943, 2, 25);
          });
      assertTrue(r.created());
      assertNotNull(r.object().id());
      assertEquals(2, q.count(), q.sql().toString()); // the SELECT, then the INSERT
    }
    assertEquals(2, Person.objects.count());
  }

  @Test
  void getOrCreateRedundantInstance() {
    // a second call with the same lookup finds the row the first created
    Created<Person> first = Person.objects.getOrCreate(Person_.firstName.eq("George"), p -> {
      p.firstName = "George";
      p.lastName = "Harrison";
      p.birthday = LocalDate.of(1943, 2, 25);
    });
    Created<Person> again = Person.objects.getOrCreate(Person_.firstName.eq("George"), p -> {
      p.firstName = "George";
      p.lastName = "Ringo";
      p.birthday = LocalDate.of(1940, 7, 7);
    });
    assertTrue(first.created());
    assertFalse(again.created());
    assertEquals(first.object().id(), again.object().id());
    assertEquals("Harrison", again.object().lastName);
    assertEquals(2, Person.objects.count());
  }

  @Test
  void defaultsNotEvaluatedUnlessNeeded() {
    // Django's test_defaults_not_evaluated_unless_needed: the function runs only to create
    Created<Person> r = Person.objects.getOrCreate(Person_.firstName.eq("John"), p -> {
      throw new AssertionError("called although the row exists");
    });
    assertFalse(r.created());
    Created<Person> u = Person.objects.updateOrCreate(Person_.firstName.eq("John"), p -> p.lastName = "W",
        p -> {
          throw new AssertionError("create defaults called although the row exists");
        });
    assertFalse(u.created());
  }

  @Test
  void getOrCreateInvalidParamsRaisesTheIntegrityError() {
    // no birthday: the INSERT fails, the row is not there either, so the error stands
    assertThrows(IntegrityException.class, () -> Person.objects.getOrCreate(Person_.firstName.eq("Tom"), p -> {
      p.firstName = "Tom";
      p.lastName = "Smith";
    }));
    assertEquals(1, Person.objects.count());
  }

  @Test
  void aFieldNamedDefaultsIsAnOrdinaryLookup() {
    Created<Person> r = Person.objects.getOrCreate(Person_.firstName.eq("George").and(Person_.defaults.eq("testing")), p -> {
      p.firstName = "George";
      p.lastName = "Harrison";
      p.birthday = LocalDate.of(1943, 2, 25);
      p.defaults = "testing";
    });
    assertTrue(r.created());
    assertEquals("testing", r.object().defaults);
  }

  @Test
  void aNewObjectNotMatchingTheLookupIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Person.objects.getOrCreate(Person_.firstName.eq("Paul"), p -> {
          p.lastName = "McCartney";
          p.birthday = LocalDate.of(1942, 6, 18);
        }));
    assertTrue(e.getMessage().contains("Person") && e.getMessage().contains("firstName"), e.getMessage());
    assertEquals(1, Person.objects.count());
  }

  @Test
  void theTransactionIsUsableAfterAnIntegrityErrorInGetOrCreate() {
    // Django #20463 (test_savepoint_rollback): the failed INSERT ran in a savepoint
    db.atomic(() -> {
      assertThrows(IntegrityException.class, () -> Person.objects.getOrCreate(Person_.firstName.eq("Tom"), p -> {
        p.firstName = "Tom";
        p.lastName = "Smith";
      }));
      Person.objects.create(p -> {
        p.firstName = "Ringo";
        p.lastName = "Starr";
        p.birthday = LocalDate.of(1940, 7, 7);
      });
    });
    assertEquals(2, Person.objects.count());
  }

  @Test
  void getOrCreateOnRelatedManager() {
    Publisher p = Publisher.objects.create(x -> x.name = "Acme Publishing");
    Created<Book> r = p.bookSet().getOrCreate(Book_.name.eq("The Book of Ed & Fred"), b -> b.name = "The Book of Ed & Fred");
    assertTrue(r.created());
    assertEquals(p.id(), r.object().publisherId());
    assertEquals(1, p.bookSet().count());
    Created<Book> again = p.bookSet().getOrCreate(Book_.name.eq("The Book of Ed & Fred"), b -> b.name = "The Book of Ed & Fred");
    assertFalse(again.created());
    assertEquals(r.object().id(), again.object().id());
    // another publisher's manager does not see the first's book: it creates its own
    Publisher other = Publisher.objects.create(x -> x.name = "Other");
    Created<Book> theirs = other.bookSet().getOrCreate(Book_.name.eq("The Book of Ed & Fred"), b -> b.name = "The Book of Ed & Fred");
    assertTrue(theirs.created());
    assertEquals(2, Book.objects.count());
  }

  // ---- update_or_create (UpdateOrCreateTests) ----

  @Test
  void updateOrCreateUpdates() {
    Created<Person> r = Person.objects.updateOrCreate(Person_.firstName.eq("John").and(Person_.lastName.eq("Lennon")),
        p -> p.birthday = LocalDate.of(1940, 10, 10));
    assertFalse(r.created());
    assertEquals(LocalDate.of(1940, 10, 10), r.object().birthday);
    assertEquals(LocalDate.of(1940, 10, 10), Person.objects.get(Person_.firstName.eq("John")).birthday);
    assertEquals(1, Person.objects.count());
  }

  @Test
  void updateOrCreateCreatesThenUpdates() {
    Created<Person> r = Person.objects.updateOrCreate(Person_.firstName.eq("Mark"), p -> {
      p.firstName = "Mark";
      p.lastName = "Twain";
      p.birthday = LocalDate.of(1835, 11, 30);
    });
    assertTrue(r.created());
    Created<Person> again = Person.objects.updateOrCreate(Person_.firstName.eq("Mark"), p -> {
      p.firstName = "Mark";
      p.lastName = "Twain";
      p.birthday = LocalDate.of(1835, 11, 29);
    });
    assertFalse(again.created());
    assertEquals(r.object().id(), again.object().id());
    assertEquals(LocalDate.of(1835, 11, 29), Person.objects.get(Person_.firstName.eq("Mark")).birthday);
    assertEquals(2, Person.objects.count());
  }

  @Test
  void updateOrCreateIntegrity() {
    assertThrows(IntegrityException.class, () -> Person.objects.updateOrCreate(Person_.firstName.eq("Tom"), p -> {
      p.firstName = "Tom";
      p.lastName = "Smith";
    }));
    assertEquals(1, Person.objects.count());
  }

  @Test
  void updateOrCreateWithCreateDefaults() {
    // Django 5.0's create_defaults: one function for a found object, another for a new one
    Created<Person> made = Person.objects.updateOrCreate(Person_.firstName.eq("Ringo"),
        p -> p.lastName = "updated",
        p -> {
          p.firstName = "Ringo";
          p.lastName = "created";
          p.birthday = LocalDate.of(1940, 7, 7);
        });
    assertTrue(made.created());
    assertEquals("created", made.object().lastName);
    Created<Person> found = Person.objects.updateOrCreate(Person_.firstName.eq("Ringo"),
        p -> p.lastName = "updated",
        p -> p.lastName = "created again");
    assertFalse(found.created());
    assertEquals("updated", Person.objects.get(Person_.firstName.eq("Ringo")).lastName);
  }

  @Test
  void updateOrCreateReadsWithSelectForUpdateInATransaction() {
    try (CapturedQueries q = db.captureQueries()) {
      Person.objects.updateOrCreate(Person_.firstName.eq("John"), p -> p.lastName = "Winston");
      String select = q.sql().get(0);
      assertEquals(!TestDatabases.isSqlite(), select.endsWith("FOR UPDATE"), select);
      assertEquals(2, q.count(), q.sql().toString()); // the locking SELECT, the UPDATE
    }
    assertEquals("Winston", Person.objects.get(Person_.firstName.eq("John")).lastName);
  }

  @Test
  void updateOrCreateWaitsForAConcurrentUpdate() throws Exception {
    // Django's UpdateOrCreateTransactionTests: the second caller's select-for-update waits for the
    // first to commit, so its defaults see the first's value; a plain read would see "Lennon"
    java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<?> first = pool.submit(() -> Person.objects.updateOrCreate(Person_.firstName.eq("John"), p -> {
        p.lastName = "A";
        locked.countDown();
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      assertTrue(locked.await(1, java.util.concurrent.TimeUnit.MINUTES));
      Person.objects.updateOrCreate(Person_.firstName.eq("John"), p -> p.lastName = p.lastName + "B");
      first.get(1, java.util.concurrent.TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    assertEquals("AB", Person.objects.get(Person_.firstName.eq("John")).lastName);
  }

  @Test
  void updateOrCreateOnRelatedManager() {
    Publisher p = Publisher.objects.create(x -> x.name = "Acme Publishing");
    Book book = p.bookSet().create(b -> b.name = "The Book of Ed & Fred");
    Created<Book> r = p.bookSet().updateOrCreate(Book_.name.eq("The Book of Ed & Fred"), b -> b.name = "Basics of Django");
    assertFalse(r.created());
    assertEquals(book.id(), r.object().id());
    assertEquals("Basics of Django", Book.objects.get(Book_.id.eq(book.id())).name);
    Created<Book> made = p.bookSet().updateOrCreate(Book_.name.eq("Advanced Django"), b -> b.name = "Advanced Django");
    assertTrue(made.created());
    assertEquals(2, p.bookSet().count());
  }
}
