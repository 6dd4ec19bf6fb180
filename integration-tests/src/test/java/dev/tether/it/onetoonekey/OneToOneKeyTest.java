package dev.tether.it.onetoonekey;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Django's {@code one_to_one} tests of {@code OneToOneField(primary_key=True)}: Restaurant's key is
 * its place's key ({@code place_id}).
 */
class OneToOneKeyTest {
  Database db;
  Place p1;
  Place p2;
  Restaurant r1;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    p1 = place("Demon Dogs", "944 W. Fullerton");
    p2 = place("Ace Hardware", "1013 N. Ashland");
    r1 = Restaurant.objects.create(r -> {
      r.place = p1;
      r.servesHotDogs = true;
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Place place(String name, String address) {
    return Place.objects.create(p -> {
      p.name = name;
      p.address = address;
    });
  }

  @Test
  void theKeyIsThePlacesKey() {
    assertEquals(p1.pk(), r1.pk());
    assertEquals(p1.id(), r1.placeId());
    // the key column is place_id: the place's key, nothing else
    assertEquals(p1.pk(), Raw.number(db, "SELECT place_id FROM o2o_key_restaurant"));
  }

  @Test
  void getter() {
    assertEquals("Demon Dogs the place", r1.place().toString());
    assertEquals("Demon Dogs the restaurant", p1.restaurant().toString());
    Restaurant.DoesNotExist e = assertThrows(Restaurant.DoesNotExist.class, p2::restaurant);
    assertEquals("Place has no restaurant.", e.getMessage());
  }

  @Test
  void createIsOneInsert() {
    // Django's create() is save(force_insert=True): one INSERT, no UPDATE first
    Place p = place("Zombie Cats", "Not sure");
    try (CapturedQueries q = db.captureQueries()) {
      Restaurant.objects.create(r -> r.place = p);
      assertEquals(1, q.count(), q.sql().toString());
      assertTrue(q.sql().get(0).startsWith("INSERT"), q.sql().toString());
    }
  }

  @Test
  void saveOfANewObjectWithAKeyUpdatesThenInserts() {
    // Django's save() of an object whose key is set and has no default: UPDATE, then INSERT when no row changed
    Place p = place("Zombie Cats", "Not sure");
    Restaurant r = new Restaurant();
    r.place = p;
    try (CapturedQueries q = db.captureQueries()) {
      r.save();
      assertEquals(2, q.count(), q.sql().toString());
      assertTrue(q.sql().get(0).startsWith("UPDATE") && q.sql().get(1).startsWith("INSERT"), q.sql().toString());
    }
    assertEquals(p.pk(), r.pk());
    assertSame(p, r.place()); // the object stays after the save
    // an existing row: one UPDATE
    r.servesPizza = true;
    try (CapturedQueries q = db.captureQueries()) {
      r.save();
      assertEquals(1, q.count());
    }
    assertTrue(Restaurant.objects.get(Restaurant_.place().eq(p.pk())).servesPizza);
  }

  @Test
  void setter() {
    // Django: "Because place is the primary key on Restaurant, the save will create a new restaurant"
    r1.place = p2;
    r1.save();
    assertEquals("Ace Hardware the restaurant", p2.restaurant().toString());
    assertEquals("Ace Hardware the place", r1.place().toString());
    assertEquals(p2.pk(), r1.pk());
    assertEquals(2, Restaurant.objects.count());
    Restaurant r = Restaurant.objects.get(Restaurant_.place().eq(p1.id()));
    assertEquals("Demon Dogs the place", r.place().toString());
  }

  @Test
  void managerGet() {
    String expected = "Demon Dogs the restaurant";
    assertEquals(expected, Restaurant.objects.get(Restaurant_.place().id.eq(p1.pk())).toString());
    assertEquals(expected, Restaurant.objects.get(Restaurant_.place().eq(p1.pk())).toString());
    assertEquals(expected, Restaurant.objects.get(Restaurant_.place().eq(p1)).toString());
    assertEquals(expected, Restaurant.objects.get(Restaurant_.place().name.startsWith("Demon")).toString());
    assertEquals("Demon Dogs the place", Place.objects.get(Place_.restaurant().eq(r1)).toString());
    assertEquals("Demon Dogs the place", Place.objects.get(Place_.restaurant().eq(p1.pk())).toString());
    assertEquals("Demon Dogs the place", Place.objects.get(Place_.restaurant().place().eq(p1)).toString());
  }

  @Test
  void getByKeyIsOneQueryWithoutAJoin() {
    try (CapturedQueries q = db.captureQueries()) {
      Restaurant r = Restaurant.objects.get(Restaurant_.place().eq(p1.pk()));
      assertEquals(p1.pk(), r.pk());
      assertEquals(1, q.count());
      assertTrue(!q.sql().get(0).contains("JOIN"), q.sql().get(0));
    }
  }

  @Test
  void foreignKeyToAModelKeyedByAOneToOne() {
    Waiter w = r1.waiterSet().create(x -> x.name = "Joe");
    assertEquals("Joe the waiter at Demon Dogs the restaurant", w.toString());
    assertEquals(p1.pk(), w.restaurantId());
    for (var cond : List.of(Waiter_.restaurant().place().eq(p1.pk()), Waiter_.restaurant().place().eq(p1),
        Waiter_.restaurant().eq(r1), Waiter_.restaurant().eq(r1.pk()), Waiter_.id.eq(w.pk()))) {
      assertEquals(List.of("Joe the waiter at Demon Dogs the restaurant"),
          Raw.names(Waiter.objects.filter(cond).list()));
    }
    // delete the restaurant; the waiter is removed too
    DeleteResult d = Restaurant.objects.get(Restaurant_.place().eq(r1.pk())).delete();
    assertEquals(Map.of("Restaurant", 1, "Waiter", 1), d.perModel());
    assertEquals(0, Waiter.objects.count());
  }

  @Test
  void deletingThePlaceCascades() {
    r1.waiterSet().create(x -> x.name = "Joe");
    DeleteResult d = p1.delete();
    assertEquals(3, d.total());
    assertEquals(Map.of("Place", 1, "Restaurant", 1, "Waiter", 1), d.perModel());
    assertEquals(0, Restaurant.objects.count());
    assertEquals(1, Place.objects.count());
  }

  @Test
  void o2oPrimaryKeyDelete() {
    // Django's test_o2o_primary_key_delete
    Target t = Target.objects.create(x -> x.name = "name");
    Pointer.objects.create(x -> x.other = t);
    DeleteResult d = Pointer.objects.filter(Pointer_.other().name.eq("name")).delete();
    assertEquals(1, d.total());
    assertEquals(Map.of("Pointer", 1), d.perModel());
  }

  @Test
  void filterOneToOneRelations() {
    // Django's test_filter_one_to_one_relations (#9968): the reverse of a key one-to-one
    Target.objects.create(x -> x.name = "");
    assertEquals(1, Target.objects.filter(Target_.pointer().isNull(true)).count());
    assertEquals(0, Target.objects.exclude(Target_.pointer().isNull(true)).count());
  }

  @Test
  void unsavedObject() {
    Place place = new Place();
    place.name = "User";
    place.address = "London";
    assertThrows(Restaurant.DoesNotExist.class, place::restaurant);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Restaurant.objects.create(r -> r.place = place));
    assertTrue(e.getMessage().startsWith("save() prohibited to prevent data loss due to unsaved related Place"),
        e.getMessage());
    assertEquals(1, Restaurant.objects.count());
  }

  @Test
  void selectRelatedAndPrefetch() {
    Restaurant.objects.create(r -> r.place = p2);
    try (CapturedQueries q = db.captureQueries()) {
      List<Restaurant> rs = Restaurant.objects.selectRelated(Restaurant_.place()).orderBy(Restaurant_.place().id.asc()).list();
      assertEquals(List.of("Demon Dogs the place", "Ace Hardware the place"),
          Raw.names(rs.stream().map(Restaurant::place).toList()));
      assertEquals(List.of(p1.pk(), p2.pk()), rs.stream().map(Restaurant::pk).toList());
      assertEquals(1, q.count());
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<Place> ps = Place.objects.prefetchRelated(Place_.restaurant()).orderBy(Place_.id.asc()).list();
      assertEquals(List.of("Demon Dogs the restaurant", "Ace Hardware the restaurant"),
          Raw.names(ps.stream().map(Place::restaurant).toList()));
      assertEquals(2, q.count());
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<Restaurant> rs = Restaurant.objects.prefetchRelated(Restaurant_.place()).orderBy(Restaurant_.place().id.asc()).list();
      assertEquals("Ace Hardware the place", rs.get(1).place().toString());
      assertEquals(2, q.count());
    }
  }

  @Test
  void createModelsM2m() {
    // Django's test_create_models_m2m (#1064, #1506): a many-to-many to a model keyed by a one-to-one
    Favorites f = Favorites.objects.create(x -> x.name = "Fred");
    f.restaurants().set(List.of(r1));
    assertEquals(List.of("Demon Dogs the restaurant"), Raw.names(f.restaurants().list()));
    assertEquals(List.of(List.of(p1.pk())), Raw.rows(db, "SELECT restaurant_id FROM o2o_key_favorites_restaurants")
        .stream().map(r -> List.of(((Number) r.get(0)).longValue())).toList());
    assertEquals(List.of("Fred"), Raw.names(Favorites.objects.filter(Favorites_.restaurants().place().eq(p1)).list()));
    // deleting the place cascades to the restaurant and its join rows
    DeleteResult d = p1.delete();
    assertEquals(Map.of("Place", 1, "Restaurant", 1, "Favorites_restaurants", 1), d.perModel());
    assertEquals(0, f.restaurants().count());
  }

  @Test
  void refreshAndDeleteOfTheRestaurant() {
    Restaurant r = Restaurant.objects.get(Restaurant_.place().eq(p1.pk()));
    r.servesPizza = true;
    r.refreshFromDb();
    assertEquals(false, r.servesPizza);
    r.delete();
    assertNull(r.pk()); // as Django sets pk (place_id) to None
    assertEquals(0, Restaurant.objects.count());
    assertEquals(2, Place.objects.count());
  }
}
