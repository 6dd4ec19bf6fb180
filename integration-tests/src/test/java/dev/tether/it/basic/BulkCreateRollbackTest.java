package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failed {@code bulkCreate} writes nothing and leaves every object as the caller gave it, even
 * when the rows that were inserted before the failure had been given keys.
 */
class BulkCreateRollbackTest {
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

  static List<Gadget> gadgets(int n, int duplicateAt) {
    List<Gadget> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(IntegrityTest.gadget(i == duplicateAt ? "g5" : "g" + i));
    }
    return out;
  }

  static void assertUntouched(List<Gadget> objects) {
    for (Gadget g : objects) {
      assertNull(g.id(), g.slug);
      // still new: save() inserts it (a stale "saved" state would try an UPDATE of a missing row)
      assertThrows(IllegalStateException.class, g::refreshFromDb, g.slug);
      assertThrows(IllegalStateException.class, g::delete, g.slug);
    }
  }

  @Test
  void failureInALaterBatchResetsTheKeysOfTheEarlierOnes() {
    List<Gadget> objects = gadgets(1500, 1400);
    // the first 1,000 rows go in the first INSERT, which succeeds; row 1,400 repeats a unique slug
    assertThrows(IntegrityException.class, () -> Gadget.objects.bulkCreate(objects));
    assertEquals(0, Gadget.objects.count());
    assertUntouched(objects);

    // the same objects, repaired, save as new rows
    objects.get(1400).slug = "g1400";
    Gadget.objects.bulkCreate(objects);
    assertEquals(1500, Gadget.objects.count());
    for (Gadget g : objects) {
      assertNotNull(g.id());
    }
    assertEquals("g1400", Gadget.objects.get(Gadget_.id.eq(objects.get(1400).id())).slug);
    objects.get(3).refreshFromDb();
    assertEquals(1, objects.get(3).delete().total());
  }

  @Test
  void objectsWithTheirOwnKeysKeepThemAndStayUnsaved() {
    List<Gadget> objects = gadgets(1200, 1100);
    objects.get(7).id = 5_000L;
    assertThrows(IntegrityException.class, () -> Gadget.objects.bulkCreate(objects));
    assertEquals(0, Gadget.objects.count());
    assertEquals(5_000L, objects.get(7).id());
    Gadget own = objects.remove(7);
    assertThrows(IllegalStateException.class, own::delete);
    assertUntouched(objects);
    objects.get(1099).slug = "unique";
    own.slug = "own";
    objects.add(own);
    Gadget.objects.bulkCreate(objects);
    assertEquals(1200, Gadget.objects.count());
    own.refreshFromDb();
    assertEquals("own", own.slug);
  }

  @Test
  void failureInsideAnOuterAtomicRollsBackToItsSavepointOnly() {
    Gadget before = IntegrityTest.gadget("before");
    List<Gadget> objects = gadgets(1100, 1050);
    db.atomic(() -> {
      before.save();
      assertThrows(IntegrityException.class, () -> Gadget.objects.bulkCreate(objects));
      assertUntouched(objects);
    });
    assertEquals(List.of("before"), IntegrityTest.slugs());
    assertTrue(before.id() != null);
  }

  @Test
  void aSaveInsideAFailingAtomicKeepsItsKeyAsInDjango() {
    // Django does not reset an instance whose INSERT an outer transaction rolled back; nor does Tether
    Gadget g = IntegrityTest.gadget("inside");
    assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
      g.save();
      throw new IllegalStateException("rolled back");
    }));
    assertNotNull(g.id());
    assertEquals(0, Gadget.objects.count());
    assertFalse(Gadget.objects.filter(Gadget_.id.eq(g.id())).exists());
  }
}
