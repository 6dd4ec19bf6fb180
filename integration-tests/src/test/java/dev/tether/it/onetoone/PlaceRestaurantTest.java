package dev.tether.it.onetoone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.DeleteResult;
import dev.tether.IntegrityException;
import dev.tether.ObjectDoesNotExist;
import dev.tether.it.Catalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Django's {@code one_to_one} tests: Place, Restaurant, Bar, UndergroundBar and Waiter. */
class PlaceRestaurantTest extends PlaceFixture {
  @Test
  void getter() {
    // A Restaurant can access its place.
    assertEquals("Demon Dogs the place", r1.place().toString());
    // A Place can access its restaurant, if available.
    assertEquals("Demon Dogs the restaurant", p1.restaurant().toString());
    // p2 doesn't have an associated restaurant.
    Restaurant.DoesNotExist e = assertThrows(Restaurant.DoesNotExist.class, p2::restaurant);
    assertTrue(e.getMessage().contains("Place has no restaurant"), e.getMessage());
    assertInstanceOf(ObjectDoesNotExist.class, e);
  }

  /**
   * Django's {@code RelatedObjectDoesNotExist} both ways: a subclass of the target's
   * {@code DoesNotExist} named "Model has no field.", raised without a query when nothing is set.
   */
  @Test
  void relatedObjectDoesNotExist() {
    Restaurant.RelatedObjectDoesNotExist reverse =
        assertThrows(Restaurant.RelatedObjectDoesNotExist.class, p2::restaurant);
    assertEquals("Place has no restaurant.", reverse.getMessage());
    assertInstanceOf(Restaurant.DoesNotExist.class, reverse);
    try (dev.tether.CapturedQueries q = db.captureQueries()) {
      Place.RelatedObjectDoesNotExist forward =
          assertThrows(Place.RelatedObjectDoesNotExist.class, () -> new Restaurant().place());
      assertEquals("Restaurant has no place.", forward.getMessage());
      assertInstanceOf(Place.DoesNotExist.class, forward);
      // an unsaved place has no restaurant, without a query either
      assertThrows(Restaurant.RelatedObjectDoesNotExist.class, () -> new Place().restaurant());
      assertEquals(0, q.count(), q.toString());
    }
  }

  @Test
  void setter() {
    // Django moves Restaurant (primary_key=True); here the plain one-to-one Bar moves instead
    b1.place = p2;
    b1.save();
    assertEquals("Ace Hardware the bar", Place.objects.get(Place_.id.eq(p2.id())).bar().toString());
    assertEquals("Ace Hardware the place", b1.place().toString());
    assertThrows(Bar.DoesNotExist.class, () -> Place.objects.get(Place_.id.eq(p1.id())).bar());
  }

  @Test
  void managerAll() {
    // Restaurant.objects.all() just returns the Restaurants, not the Places.
    assertEquals(List.of("Demon Dogs the restaurant"), names(Restaurant.objects.all()));
    // Place.objects.all() returns all Places, regardless of whether they have Restaurants.
    assertEquals(List.of("Ace Hardware the place", "Demon Dogs the place"),
        names(Place.objects.orderBy(Place_.name.asc())));
  }

  @Test
  void managerGet() {
    for (var q : List.of(Restaurant_.place().id.eq(p1.id()), Restaurant_.place().eq(p1.id()),
        Restaurant_.place().eq(p1), Restaurant_.place().in(p1), Restaurant_.place().name.startsWith("Demon"))) {
      assertEquals("Demon Dogs the restaurant", Restaurant.objects.get(q).toString(), q.toString());
    }
    for (var q : List.of(Place_.restaurant().place().eq(p1.id()), Place_.restaurant().place().eq(p1),
        Place_.restaurant().place().id.eq(p1.id()), Place_.restaurant().eq(r1.id()), Place_.restaurant().eq(r1),
        Place_.restaurant().id.eq(r1.id()), Place_.id.eq(p1.id()))) {
      assertEquals("Demon Dogs the place", Place.objects.get(q).toString(), q.toString());
    }
  }

  @Test
  void foreignKey() {
    // Add a Waiter to the Restaurant.
    Waiter w = r1.waiterSet().create(x -> x.name = "Joe");
    assertEquals("Joe the waiter at Demon Dogs the restaurant", w.toString());
    for (var q : List.of(Waiter_.restaurant().place().eq(p1.id()), Waiter_.restaurant().place().eq(p1),
        Waiter_.restaurant().place().id.eq(p1.id()), Waiter_.restaurant().eq(r1.id()), Waiter_.restaurant().eq(r1),
        Waiter_.restaurant().id.eq(r1.id()), Waiter_.id.eq(w.id()))) {
      assertEquals(List.of("Joe the waiter at Demon Dogs the restaurant"), names(Waiter.objects.filter(q)), q.toString());
    }
    // Delete the restaurant; the waiter should also be removed
    DeleteResult r = Restaurant.objects.get(Restaurant_.id.eq(r1.id())).delete();
    assertEquals(Map.of("Restaurant", 1, "Waiter", 1), r.perModel());
    assertEquals(0, Waiter.objects.count());
    assertEquals(2, Place.objects.count());
  }

  @Test
  void eachOneToOneIsUnique() {
    // a second Bar for p1: the column is UNIQUE
    assertThrows(IntegrityException.class, () -> Bar.objects.create(b -> b.place = p1));
    assertEquals(1, Bar.objects.count());
    assertEquals(Map.of(List.of("place_id"), true), Catalog.of(db).indexes("one_to_one_bar"), "a UNIQUE index on place_id");
    // but another place may have its own
    Bar.objects.create(b -> b.place = p2);
    assertEquals(2, Bar.objects.count());
  }

  @Test
  void unsavedForwardObjectIsRefused() {
    Place place = new Place();
    place.name = "User";
    place.address = "London";
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Restaurant.objects.create(r -> {
      r.place = place;
      r.servesHotDogs = true;
    }));
    assertTrue(e.getMessage().contains("place"), e.getMessage());
    assertEquals(1, Restaurant.objects.count());
    assertEquals(2, Place.objects.count());
  }

  @Test
  void reverseOnAnUnsavedObjectIsDoesNotExist() {
    // Django (#10811, #18153): an unsaved place has no restaurant; no query, no ValueError
    Place place = new Place();
    place.name = "User";
    place.address = "London";
    assertThrows(Restaurant.DoesNotExist.class, place::restaurant);
    UndergroundBar.objects.create(u -> u.servesCocktails = true);   // one with a NULL place
    assertThrows(UndergroundBar.DoesNotExist.class, place::undergroundBar);
  }

  @Test
  void reverseRelationshipCacheDoesNotCascade() {
    // #9023: reading the reverse relation before unsetting it must not make the delete cascade
    UndergroundBar bar = UndergroundBar.objects.create(u -> {
      u.place = p1;
      u.servesCocktails = false;
    });
    p1.undergroundBar();
    bar.place().name = "foo";
    bar.place = null;
    bar.save();
    p1.delete();
    assertEquals(1, Place.objects.count());
    assertEquals(1, UndergroundBar.objects.count());
  }

  @Test
  void filterOnTheReverseOneToOne() {
    // #9968
    assertEquals(List.of("Ace Hardware the place"), names(Place.objects.filter(Place_.restaurant().isNull(true))));
    assertEquals(List.of("Demon Dogs the place"), names(Place.objects.exclude(Place_.restaurant().isNull(true))));
    assertEquals(List.of("Demon Dogs the place"), names(Place.objects.filter(Place_.bar().servesCocktails.eq(false))));
    assertEquals(List.of(), names(Place.objects.filter(Place_.restaurant().servesPizza.eq(true))));
  }

  @Test
  void deleteThroughTheOneToOne() {
    DeleteResult r = Restaurant.objects.filter(Restaurant_.place().name.eq("Demon Dogs")).delete();
    assertEquals(1, r.total());
    assertEquals(Map.of("Restaurant", 1), r.perModel());
    // deleting a place cascades to its restaurant and bar, and SET_NULLs its underground bar
    UndergroundBar u = UndergroundBar.objects.create(x -> x.place = p2);
    r = p1.delete();
    assertEquals(Map.of("Place", 1, "Bar", 1), r.perModel());
    r = p2.delete();
    assertEquals(Map.of("Place", 1), r.perModel());
    assertNull(UndergroundBar.objects.get(UndergroundBar_.id.eq(u.id())).place());
  }

  @Test
  void nullableOneToOneDelete() {
    UndergroundBar u = UndergroundBar.objects.create(x -> x.place = p1);
    u.setPlaceId(null);
    u.save();
    p1.delete();
    assertTrue(UndergroundBar.objects.filter(UndergroundBar_.id.eq(u.id())).exists());
    assertNull(UndergroundBar.objects.get(UndergroundBar_.id.eq(u.id())).place());
  }

  @Test
  void relatedPkSubquery() {
    Restaurant r = Restaurant.objects.first().orElseThrow();
    assertEquals(List.of("Demon Dogs the restaurant"), names(Restaurant.objects.filter(Restaurant_.place().in(
        Place.objects.all()))));
    assertEquals(List.of("Demon Dogs the restaurant"), names(Restaurant.objects.filter(Restaurant_.place().in(
        Place.objects.filter(Place_.id.eq(r.placeId()))))));
    assertEquals(List.of("Demon Dogs the place"), names(Place.objects.filter(Place_.restaurant().in(
        Restaurant.objects.filter(Restaurant_.servesHotDogs.eq(true))))));
  }
}
