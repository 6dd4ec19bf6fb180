package dev.tether.it.through;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's {@code m2m_through.tests.M2mThroughReferentialTests}: self-relations through a model,
 * one-way ({@code symmetrical = false}), symmetrical (Django's default for {@code "self"}), and
 * one chosen with {@code throughFields}; and {@code M2mThroughToFieldsTests}.
 */
class ThroughReferentialTest {
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() {
    if (db != null) { // null when the database was not reachable (the test was skipped)
      db.close();
    }
  }

  private static PersonSelfRefM2M person(String name) {
    return PersonSelfRefM2M.objects.create(p -> p.name = name);
  }

  @Test
  void selfReferentialEmptyQs() {
    PersonSelfRefM2M tony = person("Tony");
    assertEquals(List.of(), tony.friends().list());
    assertEquals(List.of(), tony.symFriends().list());
  }

  private static void friendship(PersonSelfRefM2M first, PersonSelfRefM2M second) {
    Friendship.objects.create(f -> {
      f.first = first;
      f.second = second;
      f.dateFriended = java.time.LocalDateTime.now();
    });
  }

  @Test
  void selfReferentialNonSymmetricalFirstSide() {
    PersonSelfRefM2M tony = person("Tony");
    PersonSelfRefM2M chris = person("Chris");
    friendship(tony, chris);
    assertEquals(List.of("Chris"), ThroughFixture.names(tony.friends().list()));
  }

  @Test
  void selfReferentialNonSymmetricalSecondSide() {
    PersonSelfRefM2M tony = person("Tony");
    PersonSelfRefM2M chris = person("Chris");
    friendship(tony, chris);
    assertEquals(List.of(), chris.friends().list());
    // the reverse side of a one-way relation (Django's chris.personselfrefm2m_set)
    assertEquals(List.of(tony), chris.personSelfRefM2MSet().list());
  }

  @Test
  void selfReferentialNonSymmetricalClearFirstSide() {
    PersonSelfRefM2M tony = person("Tony");
    PersonSelfRefM2M chris = person("Chris");
    friendship(tony, chris);
    chris.friends().clear();
    assertEquals(List.of(), chris.friends().list());
    // Since this isn't a symmetrical relation, Tony's friend link still exists.
    assertEquals(List.of("Chris"), ThroughFixture.names(tony.friends().list()));
  }

  @Test
  void selfReferentialNonSymmetricalBoth() {
    PersonSelfRefM2M tony = person("Tony");
    PersonSelfRefM2M chris = person("Chris");
    friendship(tony, chris);
    friendship(chris, tony);
    assertEquals(List.of("Chris"), ThroughFixture.names(tony.friends().list()));
    assertEquals(List.of("Tony"), ThroughFixture.names(chris.friends().list()));
  }

  @Test
  void nonSymmetricalAddWritesOneRow() {
    PersonSelfRefM2M tony = person("Tony");
    PersonSelfRefM2M chris = person("Chris");
    try (CapturedQueries q = db.captureQueries()) {
      tony.friends().add(chris, f -> f.dateFriended = java.time.LocalDateTime.of(2017, 1, 3, 0, 0));
      assertEquals(2, q.count(), q.toString());
    }
    assertEquals(List.of(chris), tony.friends().list());
    assertEquals(List.of(), chris.friends().list());
    assertEquals(1, Friendship.objects.count());
  }

  @Test
  void selfReferentialSymmetrical() {
    PersonSelfRefM2M tony = person("Tony");
    PersonSelfRefM2M chris = person("Chris");
    SymmetricalFriendship.objects.create(f -> {
      f.first = tony;
      f.second = chris;
      f.dateFriended = LocalDate.now();
    });
    assertEquals(List.of(chris), tony.symFriends().list());
    // Manually created symmetrical m2m relation doesn't add mirror entry automatically.
    assertEquals(List.of(), chris.symFriends().list());
    SymmetricalFriendship.objects.create(f -> {
      f.first = chris;
      f.second = tony;
      f.dateFriended = LocalDate.now();
    });
    assertEquals(List.of(tony), chris.symFriends().list());
  }

  @Test
  void addOnSymmetricalM2mWithIntermediateModel() {
    PersonSelfRefM2M tony = person("Tony");
    PersonSelfRefM2M chris = person("Chris");
    LocalDate dateFriended = LocalDate.of(2017, 1, 3);
    try (CapturedQueries q = db.captureQueries()) {
      tony.symFriends().add(chris, f -> f.dateFriended = dateFriended);
      // Django: SELECT + INSERT each way
      assertEquals(4, q.count(), q.toString());
    }
    assertEquals(List.of(chris), tony.symFriends().list());
    assertEquals(List.of(tony), chris.symFriends().list());
    SymmetricalFriendship friendship = tony.symmetricalFriendshipSet().get();
    assertEquals(dateFriended, friendship.dateFriended);
  }

  @Test
  void setOnSymmetricalM2mWithIntermediateModel() {
    PersonSelfRefM2M tony = person("Tony");
    PersonSelfRefM2M chris = person("Chris");
    PersonSelfRefM2M anne = person("Anne");
    PersonSelfRefM2M kate = person("Kate");
    LocalDate dateFriendedAdd = LocalDate.of(2013, 1, 5);
    LocalDate dateFriendedSet = LocalDate.now();
    tony.symFriends().add(List.of(anne, chris), f -> f.dateFriended = dateFriendedAdd);
    tony.symFriends().set(List.of(anne, kate), f -> f.dateFriended = dateFriendedSet);
    assertEquals(List.of(anne, kate), tony.symFriends().list());
    assertEquals(List.of(tony), anne.symFriends().list());
    assertEquals(List.of(tony), kate.symFriends().list());
    assertEquals(dateFriendedSet, kate.symmetricalFriendshipSet().get().dateFriended);
    // Date is preserved.
    assertEquals(dateFriendedAdd, anne.symmetricalFriendshipSet().get().dateFriended);
    // Recreate relationship.
    tony.symFriends().set(List.of(anne), true, f -> f.dateFriended = dateFriendedSet);
    assertEquals(List.of(anne), tony.symFriends().list());
    assertEquals(List.of(tony), anne.symFriends().list());
    assertEquals(dateFriendedSet, anne.symmetricalFriendshipSet().get().dateFriended);
  }

  @Test
  void throughFieldsSelfReferential() {
    Employee john = Employee.objects.create(e -> e.name = "john");
    Employee peter = Employee.objects.create(e -> e.name = "peter");
    Employee mary = Employee.objects.create(e -> e.name = "mary");
    Employee harry = Employee.objects.create(e -> e.name = "harry");
    for (Employee[] r : new Employee[][] {{peter, null}, {mary, null}, {harry, peter}}) {
      Relationship.objects.create(x -> {
        x.source = john;
        x.target = r[0];
        x.another = r[1];
      });
    }
    assertEquals(List.of("peter", "mary", "harry"), ThroughFixture.names(john.subordinates().list()));
  }

  @Test
  void toFieldKeys() {
    // Django's M2mThroughToFieldsTests: the through keys store Ingredient.iname and Recipe.rname
    Ingredient pea = Ingredient.objects.create(i -> i.iname = "pea");
    Ingredient potato = Ingredient.objects.create(i -> i.iname = "potato");
    Ingredient tomato = Ingredient.objects.create(i -> i.iname = "tomato");
    Recipe curry = Recipe.objects.create(r -> r.rname = "curry");
    for (Ingredient i : List.of(potato, pea, tomato)) {
      RecipeIngredient.objects.create(ri -> {
        ri.recipe = curry;
        ri.ingredient = i;
      });
    }
    assertEquals(List.of(pea, potato, tomato), curry.ingredients().list());
    assertEquals(curry, tomato.recipes().get());
    // the managers write what the keys store
    Recipe soup = Recipe.objects.create(r -> r.rname = "soup");
    soup.ingredients().add(tomato, pea);
    assertEquals(List.of(pea, tomato), soup.ingredients().list());
    assertEquals(List.of("pea", "tomato"), dev.tether.it.Raw.rows(db,
        "SELECT ingredient_id FROM m2m_through_recipeingredient WHERE recipe_id = 'soup' ORDER BY ingredient_id")
        .stream().map(r -> r.get(0).toString()).toList());
    soup.ingredients().remove(pea);
    assertEquals(List.of(tomato), soup.ingredients().list());
    assertEquals(1, soup.ingredients().count());
    assertEquals(List.of(curry, soup), tomato.recipes().list());
  }
}
