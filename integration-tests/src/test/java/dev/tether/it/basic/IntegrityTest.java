package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import dev.tether.IntegrityException;
import dev.tether.TetherException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Constraints the database refuses become {@link IntegrityException} with a class-23 SQL state. */
class IntegrityTest {
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.openMemory();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Gadget gadget(String slug) {
    Gadget g = new Gadget();
    g.slug = slug;
    g.rank = 1;
    g.label = slug;
    return g;
  }

  static List<String> slugs() {
    return Gadget.objects.orderBy(Gadget_.slug.asc()).stream().map(g -> g.slug).toList();
  }

  @Test
  void notNullViolation() {
    Gadget g = gadget("x");
    g.label = null;
    IntegrityException e = assertThrows(IntegrityException.class, g::save);
    assertInstanceOf(TetherException.class, e);
    assertNotNull(e.sqlState());
    assertTrue(e.sqlState().startsWith("23"), e.sqlState());
    assertEquals("23502", e.sqlState());
    assertTrue(e.getMessage().contains("legacy_label"), e.getMessage());
    assertNull(g.id(), "a refused insert leaves the object unsaved");
    assertEquals(0, Gadget.objects.count());

    Entry noDate = new Entry();
    noDate.headline = "no date";
    assertThrows(IntegrityException.class, noDate::save);
    assertEquals(0, Entry.objects.count());
  }

  @Test
  void uniqueViolation() {
    gadget("dup").save();
    Gadget second = gadget("dup");
    IntegrityException e = assertThrows(IntegrityException.class, second::save);
    assertNotNull(e.sqlState());
    assertTrue(e.sqlState().startsWith("23"), e.sqlState());
    assertEquals("23505", e.sqlState());
    assertNull(second.id());
    assertEquals(List.of("dup"), slugs());
  }

  @Test
  void uniqueViolationByUpdate() {
    gadget("a").save();
    Gadget b = gadget("b");
    b.save();
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> Gadget.objects.filter(Gadget_.slug.eq("b")).update(Gadget_.slug.set("a")));
    assertEquals("23505", e.sqlState());
    b.slug = "a";
    assertThrows(IntegrityException.class, b::save);
    assertEquals(List.of("a", "b"), slugs());
    IntegrityException n = assertThrows(IntegrityException.class,
        () -> Gadget.objects.update(Gadget_.label.setNull()));
    assertEquals("23502", n.sqlState());
    assertEquals(0, Gadget.objects.filter(Gadget_.label.isNull(true)).count());
  }

  @Test
  void aViolationInsideAtomicRollsBackTheWholeBlock() {
    gadget("before").save();
    assertThrows(IntegrityException.class, () -> db.atomic(() -> {
      gadget("one").save();
      Gadget.objects.filter(Gadget_.slug.eq("before")).update(Gadget_.rank.set(99));
      gadget("one").save();
    }));
    assertEquals(List.of("before"), slugs());
    assertEquals(1, Gadget.objects.get().rank);
  }

  @Test
  void aViolationCaughtInANestedBlockKeepsTheOuterBlock() {
    db.atomic(() -> {
      gadget("one").save();
      IntegrityException e = assertThrows(IntegrityException.class, () -> db.atomic(() -> {
        gadget("two").save();
        gadget("one").save();
      }));
      assertEquals("23505", e.sqlState());
      gadget("three").save();
    });
    assertEquals(List.of("one", "three"), slugs());
  }

  @Test
  void theConnectionIsUsableAfterAViolation() {
    gadget("a").save();
    assertThrows(IntegrityException.class, () -> gadget("a").save());
    gadget("b").save();
    db.atomic(() -> gadget("c").save());
    assertEquals(List.of("a", "b", "c"), slugs());
  }
}
