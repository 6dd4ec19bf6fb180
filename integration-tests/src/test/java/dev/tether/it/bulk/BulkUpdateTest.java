package dev.tether.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Django's {@code queries.test_bulk_update.BulkUpdateNoteTests}, the behaviours that apply. */
class BulkUpdateTest {
  Database db;
  List<Note> notes;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    notes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int n = i;
      notes.add(Note.objects.create(x -> {
        x.note = String.valueOf(n);
        x.misc = String.valueOf(n);
      }));
    }
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private void assertNotes(List<Note> expected) {
    for (Note n : expected) {
      Note stored = Note.objects.get(Note_.id.eq(n.id()));
      assertEquals(n.note, stored.note);
      assertEquals(n.misc, stored.misc);
      assertEquals(n.tagId(), stored.tagId());
    }
  }

  @Test
  void simple() {
    for (Note n : notes) {
      n.note = "test-" + n.id();
    }
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(10, Note.objects.bulkUpdate(notes, Note_.note));
      assertEquals(1, q.count());
      assertTrue(q.sql().get(0).contains(" = CASE WHEN "), q.sql().get(0));
    }
    assertNotes(notes);
  }

  @Test
  void multipleFields() {
    for (Note n : notes) {
      n.note = "test-" + n.id();
      n.misc = "misc-" + n.id();
    }
    try (CapturedQueries q = db.captureQueries()) {
      Note.objects.bulkUpdate(notes, Note_.note, Note_.misc);
      assertEquals(1, q.count());
    }
    assertNotes(notes);
  }

  @Test
  void unsavedModelsAreRefused() {
    Note unsaved = new Note();
    unsaved.note = "x";
    unsaved.misc = "y";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Note.objects.bulkUpdate(List.of(notes.get(0), unsaved), Note_.note));
    assertTrue(e.getMessage().contains("primary key") && e.getMessage().contains("Note"), e.getMessage());
  }

  @Test
  void foreignKeysDoNotLookUp() {
    Tag tag = Tag.objects.create(t -> t.name = "tag");
    for (Note n : notes) {
      n.tag = tag;
    }
    try (CapturedQueries q = db.captureQueries()) {
      Note.objects.bulkUpdate(notes, Note_.tag());
      assertEquals(1, q.count());
    }
    assertEquals(10, Note.objects.filter(Note_.tag().id.eq(tag.id())).count());
  }

  @Test
  void setFieldToNull() {
    Tag tag = Tag.objects.create(t -> t.name = "tag");
    Note.objects.update(Note_.tag().set(tag));
    List<Note> loaded = Note.objects.list();
    for (Note n : loaded) {
      n.tag = null;
    }
    Note.objects.bulkUpdate(loaded, Note_.tag());
    for (Note n : Note.objects.list()) {
      assertNull(n.tagId());
    }
  }

  @Test
  void emptyObjectsRunNothing() {
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(0, Note.objects.bulkUpdate(List.of(), Note_.note));
      assertEquals(0, q.count());
    }
  }

  @Test
  void noFieldsOrThePrimaryKeyAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Note.objects.bulkUpdate(notes));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Note.objects.bulkUpdate(notes, Note_.id));
    assertTrue(e.getMessage().contains("primary key id"), e.getMessage());
  }

  @Test
  void updatedRowsWhenPassingDuplicates() {
    Note note = notes.get(0);
    assertEquals(1, Note.objects.bulkUpdate(List.of(note, note), Note_.note));
  }

  @Test
  void largeBatchesSplitUnderTheParameterLimit() {
    List<Note> many = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      Note n = new Note();
      n.note = "n" + i;
      n.misc = "m";
      many.add(n);
    }
    Note.objects.bulkCreate(many);
    for (Note n : many) {
      n.misc = "changed";
    }
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(2500, Note.objects.bulkUpdate(many, Note_.misc));
      assertEquals(3, q.count()); // at most 1,000 objects per statement
    }
    assertEquals(2500, Note.objects.filter(Note_.misc.eq("changed")).count());
  }

  @Test
  void aFailedBatchRollsBackTheEarlierOnes() {
    List<Note> many = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      Note n = new Note();
      n.note = "n" + i;
      n.misc = "m";
      many.add(n);
    }
    Note.objects.bulkCreate(many);
    for (Note n : many) {
      n.misc = "changed";
    }
    many.get(1400).note = null; // NOT NULL: the second statement fails
    assertThrows(dev.tether.IntegrityException.class, () -> Note.objects.bulkUpdate(many, Note_.misc, Note_.note));
    assertEquals(0, Note.objects.filter(Note_.misc.eq("changed")).count());
  }

  // ---- in_bulk (lookup.tests.LookupTests.test_in_bulk*) ----

  @Test
  void inBulk() {
    Note a = notes.get(0);
    Note b = notes.get(1);
    var found = Note.objects.inBulk(List.of(a.id(), b.id()));
    assertEquals(List.of(a.id(), b.id()), new ArrayList<>(found.keySet()));
    assertEquals("0", found.get(a.id()).note);
    assertEquals("1", found.get(b.id()).note);
    assertEquals(1, Note.objects.inBulk(List.of(a.id(), 99999L)).size());
    try (CapturedQueries q = db.captureQueries()) {
      assertTrue(Note.objects.inBulk(List.<Long>of()).isEmpty());
      assertEquals(0, q.count());
    }
    // a filtered query set keeps its filter
    assertEquals(List.of(b.id()), new ArrayList<>(
        Note.objects.filter(Note_.note.eq("1")).inBulk(List.of(a.id(), b.id())).keySet()));
    // no keys: every object of the query set
    assertEquals(10, Note.objects.inBulk().size());
    assertEquals(List.of(a.id()), new ArrayList<>(Note.objects.filter(Note_.note.eq("0")).inBulk().keySet()));
    assertThrows(IllegalStateException.class, () -> Note.objects.limit(1).inBulk(List.of(a.id())));
  }

  @Test
  void inBulkTakesIntKeysForLongKeys() {
    Note a = notes.get(0);
    int key = a.id().intValue();
    assertEquals("0", Note.objects.inBulk(List.of(key)).get(key).note);
  }

  @Test
  void inBulkOfManyKeysIsBatched() {
    List<Long> keys = new ArrayList<>();
    for (long k = 1; k <= 70_000; k++) {
      keys.add(k);
    }
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(10, Note.objects.inBulk(keys).size());
      assertEquals(TestDatabases.isSqlite() ? 3 : 2, q.count());
    }
  }
}
