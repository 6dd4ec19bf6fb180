package dev.tether.it.expressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raw SQL: Django's {@code Manager.raw()} (rows to objects by column name) and
 * {@code cursor.execute()}, inside Tether's transaction, every value bound.
 */
class RawSqlTest {
  private Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    Employee joe = Employee.objects.create(e -> {
      e.firstname = "Joe";
      e.lastname = "Smith";
      e.salary = 10;
    });
    String[] names = {"Example Inc.", "Foobar Ltd.", "Test GmbH"};
    int[] employees = {2300, 3, 32};
    for (int i = 0; i < names.length; i++) {
      int n = i;
      Company.objects.create(c -> {
        c.name = names[n];
        c.numEmployees = employees[n];
        c.numChairs = 1;
        c.ceo = joe;
      });
    }
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static List<String> names(List<Company> cs) {
    List<String> out = new ArrayList<>();
    cs.forEach(c -> out.add(c.name + "/" + c.numEmployees));
    return out;
  }

  @Test
  void rawMapsColumnsByName() {
    assertEquals(List.of("Example Inc./2300", "Test GmbH/32"), names(Company.objects.raw(
        "SELECT * FROM expressions_company WHERE num_employees > ? ORDER BY name", 10)));
    // any column order
    List<Company> cs = Company.objects.raw("SELECT based_in_eu, point_of_contact_id, ceo_id, num_chairs, "
        + "num_employees, name, id FROM expressions_company WHERE name = ?", "Foobar Ltd.");
    assertEquals(List.of("Foobar Ltd./3"), names(cs));
    assertEquals("Joe", cs.get(0).ceo().firstname);
    // values are bound, never spliced
    assertEquals(List.of(), Company.objects.raw("SELECT * FROM expressions_company WHERE name = ?", "x' OR '1'='1"));
  }

  @Test
  void unknownAndMissingColumnsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Company.objects.raw(
        "SELECT c.*, 1 AS extra FROM expressions_company c"));
    assertEquals("raw() for Company: columns Company has no field for: extra", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Company.objects.raw(
        "SELECT id, name FROM expressions_company"));
    assertEquals("raw() for Company: missing columns of Company: num_employees, num_chairs, ceo_id, "
        + "point_of_contact_id, based_in_eu", e.getMessage());
  }

  @Test
  void executeAndQueryRunInTheCurrentTransaction() {
    assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
      assertEquals(1, db.execute("UPDATE expressions_company SET num_chairs = ? WHERE name = ?", 99, "Test GmbH"));
      assertEquals(99, Company.objects.get(Company_.name.eq("Test GmbH")).numChairs);
      throw new IllegalStateException("roll back");
    }));
    assertEquals(List.of(1), db.query("SELECT num_chairs FROM expressions_company WHERE name = ?",
        List.of("Test GmbH"), rs -> rs.getInt(1)));
    assertEquals(List.of("Example Inc.", "Foobar Ltd."), db.query(
        "SELECT name FROM expressions_company WHERE num_employees <> ? ORDER BY name", List.of(32),
        rs -> rs.getString(1)));
  }
}
