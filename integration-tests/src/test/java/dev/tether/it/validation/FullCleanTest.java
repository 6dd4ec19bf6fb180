package dev.tether.it.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.ValidationException;
import dev.tether.it.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code fullClean()}, after Django's {@code tests/validation}: the same messages on every database. */
class FullCleanTest {
  Database db;
  Shelf shelf;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    shelf = Shelf.objects.create(s -> s.label = "top");
  }

  @AfterEach
  void close() {
    db.close();
  }

  Item item(String name, String code) {
    Item i = new Item();
    i.name = name;
    i.code = code;
    i.size = Size.SMALL;
    i.shelf = shelf;
    return i;
  }

  @Test
  void aValidObjectPasses() {
    Item i = item("bolt", "B-1");
    i.fullClean();
    i.save();
    i.fullClean(); // its own row is not a duplicate of itself
  }

  /** SQLite would store it; fullClean refuses it there as the servers' columns would. */
  @Test
  void anOverLongStringIsCaughtOnEveryDatabase() {
    Item i = item("abcdefghijk", "B-1");
    ValidationException e = assertThrows(ValidationException.class, i::fullClean);
    assertEquals(Map.of("name", List.of("Ensure this value has at most 10 characters (it has 11).")), e.messages());
    assertEquals("Item", e.model());
    assertEquals("Item.name: Ensure this value has at most 10 characters (it has 11).", e.getMessage());
    assertEquals(0, Item.objects.count(), "nothing was written");
  }

  /** Django counts characters, not bytes or UTF-16 units: ten emoji fit in ten. */
  @Test
  void lengthsCountCharacters() {
    item("😀".repeat(10), "E-1").fullClean();
    ValidationException e = assertThrows(ValidationException.class, () -> item("é".repeat(11), "E-2").fullClean());
    assertEquals(List.of("Ensure this value has at most 10 characters (it has 11)."), e.messages().get("name"));
  }

  @Test
  void everyNotNullColumnLeftNullIsReportedByField() {
    Item i = new Item();
    ValidationException e = assertThrows(ValidationException.class, i::fullClean);
    List<String> cannot = List.of("This field cannot be null.");
    assertEquals(Map.of("name", cannot, "code", cannot, "size", cannot, "shelf", cannot), e.messages());
    assertEquals(List.of("name", "code", "size", "shelf"), List.copyOf(e.messages().keySet()), "in field order");
    assertTrue(e.getMessage().contains("Item.size: This field cannot be null."), e.getMessage());
  }

  @Test
  void aNullableColumnMayBeNullButNotTooLong() {
    Item i = item("bolt", "B-1");
    i.note = null;
    i.fullClean();
    i.note = "toolong";
    ValidationException e = assertThrows(ValidationException.class, i::fullClean);
    assertEquals(List.of("Ensure this value has at most 5 characters (it has 7)."), e.messages().get("note"));
  }

  /** Django: test_unique_for_... / "Model with this Field already exists.", one query per unique field. */
  @Test
  void aDuplicateOfAnotherRowIsReported() {
    item("bolt", "B-1").save();
    Item other = item("nut", "B-1");
    ValidationException e = assertThrows(ValidationException.class, other::fullClean);
    assertEquals(Map.of("code", List.of("Item with this Code already exists.")), e.messages());

    Item saved = item("nut", "N-1");
    saved.save();
    saved.code = "B-1";
    e = assertThrows(ValidationException.class, saved::fullClean);
    assertEquals(Map.of("code", List.of("Item with this Code already exists.")), e.messages());
  }

  /** A new object with the key of an existing row is a duplicate; a field that already failed is not queried. */
  @Test
  void theKeyOfANewObjectAndFieldsInErrorAsDjango() {
    Item first = item("bolt", "B-1");
    first.save();
    Item clash = item("nut", "N-1");
    clash.id = first.pk();
    ValidationException e = assertThrows(ValidationException.class, clash::fullClean);
    assertEquals(Map.of("id", List.of("Item with this Id already exists.")), e.messages());

    Item longCode = item("nut", "B-1" + "x".repeat(20));
    e = assertThrows(ValidationException.class, longCode::fullClean);
    assertEquals(Map.of("code", List.of("Ensure this value has at most 20 characters (it has 23).")), e.messages());
  }

  /** An unsaved related object is not NULL: fullClean leaves the refusal to save(). */
  @Test
  void anUnsavedRelatedObjectIsNotNull() {
    Item i = item("bolt", "B-1");
    i.shelf = new Shelf();
    i.fullClean();
  }
}
