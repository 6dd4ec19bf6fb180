package dev.tether.it.expressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Database;
import dev.tether.QuerySet;
import dev.tether.it.TestDatabases;
import dev.tether.path.NumberExpr;
import dev.tether.path.StringExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's {@code expressions.tests.BasicExpressionsTests}: {@code F()} comparisons on the model and
 * across relations, arithmetic, updates computed by the database (race-free), functions and
 * ordering with NULLs placed. Expected values from Django 3.2 on the same data.
 */
class ExpressionsTest {
  private Database db;
  private Employee joe;
  private Employee frank;
  private Employee max;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    joe = employee("Joe", "Smith", 10);
    frank = employee("Frank", "Meyer", 20);
    max = employee("Max", "Mustermann", 30);
    company("Example Inc.", 2300, 5, joe, null, false);
    company("Foobar Ltd.", 3, 4, frank, null, true);
    company("Test GmbH", 32, 1, max, max, false);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static Employee employee(String first, String last, Integer salary) {
    return Employee.objects.create(e -> {
      e.firstname = first;
      e.lastname = last;
      e.salary = salary;
    });
  }

  private static void company(String name, int employees, int chairs, Employee ceo, Employee contact, boolean eu) {
    Company.objects.create(c -> {
      c.name = name;
      c.numEmployees = employees;
      c.numChairs = chairs;
      c.ceo = ceo;
      c.pointOfContact = contact;
      c.basedInEu = eu;
    });
  }

  private static List<String> names(QuerySet<Company> qs) {
    List<String> out = new ArrayList<>();
    for (Company c : qs.orderBy(Company_.name.asc())) {
      out.add(c.name);
    }
    return out;
  }

  private static List<Integer> chairs() {
    List<Integer> out = new ArrayList<>();
    for (Company c : Company.objects.orderBy(Company_.name.asc())) {
      out.add(c.numChairs);
    }
    return out;
  }

  @Test
  void compareWithAnotherField() {
    assertEquals(List.of("Example Inc.", "Test GmbH"),
        names(Company.objects.filter(Company_.numEmployees.gt(Company_.numChairs))));
    assertEquals(List.of("Foobar Ltd."), names(Company.objects.filter(Company_.numChairs.gte(Company_.numEmployees))));
  }

  @Test
  void compareAcrossRelations() {
    assertEquals(List.of("Example Inc.", "Foobar Ltd.", "Test GmbH"),
        names(Company.objects.filter(Company_.ceo().salary.gt(Company_.numChairs))));
    assertEquals(List.of("Test GmbH"),
        names(Company.objects.filter(Company_.ceo().firstname.eq(Company_.pointOfContact().firstname))));
  }

  @Test
  void excludeKeepsDjangosNullRules() {
    // Django 3.2: NOT (ceo.firstname = poc.firstname): NULL for no contact, so no row
    assertEquals(List.of(), names(Company.objects.exclude(Company_.ceo().firstname.eq(Company_.pointOfContact().firstname))));
    // NOT (poc.salary > ceo.salary AND poc.salary IS NOT NULL AND ceo.salary IS NOT NULL): every row
    assertEquals(List.of("Example Inc.", "Foobar Ltd.", "Test GmbH"),
        names(Company.objects.exclude(Company_.pointOfContact().salary.gt(Company_.ceo().salary))));
  }

  @Test
  void arithmeticInFilters() {
    assertEquals(List.of("Example Inc.", "Test GmbH"),
        names(Company.objects.filter(Company_.numEmployees.gt(Company_.numChairs.times(10)))));
    assertEquals(List.of("Test GmbH"),
        names(Company.objects.filter(Company_.numChairs.lt(Company_.ceo().salary.div(5)))));
  }

  @Test
  void updateWithExpressions() {
    // update(num_chairs=F("num_employees") + 2 * F("num_employees")), then F("num_chairs") / 7 - 1
    Company.objects.update(Company_.numChairs.set(Company_.numEmployees.plus(Company_.numEmployees.times(2))));
    assertEquals(List.of(6900, 9, 96), chairs());
    Company.objects.update(Company_.numChairs.set(Company_.numChairs.div(7).minus(1)));
    assertEquals(List.of(984, 0, 12), chairs());
    Company.objects.filter(Company_.basedInEu.eq(true)).update(Company_.numChairs.set(Company_.numEmployees));
    assertEquals(List.of(984, 3, 12), chairs());
  }

  @Test
  void updateCannotReadOtherModels() {
    // Django: "Joined field references are not permitted in this query"
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Company.objects.update(Company_.numChairs.set(Company_.ceo().salary)));
    assertEquals("update() of Company.numChairs can use only Company's own columns, not ceo.salary", e.getMessage());
  }

  @Test
  void concurrentIncrementsLoseNothing() throws Exception {
    int threads = 8;
    int increments = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < increments; i++) {
            Company.objects.filter(Company_.name.eq("Test GmbH"))
                .update(Company_.numChairs.set(Company_.numChairs.plus(1)));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1 + threads * increments, Company.objects.get(Company_.name.eq("Test GmbH")).numChairs);
  }

  @Test
  void textFunctions() {
    assertEquals(List.of("Foobar Ltd."), names(Company.objects.filter(Company_.name.lower().startsWith("foo"))));
    NumberExpr<Company, Integer> length = Company_.name.length();
    List<String> lengths = new ArrayList<>();
    for (Company c : Company.objects.annotate(length).orderBy(Company_.name.asc())) {
      lengths.add(c.name + "=" + length.of(c));
    }
    assertEquals(List.of("Example Inc.=12", "Foobar Ltd.=11", "Test GmbH=9"), lengths);
    StringExpr<Company> ceoName = Company_.ceo().firstname.concat(" ").concat(Company_.ceo().lastname);
    StringExpr<Company> contact = Company_.pointOfContact().lastname.coalesce("none").upper();
    List<String> rows = new ArrayList<>();
    for (Company c : Company.objects.annotate(ceoName, contact).orderBy(Company_.name.asc())) {
      rows.add(ceoName.of(c) + "/" + contact.of(c));
    }
    assertEquals(List.of("Joe Smith/NONE", "Frank Meyer/NONE", "Max Mustermann/MUSTERMANN"), rows);
  }

  @Test
  void orderWithNullsPlaced() {
    List<String> out = new ArrayList<>();
    Company.objects.orderBy(Company_.pointOfContact().salary.desc().nullsLast(), Company_.name.asc())
        .forEach(c -> out.add(c.name));
    assertEquals(List.of("Test GmbH", "Example Inc.", "Foobar Ltd."), out);
    out.clear();
    Company.objects.orderBy(Company_.pointOfContact().salary.asc().nullsFirst(), Company_.name.desc())
        .forEach(c -> out.add(c.name));
    assertEquals(List.of("Foobar Ltd.", "Example Inc.", "Test GmbH"), out);
  }
}
