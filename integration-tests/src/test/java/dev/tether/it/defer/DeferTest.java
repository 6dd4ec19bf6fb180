package dev.tether.it.defer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.LazyLoadException;
import dev.tether.TetherException;
import dev.tether.it.TestDatabases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code only()}/{@code defer()} and {@code saveFields(...)}: Django's tests/defer and tests/update_only_fields. */
class DeferTest {
  Database db;
  Secondary s1;
  Primary p1;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    s1 = Secondary.objects.create(s -> {
      s.first = "x1";
      s.second = "y1";
    });
    p1 = Primary.objects.create(p -> {
      p.name = "p1";
      p.value = "xx";
      p.rank = 7;
      p.related = s1;
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Django: test_defer / test_only; a deferred field reads null (0) directly until its getter loads it. */
  @Test
  void deferredFieldsLoadThroughTheirGetterWithOneQuery() {
    Primary p = Primary.objects.defer(Primary_.value, Primary_.rank).get(Primary_.name.eq("p1"));
    assertNull(p.value);
    assertEquals(0, p.rank);
    assertEquals("p1", p.name);
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals("xx", p.getValue());
      assertEquals(1, q.count(), q.sql().toString());
      assertEquals("xx", p.getValue());
      assertEquals("xx", p.value, "loaded into the field");
      assertEquals(1, q.count(), "loaded once");
      assertEquals(7, p.getRank());
      assertEquals(2, q.count(), "one query per deferred field, as Django's");
    }
    Primary o = Primary.objects.only(Primary_.name).list().get(0);
    assertNull(o.value);
    assertEquals("p1", o.name);
    assertEquals(s1.pk(), o.relatedId(), "foreign keys are always read");
    assertEquals("xx", o.getValue());
    assertEquals(7, o.getRank());
  }

  @Test
  void theSelectReadsOnlyTheRequestedColumns() {
    String sql = Primary.objects.only(Primary_.name).sql();
    assertTrue(sql.contains("name"), sql);
    assertTrue(!sql.contains("value") && !sql.contains("rank"), sql);
    sql = Primary.objects.defer(Primary_.value).sql();
    assertTrue(sql.contains("rank") && !sql.contains("value"), sql);
  }

  @Test
  void strictLoadingRefusesADeferredLoadNamingModelAndField() {
    Primary p = Primary.objects.only(Primary_.name).strict().list().get(0);
    LazyLoadException e = assertThrows(LazyLoadException.class, p::getValue);
    assertTrue(e.getMessage().startsWith("Primary.value was deferred"), e.getMessage());
  }

  @Test
  void streamsDeferToo() {
    try (Stream<Primary> s = Primary.objects.only(Primary_.name).stream()) {
      Primary p = s.toList().get(0);
      assertNull(p.value);
      assertEquals("xx", p.getValue());
    }
  }

  /** Django: saving a deferred instance updates only the loaded fields (test_only_with_save / update_fields). */
  @Test
  void saveNeverOverwritesADeferredColumn() {
    Primary p = Primary.objects.only(Primary_.name).get(Primary_.name.eq("p1"));
    Primary.objects.all().update(Primary_.value.set("changed elsewhere"), Primary_.rank.set(9));
    p.name = "p1 renamed";
    try (CapturedQueries q = db.captureQueries()) {
      p.save();
      assertEquals(1, q.count(), q.sql().toString());
      assertTrue(q.sql().get(0).startsWith("UPDATE"), q.sql().toString());
      assertTrue(!q.sql().get(0).contains("value") && !q.sql().get(0).contains("rank"), q.sql().toString());
    }
    Primary back = Primary.objects.get(Primary_.id.eq(p1.pk()));
    assertEquals(List.of("p1 renamed", "changed elsewhere", "9"), List.of(back.name, back.value, "" + back.rank));
  }

  @Test
  void aDeferredFieldSetSinceIsSaved() {
    Primary p = Primary.objects.defer(Primary_.value, Primary_.rank).get(Primary_.name.eq("p1"));
    p.value = "set directly";
    p.save();
    Primary back = Primary.objects.get(Primary_.id.eq(p1.pk()));
    assertEquals("set directly", back.value);
    assertEquals(7, back.rank, "the deferred rank left alone");
  }

  /** Django: test_update_fields_basic. */
  @Test
  void saveWithFieldsWritesOnlyThose() {
    p1.name = "new name";
    p1.value = "not saved";
    try (CapturedQueries q = db.captureQueries()) {
      p1.saveFields(Primary_.name);
      assertEquals(1, q.count());
      assertTrue(q.sql().get(0).startsWith("UPDATE") && !q.sql().get(0).contains("value"), q.sql().toString());
    }
    Primary back = Primary.objects.get(Primary_.id.eq(p1.pk()));
    assertEquals("new name", back.name);
    assertEquals("xx", back.value);
  }

  /** Django: test_empty_update_fields: nothing is written, no query. */
  @Test
  void saveWithNoFieldsDoesNothing() {
    p1.name = "ignored";
    try (CapturedQueries q = db.captureQueries()) {
      p1.saveFields(new dev.tether.path.Column[0]);
      assertEquals(0, q.count());
    }
  }

  /** Django: "Save with update_fields did not affect any rows."; an unsaved object cannot be updated. */
  @Test
  void saveWithFieldsUpdatesAnExistingRowOrFails() {
    Primary.objects.all().delete();
    TetherException e = assertThrows(TetherException.class, () -> p1.saveFields(Primary_.name));
    assertTrue(e.getMessage().startsWith("Save with update_fields did not affect any rows"), e.getMessage());
    Primary fresh = new Primary();
    fresh.name = "n";
    assertThrows(IllegalStateException.class, () -> fresh.saveFields(Primary_.name));
  }

  /** Django: test_update_fields_incorrect_params: a column of another model is refused. */
  @Test
  void columnsOfRelatedModelsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p1.saveFields(Primary_.related().first));
    assertTrue(e.getMessage().contains("Primary"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Primary.objects.only(Primary_.related().first));
  }
}
