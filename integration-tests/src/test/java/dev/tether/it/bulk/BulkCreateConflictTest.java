package dev.tether.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.OnConflict;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's {@code bulk_create.tests.BulkCreateTests}: {@code test_ignore_conflicts_*} and
 * {@code test_update_conflicts_*}.
 */
class BulkCreateConflictTest {
  Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  static UpsertConflict row(int number, int rank, String name) {
    UpsertConflict u = new UpsertConflict();
    u.number = number;
    u.rank = rank;
    u.name = name;
    return u;
  }

  @Test
  void ignoreConflictsIgnore() {
    UpsertConflict.objects.bulkCreate(List.of(row(1, 1, "a"), row(2, 2, "b")));
    List<UpsertConflict> again = List.of(row(1, 5, "x"), row(3, 3, "c"));
    try (CapturedQueries q = db.captureQueries()) {
      UpsertConflict.objects.bulkCreate(again, OnConflict.ignore());
      assertEquals(1, q.count());
    }
    assertEquals(3, UpsertConflict.objects.count());
    assertEquals("a", UpsertConflict.objects.get(UpsertConflict_.number.eq(1)).name);
    // as Django: no key is set with ignoreConflicts
    for (UpsertConflict u : again) {
      assertNull(u.id());
    }
    // without the option the conflict is an error
    assertThrows(dev.tether.IntegrityException.class,
        () -> UpsertConflict.objects.bulkCreate(List.of(row(1, 1, "dup"))));
  }

  @Test
  void updateConflictsUniqueField() {
    UpsertConflict.objects.bulkCreate(List.of(row(1, 1, "John"), row(2, 2, "Mary"), row(3, 3, "Hannah")));
    assertEquals(3, UpsertConflict.objects.count());
    List<UpsertConflict> conflicting = List.of(row(1, 4, "Steve"), row(2, 2, "Olivia"), row(3, 1, "Hannah"), row(4, 4, "New"));
    try (CapturedQueries q = db.captureQueries()) {
      UpsertConflict.objects.bulkCreate(conflicting,
          OnConflict.update(UpsertConflict_.number).set(UpsertConflict_.name, UpsertConflict_.rank));
      assertEquals(1, q.count());
      String sql = q.sql().get(0);
      assertTrue(sql.contains(TestDatabases.kind().equals("mariadb") ? "ON DUPLICATE KEY UPDATE" : "ON CONFLICT"), sql);
    }
    assertEquals(4, UpsertConflict.objects.count());
    List<String> got = new ArrayList<>();
    for (UpsertConflict u : UpsertConflict.objects.orderBy(UpsertConflict_.number.asc())) {
      got.add(u.number + " " + u.rank + " " + u.name);
    }
    assertEquals(List.of("1 4 Steve", "2 2 Olivia", "3 1 Hannah", "4 4 New"), got);
    // Django 5.0: the upsert sets the keys, the existing rows' for the updated ones
    UpsertConflict first = UpsertConflict.objects.get(UpsertConflict_.number.eq(1));
    assertEquals(first.id(), conflicting.get(0).id());
    assertNotNull(conflicting.get(3).id());
  }

  @Test
  void updateConflictsNeedsUniqueAndUpdateFields() {
    assertThrows(IllegalArgumentException.class,
        () -> UpsertConflict.objects.bulkCreate(List.of(row(1, 1, "a")), OnConflict.update(UpsertConflict_.number)));
    assertThrows(IllegalArgumentException.class,
        () -> UpsertConflict.objects.bulkCreate(List.of(row(1, 1, "a")), OnConflict.<UpsertConflict>update().set(UpsertConflict_.name)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UpsertConflict.objects.bulkCreate(List.of(row(1, 1, "a")),
            OnConflict.update(UpsertConflict_.number).set(UpsertConflict_.id)));
    assertTrue(e.getMessage().contains("primary key"), e.getMessage());
    assertEquals(0, UpsertConflict.objects.count());
  }
}
