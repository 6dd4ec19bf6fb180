package dev.tether.it.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lifecycle hooks, ported from Django's {@code tests/signals/tests.py} where they apply. */
class HooksTest {
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    Log.take();
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Person person(String first, String last) {
    return Person.objects.create(p -> {
      p.firstName = first;
      p.lastName = last;
    });
  }

  /** Django: test_save_signals. */
  @Test
  void saveCallsBeforeAndAfterSaveWithCreated() {
    Person p1 = person("John", "Smith");
    assertEquals(List.of("pre_save John Smith pk=null", "post_save John Smith created=true"), Log.take());

    p1.firstName = "Tom";
    p1.save();
    assertEquals(List.of("pre_save Tom Smith pk=" + p1.pk(), "post_save Tom Smith created=false"), Log.take());

    Person p2 = new Person();
    p2.firstName = "James";
    p2.lastName = "Jones";
    p2.id = 99999L;
    p2.save();
    assertEquals(List.of("pre_save James Jones pk=99999", "post_save James Jones created=true"), Log.take());
    p2.id = 99998L;
    p2.save();
    assertEquals(List.of("pre_save James Jones pk=99998", "post_save James Jones created=true"), Log.take());
    p2.save();
    assertEquals(List.of("pre_save James Jones pk=99998", "post_save James Jones created=false"), Log.take());
  }

  /** objects.create() goes through the model's own save(), which here trims the name. */
  @Test
  void createCallsAnOverriddenSave() {
    Person p = person("  Ann ", "Lee");
    assertEquals("Ann", p.firstName);
    assertEquals("Ann", Person.objects.get(Person_.id.eq(p.pk())).firstName);
  }

  /** Django: test_delete_signals; the key is still set in afterDelete, as in post_delete. */
  @Test
  void deleteCallsBeforeAndAfterDeleteWithTheKeyStillSet() {
    Person p1 = person("John", "Smith");
    long k = p1.pk();
    Log.take();
    p1.delete();
    assertEquals(List.of("pre_delete John Smith pk=" + k, "post_delete John Smith pk=" + k), Log.take());
    assertNull(p1.pk(), "the key is cleared once the hooks ran");
  }

  /** Cascaded deletes call the hooks of every object they remove, fetching rows they would otherwise delete by query. */
  @Test
  void cascadedDeletesCallTheHooksOfEachObject() {
    Person p = person("John", "Smith");
    p.carSet().create(c -> c.make = "Volvo");
    p.carSet().create(c -> c.make = "Saab");
    Log.take();
    p.delete();
    List<String> events = Log.take();
    assertEquals(6, events.size(), events.toString());
    assertEquals(List.of("pre_delete John Smith"), events.subList(0, 1).stream().map(e -> e.replaceAll(" pk=.*", "")).toList());
    assertTrue(events.subList(1, 3).containsAll(List.of("pre_delete car Volvo pk=" + carKey("Volvo", events),
        "pre_delete car Saab pk=" + carKey("Saab", events))), events.toString());
    assertTrue(events.subList(3, 6).contains("post_delete car Volvo"), events.toString());
    assertTrue(events.subList(3, 6).contains("post_delete car Saab"), events.toString());
    assertEquals(0, Car.objects.count());
  }

  private static String carKey(String make, List<String> events) {
    for (String e : events) {
      if (e.startsWith("pre_delete car " + make + " pk=")) {
        String k = e.substring(e.indexOf("pk=") + 3);
        assertFalse(k.equals("null"), e);
        return k;
      }
    }
    return "?";
  }

  @Test
  void querySetDeleteCallsTheHooksToo() {
    person("A", "One");
    person("B", "Two");
    Log.take();
    assertEquals(2, Person.objects.all().delete().perModel().get("Person"));
    assertEquals(List.of("pre_delete A One", "pre_delete B Two", "post_delete A One", "post_delete B Two"),
        Log.take().stream().map(e -> e.replaceAll(" pk=.*", "")).toList());
  }

  /** Hooks an abstract model overrides are a model's own: a cascade fetches its rows to call them. */
  @Test
  void hooksInheritedFromAnAbstractModelRunOnCascade() {
    assertTrue(Memo_.META.hasDeleteHooks());
    Person p = person("Ann", "Lee");
    p.memoSet().create(m -> m.label = "first");
    Log.take();
    Person.objects.filter(Person_.id.eq(p.pk())).delete();
    List<String> events = Log.take();
    assertTrue(events.contains("pre_delete audited first"), events.toString());
    assertTrue(events.contains("post_delete audited first"), events.toString());
    assertEquals(0, Memo.objects.count());
  }

  /** Which models deleting must fetch is decided at compile time from the hooks they override. */
  @Test
  void onlyModelsWithDeleteHooksAreFetchedToDelete() {
    assertTrue(Person_.META.hasDeleteHooks());
    assertTrue(Car_.META.hasDeleteHooks());
    assertFalse(Book_.META.hasDeleteHooks());
    Book b = Book.objects.create(x -> x.name = "B1");
    Book.objects.create(x -> x.name = "B2");
    try (CapturedQueries q = db.captureQueries()) {
      Book.objects.filter(Book_.id.gt(b.pk())).delete();
      List<String> selects = q.sql().stream().filter(s -> s.startsWith("SELECT")).toList();
      assertTrue(selects.stream().noneMatch(s -> s.contains("name")), "only keys are read: " + selects);
    }
    assertEquals(List.of(b), Book.objects.all().list());
    person("A", "One").carSet().create(c -> c.make = "Volvo");
    try (CapturedQueries q = db.captureQueries()) {
      Person.objects.all().delete();
      List<String> selects = q.sql().stream().filter(s -> s.startsWith("SELECT")).toList();
      assertTrue(selects.stream().anyMatch(s -> s.contains("first_name")), "persons are fetched: " + selects);
      assertTrue(selects.stream().anyMatch(s -> s.contains("make")), "cars are fetched, not deleted by query: " + selects);
    }
  }

  @Test
  void relatedManagersCreateAndAddOneByOneCallTheHooks() {
    Person p = person("John", "Smith");
    Log.take();
    p.carSet().create(c -> c.make = "Volvo");
    assertEquals(List.of("pre_save car Volvo", "post_save car Volvo created=true"), Log.take());

    Person q = person("Mary", "Major");
    Car car = Car.objects.get(Car_.make.eq("Volvo"));
    Log.take();
    q.carSet().add(false, car);
    assertEquals(List.of("pre_save car Volvo", "post_save car Volvo created=false"), Log.take());

    Book b = Book.objects.create(x -> x.name = "Dune");
    assertEquals(List.of("post_save book Dune created=true"), Log.take());
    Person author = b.authors().create(x -> {
      x.firstName = " Frank ";
      x.lastName = "Herbert";
    });
    assertEquals("Frank", author.firstName, "the related manager saved through the overridden save()");
    assertEquals(List.of("pre_save Frank Herbert pk=null", "post_save Frank Herbert created=true"), Log.take());
  }

  /** bulkCreate and update() skip the hooks, as Django's skip the signals. */
  @Test
  void bulkCreateAndUpdateSkipTheHooks() {
    Person a = new Person();
    a.firstName = "A";
    a.lastName = "One";
    Person b = new Person();
    b.firstName = "B";
    b.lastName = "Two";
    Person.objects.bulkCreate(List.of(a, b));
    Person.objects.all().update(Person_.lastName.set("Same"));
    assertEquals(List.of(), Log.take());
    assertEquals(2, Person.objects.filter(Person_.lastName.eq("Same")).count());
  }
}
