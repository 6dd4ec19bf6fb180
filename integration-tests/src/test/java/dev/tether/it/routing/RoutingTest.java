package dev.tether.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.CapturedQuery;
import dev.tether.Database;
import dev.tether.Databases;
import dev.tether.Router;
import dev.tether.it.TestDatabases;
import dev.tether.meta.ModelMeta;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several databases and routers: Django's {@code multiple_database} tests ({@code QueryTestCase}
 * without routers, {@code RouterTestCase} with {@code TestRouter}), on two databases of the
 * configured kind ({@code "default"} and {@code "other"}).
 */
class RoutingTest {
  Database main;
  Database other;
  Databases dbs;

  /** Django's {@code multiple_database.routers.TestRouter}: reads from other, writes to default. */
  static final class TestRouter implements Router {
    @Override
    public String dbForRead(ModelMeta<?> model, Object instance) {
      return "other";
    }

    @Override
    public String dbForWrite(ModelMeta<?> model, Object instance) {
      return "default";
    }

    @Override
    public Boolean allowRelation(Object a, Object b) {
      Database da = ModelMeta.databaseOf(a);
      Database db = ModelMeta.databaseOf(b);
      return Set.of("default", "other").containsAll(List.of(da.alias(), db.alias()));
    }
  }

  @BeforeEach
  void open() {
    main = TestDatabases.open();
    other = TestDatabases.openOther();
  }

  @AfterEach
  void close() {
    if (dbs != null) {
      dbs.close();
    } else {
      main.close();
      other.close();
    }
  }

  private Databases install(Router... routers) {
    dbs = Databases.builder().add("default", main).add("other", other).router(routers).build().install();
    main.createTables(List.of(Person_.META, Book_.META));
    other.createTables(List.of(Person_.META, Book_.META));
    return dbs;
  }

  static Book book(String title, int pages) {
    return Book.objects.create(b -> {
      b.title = title;
      b.pages = pages;
    });
  }

  static List<String> where(CapturedQueries q) {
    return q.queries().stream().map(CapturedQuery::database).toList();
  }

  @Test
  void aConfigurationNeedsADefaultAndKnowsItsNames() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Databases.builder().add("other", other).build());
    assertTrue(e.getMessage().contains("no database named \"default\""), e.getMessage());
    install();
    assertEquals(List.of("default", "other"), List.copyOf(dbs.aliases()));
    assertEquals("other", other.alias());
    assertSame(main, Database.getDefault());
    assertSame(dbs, Databases.installed());
    var unknown = assertThrows(IllegalArgumentException.class, () -> dbs.get("replica"));
    assertTrue(unknown.getMessage().contains("[default, other]"), unknown.getMessage());
  }

  // ---- no router: Django's QueryTestCase

  @Test
  void objectsGoToTheDatabaseNamedAndRememberIt() {
    install();
    Book pro = book("Pro Django", 350);
    Book dive = Book.objects.using(other).create(b -> {
      b.title = "Dive into Python";
      b.pages = 300;
    });
    assertEquals("default", ModelMeta.databaseOf(pro).alias());
    assertEquals("other", ModelMeta.databaseOf(dive).alias());
    assertEquals(List.of("Pro Django"), Book.objects.list().stream().map(b -> b.title).toList());
    assertEquals(List.of("Dive into Python"), Book.objects.using(other).list().stream().map(b -> b.title).toList());
    assertFalse(Book.objects.filter(Book_.title.eq("Dive into Python")).exists());

    Book read = Book.objects.using(other).get(Book_.title.eq("Dive into Python"));
    read.pages = 301;
    try (CapturedQueries q = dbs.captureQueries()) {
      read.save(); // Django: no router has an opinion, the instance's database decides
      read.refreshFromDb();
      assertEquals(List.of("other", "other"), where(q));
    }
    assertEquals(301, Book.objects.using(other).get(Book_.title.eq("Dive into Python")).pages);
  }

  @Test
  void relationsAreReadFromTheOwnersDatabase() {
    install();
    Person marty = Person.objects.using(other).create(p -> p.name = "Marty Alchin");
    Book dive = Book.objects.using(other).create(b -> {
      b.title = "Dive into Python";
      b.editor = marty;
    });
    dive.authors().add(marty);
    Book read = Book.objects.using(other).get(Book_.title.eq("Dive into Python"));
    Person martyAgain = Person.objects.using(other).get(Person_.name.eq("Marty Alchin"));
    try (CapturedQueries q = dbs.captureQueries()) {
      assertEquals("Marty Alchin", read.editor().name);
      assertEquals(List.of("Dive into Python"), martyAgain.edited().list().stream().map(b -> b.title).toList());
      assertEquals(List.of("Marty Alchin"), read.authors().list().stream().map(p -> p.name).toList());
      assertEquals(List.of("other", "other", "other"), where(q));
    }
    assertEquals(0, Person.objects.count());
  }

  @Test
  void aForeignKeyAcrossDatabasesIsRefusedNamingBoth() {
    install();
    Person marty = Person.objects.create(p -> p.name = "Marty Alchin");
    Book dive = Book.objects.using(other).create(b -> b.title = "Dive into Python");
    dive.editor = marty;
    var e = assertThrows(IllegalArgumentException.class, dive::save);
    assertTrue(e.getMessage().startsWith("Cannot assign \"Marty Alchin\" to Book.editor: the current database router"
        + " prevents this relation"), e.getMessage());
    assertTrue(e.getMessage().contains("\"other\"") && e.getMessage().contains("\"default\""), e.getMessage());
    assertNull(Book.objects.using(other).get(Book_.title.eq("Dive into Python")).editorId(), "nothing was written");
  }

  @Test
  void aManyToManyPairAcrossDatabasesIsRefused() {
    install();
    Person marty = Person.objects.create(p -> p.name = "Marty Alchin");
    Book dive = Book.objects.using(other).create(b -> b.title = "Dive into Python");
    var e = assertThrows(IllegalArgumentException.class, () -> dive.authors().add(marty));
    assertTrue(e.getMessage().contains("the current database router prevents this relation"), e.getMessage());
    assertEquals(0, dive.authors().count());
  }

  // ---- routers: Django's RouterTestCase

  @Test
  void theRouterChoosesAndUsingStillDecides() {
    install(new TestRouter());
    assertSame(other, dbs.dbForRead(Book_.META));
    assertSame(main, dbs.dbForWrite(Book_.META));
    try (CapturedQueries q = dbs.captureQueries()) {
      book("Pro Django", 350);
      assertEquals(List.of("default"), where(q));
    }
    try (CapturedQueries q = dbs.captureQueries()) {
      // Django's test_database_routing: the update goes to default, the get to other
      assertEquals(1, Book.objects.filter(Book_.title.eq("Pro Django")).update(Book_.pages.set(200)));
      assertThrows(Book.DoesNotExist.class, () -> Book.objects.get(Book_.title.eq("Pro Django")));
      assertEquals(200, Book.objects.using(main).get(Book_.title.eq("Pro Django")).pages);
      assertEquals(List.of("default", "other", "default"), where(q));
    }
    Book dive = Book.objects.using(other).create(b -> b.title = "Dive into Python");
    assertEquals("other", ModelMeta.databaseOf(dive).alias(), "using(...).create() writes where it names");
    dive.pages = 400;
    try (CapturedQueries q = dbs.captureQueries()) {
      dive.save(); // Django: db_for_write decides a later save, whatever the instance came from
      assertEquals(List.of("default"), where(q).subList(0, 1));
    }
  }

  @Test
  void aPartialRouterFallsBackToDjangosDefaults() {
    install(new Router() {
      @Override
      public String dbForWrite(ModelMeta<?> model, Object instance) {
        return model == Person_.META ? "other" : null;
      }
    });
    Person p = Person.objects.create(x -> x.name = "Mark Pilgrim");
    Book b = book("Dive into Python", 1);
    assertEquals("other", ModelMeta.databaseOf(p).alias());
    assertEquals("default", ModelMeta.databaseOf(b).alias());
    assertSame(main, dbs.dbForRead(Person_.META));
    assertEquals(0, Person.objects.count()); // the read has no router: default
    assertEquals(1, Person.objects.using(other).count());
  }

  @Test
  void aRouterMayAllowRelationsAcrossDatabases() {
    install(new TestRouter());
    // the same person in both databases (the key the book stores must exist where it is saved)
    Person.objects.using(main).create(p -> p.name = "Marty Alchin");
    Person marty = Person.objects.using(other).create(p -> p.name = "Marty Alchin");
    assertEquals("other", ModelMeta.databaseOf(Person.objects.get(Person_.name.eq("Marty Alchin"))).alias());
    Book pro = book("Pro Django", 350);
    pro.editor = marty;
    pro.save(); // TestRouter.allowRelation: default and other may be related
    assertEquals(marty.id(), Book.objects.using(main).get(Book_.title.eq("Pro Django")).editorId());
  }

  @Test
  void migrateHonoursAllowMigrate() {
    dbs = Databases.builder().add("default", main).add("other", other).router(new Router() {
      @Override
      public Boolean allowMigrate(String database, ModelMeta<?> model) {
        return database.equals("other") ? model == Person_.META : null;
      }
    }).build().install();
    assertTrue(dbs.allowMigrate("other", Person_.META));
    assertFalse(dbs.allowMigrate("other", Book_.META));
    assertTrue(dbs.allowMigrate("default", Book_.META));
    assertTrue(dbs.migrate("other"));
    Person.objects.using(other).create(p -> p.name = "Only here");
    assertEquals(1, Person.objects.using(other).count());
    assertThrows(RuntimeException.class, () -> Book.objects.using(other).count(), "no table for Book on other");
  }
}
