package dev.tether.it.abstracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import dev.tether.meta.FieldMeta;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Abstract base models and Django's {@code auto_now}/{@code auto_now_add}, after Django's
 * {@code model_inheritance} (abstract base) and {@code model_fields} date tests.
 */
class AbstractModelTest {
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Note note(String slug) {
    Note n = new Note();
    n.slug = slug;
    return n;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  @Test
  void eachModelHasTheBaseColumnsInItsOwnTable() {
    assertEquals(List.of("id", "createdAt", "updatedAt", "createdOn", "owner", "slug", "hits"),
        Note_.META.fields().stream().map(FieldMeta::name).toList());
    assertEquals(List.of("id", "createdAt", "updatedAt", "createdOn", "owner", "title"),
        Task_.META.fields().stream().map(FieldMeta::name).toList());
    Task t = new Task();
    t.title = "write";
    t.save();
    note("a").save();
    assertEquals(1L, Raw.number(db, "SELECT COUNT(*) FROM abs_task WHERE created_at IS NOT NULL"
        + " AND updated_at IS NOT NULL AND created_on IS NOT NULL AND owner_id IS NULL"));
    assertEquals(1L, Raw.number(db, "SELECT COUNT(*) FROM abs_note WHERE created_at IS NOT NULL"));
  }

  @Test
  void insertSetsBothAndAnUpdateOnlyAutoNow() throws InterruptedException {
    Instant before = now();
    Note n = note("a");
    n.save();
    Instant created = n.createdAt;
    assertFalse(created.isBefore(before));
    assertFalse(created.isAfter(now()));
    assertEquals(LocalDateTime.ofInstant(created, ZoneOffset.UTC), n.updatedAt);
    assertEquals(LocalDate.ofInstant(created, ZoneOffset.UTC), n.createdOn);

    Thread.sleep(5);
    n.hits = 1;
    n.save();
    assertEquals(created, n.createdAt);
    assertTrue(n.updatedAt.isAfter(LocalDateTime.ofInstant(created, ZoneOffset.UTC)));

    Note loaded = Note.objects.get(Note_.slug.eq("a"));
    assertEquals(created, loaded.createdAt);
    assertEquals(n.updatedAt, loaded.updatedAt);
    assertEquals(n.createdOn, loaded.createdOn);
  }

  @Test
  void aValueGivenBeforeTheInsertIsReplaced() {
    // Django's pre_save sets auto_now_add whenever the object is added, whatever it holds
    Note n = note("a");
    n.createdAt = Instant.parse("2001-01-01T00:00:00Z");
    n.save();
    assertTrue(n.createdAt.isAfter(Instant.parse("2020-01-01T00:00:00Z")));
  }

  @Test
  void updateOfAQuerySetLeavesAutoNowAlone() throws InterruptedException {
    Note n = note("a");
    n.save();
    Thread.sleep(5);
    assertEquals(1, Note.objects.filter(Note_.slug.eq("a")).update(Note_.hits.set(9)));
    Note loaded = Note.objects.get(Note_.slug.eq("a"));
    assertEquals(9, loaded.hits);
    assertEquals(n.updatedAt, loaded.updatedAt);
  }

  @Test
  void bulkCreateSetsBoth() {
    Instant before = now();
    List<Note> notes = Note.objects.bulkCreate(List.of(note("a"), note("b")));
    for (Note n : notes) {
      assertFalse(n.createdAt.isBefore(before));
      assertEquals(LocalDateTime.ofInstant(n.createdAt, ZoneOffset.UTC), n.updatedAt);
    }
    assertEquals(2L, Raw.number(db, "SELECT COUNT(*) FROM abs_note WHERE created_at IS NOT NULL AND updated_at IS NOT NULL"));
  }

  @Test
  void aFailedWriteLeavesTheFieldsAsTheyWere() {
    note("a").save();
    Note duplicate = note("a");
    assertThrows(IntegrityException.class, duplicate::save);
    assertNull(duplicate.createdAt);
    assertNull(duplicate.updatedAt);
    assertNull(duplicate.createdOn);

    List<Note> batch = List.of(note("b"), note("b"));
    assertThrows(IntegrityException.class, () -> Note.objects.bulkCreate(batch));
    for (Note n : batch) {
      assertNull(n.createdAt);
      assertNull(n.updatedAt);
      assertNull(n.id());
    }
    assertEquals(1, Note.objects.count());
  }

  @Test
  void aRelationOnTheBaseHasAReverseAccessorPerModel() {
    Owner ann = new Owner();
    ann.name = "ann";
    ann.save();
    Note n = note("a");
    n.owner = ann;
    n.save();
    Task t = new Task();
    t.title = "write";
    t.owner = ann;
    t.save();
    assertEquals(List.of(n), ann.notes().all().list());
    assertEquals(List.of(t), ann.tasks().all().list());
    assertEquals(List.of(t), Task.objects.filter(Task_.owner().name.eq("ann")).list());
    assertEquals(List.of(ann), Owner.objects.filter(Owner_.notes().slug.eq("a")).list());
    ann.delete();
    n.refreshFromDb();
    assertNull(n.owner);
    assertEquals(1, Task.objects.filter(Task_.owner().id.isNull(true)).count());
  }
}
