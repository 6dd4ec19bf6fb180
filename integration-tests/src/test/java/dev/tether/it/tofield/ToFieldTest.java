package dev.tether.it.tofield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.DeleteResult;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Django's {@code many_to_one} tests of {@code to_field}: the key column stores {@code Parent.name}. */
class ToFieldTest {
  Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Parent parent(String name) {
    return Parent.objects.create(p -> p.name = name);
  }

  static ToFieldChild child(Parent p, String label) {
    return ToFieldChild.objects.create(c -> {
      c.parent = p;
      c.label = label;
    });
  }

  @Test
  void theColumnStoresTheName() {
    Parent a = parent("a");
    ToFieldChild c = child(a, "c");
    assertEquals("a", c.parentId());
    assertEquals(List.of(List.of("a")), Raw.rows(db, "SELECT parent_id FROM to_field_child"));
  }

  @Test
  void saveNullableFkAfterParentWithToField() {
    // Django's test_save_nullable_fk_after_parent_with_to_field
    Parent parent = new Parent();
    parent.name = "jeff";
    ToFieldChild child = new ToFieldChild();
    child.parent = parent;
    child.label = "c";
    parent.save();
    child.save();
    child.refreshFromDb();
    assertEquals(parent, child.parent());
    assertEquals("jeff", child.parentId());
  }

  @Test
  void reverseForeignKeyInstanceToField() {
    // Django's test_reverse_foreign_key_instance_to_field_caching answers with no query; a reverse
    // manager's rows do not keep their owner in Tether, for any foreign key: one query, by name
    Parent parent = parent("a");
    child(parent, "c");
    ToFieldChild c = parent.toFieldChildren().get();
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(parent, c.parent());
      assertEquals(1, q.count());
    }
  }

  @Test
  void cachedForeignKeyWithToFieldNotClearedBySave() {
    // Django's test_cached_foreign_key_with_to_field_not_cleared_by_save
    Parent parent = parent("a");
    ToFieldChild c = child(parent, "c");
    try (CapturedQueries q = db.captureQueries()) {
      assertSame(parent, c.parent());
      assertEquals(0, q.count());
    }
  }

  @Test
  void forwardLoadReadsByName() {
    Parent a = parent("a");
    child(a, "c");
    ToFieldChild c = ToFieldChild.objects.get(ToFieldChild_.label.eq("c"));
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(a, c.parent());
      assertEquals(1, q.count());
      assertTrue(q.sql().get(0).contains("name"), q.sql().get(0));
    }
    c.setParentId("a");
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals("a", c.parent().name); // the same key: the loaded object stays
      assertEquals(0, q.count());
    }
  }

  @Test
  void lookups() {
    Parent a = parent("a");
    Parent b = parent("b");
    child(a, "c1");
    child(b, "c2");
    try (CapturedQueries q = db.captureQueries()) {
      // Django's filter(parent=a) compares parent_id with a.name: no join
      assertEquals(List.of("c1"), Raw.names(ToFieldChild.objects.filter(ToFieldChild_.parent().eq(a)).list()));
      assertEquals(List.of("c2"), Raw.names(ToFieldChild.objects.filter(ToFieldChild_.parent().name.eq("b")).list()));
      assertEquals(List.of("c2"), Raw.names(ToFieldChild.objects.filter(ToFieldChild_.parent().in(b)).list()));
      assertEquals(3, q.count());
      for (String sql : q.sql()) {
        assertFalse(sql.contains("JOIN"), sql);
      }
    }
    // the parent's key is reached through a join on the name
    assertEquals(List.of("c2"), Raw.names(ToFieldChild.objects.filter(ToFieldChild_.parent().id.eq(b.pk())).list()));
    assertEquals(List.of("a"), Raw.names(Parent.objects.filter(Parent_.toFieldChildren().label.eq("c1")).list()));
    assertEquals(List.of("b"), Raw.names(Parent.objects.filter(Parent_.toFieldChildren().eq(
        ToFieldChild.objects.get(ToFieldChild_.label.eq("c2")))).list()));
  }

  @Test
  void excludeAcrossTheReverseMatchesByName() {
    // Django's exclude() across a multi-valued relation is a sub-query on the stored field
    Parent a = parent("a");
    Parent b = parent("b");
    child(a, "c1");
    child(b, "c2");
    parent("c");
    assertEquals(List.of("b", "c"), Raw.names(Parent.objects.exclude(Parent_.toFieldChildren().label.eq("c1"))
        .orderBy(Parent_.name.asc()).list()));
    assertEquals(List.of("c"), Raw.names(Parent.objects.filter(Parent_.toFieldChildren().isNull(true)).list()));
  }

  @Test
  void reverseManager() {
    Parent a = parent("a");
    Parent b = parent("b");
    ToFieldChild c = a.toFieldChildren().create(x -> x.label = "c");
    assertEquals("a", c.parentId());
    assertEquals(List.of("c"), Raw.names(a.toFieldChildren().list()));
    try (CapturedQueries q = db.captureQueries()) {
      b.toFieldChildren().add(c); // one UPDATE ... SET parent_id = 'b'
      assertEquals(1, q.count());
    }
    assertEquals("b", c.parentId());
    assertEquals(List.of(List.of("b")), Raw.rows(db, "SELECT parent_id FROM to_field_child"));
    assertEquals(0, a.toFieldChildren().count());
    b.toFieldChildren().remove(c);
    assertNull(ToFieldChild.objects.get(ToFieldChild_.label.eq("c")).parentId());
  }

  @Test
  void selectRelatedAndPrefetch() {
    Parent a = parent("a");
    Parent b = parent("b");
    child(a, "c1");
    child(b, "c2");
    child(b, "c3");
    try (CapturedQueries q = db.captureQueries()) {
      List<ToFieldChild> cs = ToFieldChild.objects.selectRelated(ToFieldChild_.parent())
          .orderBy(ToFieldChild_.label.asc()).list();
      assertEquals(List.of("a", "b", "b"), Raw.names(cs.stream().map(ToFieldChild::parent).toList()));
      assertEquals(1, q.count());
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<ToFieldChild> cs = ToFieldChild.objects.prefetchRelated(ToFieldChild_.parent())
          .orderBy(ToFieldChild_.label.asc()).list();
      assertEquals(List.of("a", "b", "b"), Raw.names(cs.stream().map(ToFieldChild::parent).toList()));
      assertEquals(2, q.count());
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<Parent> ps = Parent.objects.prefetchRelated(Parent_.toFieldChildren()).orderBy(Parent_.name.asc()).list();
      assertEquals(List.of("c1"), Raw.names(ps.get(0).toFieldChildren().list()));
      assertEquals(2, q.count());
      assertEquals(List.of("c2", "c3"), Raw.names(ps.get(1).toFieldChildren().list()));
      assertEquals(2, q.count());
    }
  }

  @Test
  void updateSetsTheName() {
    Parent a = parent("a");
    Parent b = parent("b");
    child(a, "c");
    assertEquals(1, ToFieldChild.objects.all().update(ToFieldChild_.parent().set(b)));
    assertEquals(List.of(List.of("b")), Raw.rows(db, "SELECT parent_id FROM to_field_child"));
    assertThrows(IllegalArgumentException.class, () -> ToFieldChild_.parent().set(a.pk()));
  }

  @Test
  void deleteCascadesThroughTheName() {
    Parent a = parent("a");
    Parent b = parent("b");
    child(a, "c1");
    child(a, "c2");
    child(b, "c3");
    DeleteResult d = a.delete();
    assertEquals(Map.of("Parent", 1, "ToFieldChild", 2), d.perModel());
    assertEquals(List.of("c3"), Raw.names(ToFieldChild.objects.all().list()));
    DeleteResult d2 = Parent.objects.filter(Parent_.name.eq("b")).delete();
    assertEquals(Map.of("Parent", 1, "ToFieldChild", 1), d2.perModel());
  }

  @Test
  void theDatabaseRefusesAMissingName() {
    ToFieldChild c = new ToFieldChild();
    c.setParentId("nobody");
    assertThrows(dev.tether.IntegrityException.class, c::save);
  }
}
