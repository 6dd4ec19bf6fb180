package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import dev.tether.DeleteResult;
import dev.tether.MultipleObjectsReturned;
import dev.tether.ObjectDoesNotExist;
import dev.tether.QuerySet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ordering, slicing and the terminal methods of a query set. */
class QuerySetTest {
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.openMemory();
    db.migrate();
    Database.setDefault(db);
    // created out of every order the tests check
    entry("c", LocalDate.of(2005, 7, 28), 2);
    entry("a", LocalDate.of(2005, 7, 29), 3);
    entry("e", LocalDate.of(2005, 7, 27), 1);
    entry("b", LocalDate.of(2005, 7, 28), 3);
    entry("d", LocalDate.of(2005, 7, 30), 1);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static void entry(String headline, LocalDate pub, int rating) {
    Entry.objects.create(e -> {
      e.headline = headline;
      e.pubDate = pub;
      e.rating = rating;
    });
  }

  static List<String> headlines(Iterable<Entry> qs) {
    List<String> out = new ArrayList<>();
    for (Entry e : qs) {
      out.add(e.headline);
    }
    return out;
  }

  @Test
  void defaultOrderingIsTheModelsMetaOrdering() {
    // -pubDate, then headline for the two entries of 2005-07-28
    assertEquals(List.of("d", "a", "b", "c", "e"), headlines(Entry.objects.all()));
    assertEquals(List.of("d", "a", "b", "c", "e"), headlines(Entry.objects.filter(Entry_.rating.gte(0))));
  }

  @Test
  void orderByReplacesTheDefault() {
    assertEquals(List.of("a", "b", "c", "d", "e"), headlines(Entry.objects.orderBy(Entry_.headline.asc())));
    assertEquals(List.of("e", "d", "c", "b", "a"), headlines(Entry.objects.orderBy(Entry_.headline.desc())));
    assertEquals(List.of("e", "d", "c", "b", "a"),
        headlines(Entry.objects.orderBy(Entry_.rating.asc(), Entry_.headline.desc())));
    assertEquals(List.of("a", "b", "c", "d", "e"),
        headlines(Entry.objects.orderBy(Entry_.rating.desc()).orderBy(Entry_.headline.asc())));
    assertEquals(List.of("e", "b", "c", "a", "d"),
        headlines(Entry.objects.orderBy(Entry_.pubDate.asc(), Entry_.rating.desc())));
    // orderBy() with no terms clears the ordering, the default included (Django's order_by())
    assertFalse(Entry.objects.orderBy().sql().contains("ORDER BY"), Entry.objects.orderBy().sql());
    assertTrue(Entry.objects.all().sql().contains("ORDER BY"), Entry.objects.all().sql());
  }

  @Test
  void distinct() {
    QuerySet<Entry> qs = Entry.objects.filter(Entry_.rating.eq(3)).distinct();
    assertTrue(qs.sql().contains("DISTINCT"), qs.sql());
    assertEquals(List.of("a", "b"), headlines(qs));
    assertEquals(2, qs.count());
    assertEquals(5, Entry.objects.distinct().count());
  }

  @Test
  void limitOffsetAndTheirComposition() {
    QuerySet<Entry> byHeadline = Entry.objects.orderBy(Entry_.headline.asc());
    assertEquals(List.of("a", "b"), headlines(byHeadline.limit(2)));
    assertEquals(List.of("c", "d", "e"), headlines(byHeadline.offset(2)));
    assertEquals(List.of("b", "c"), headlines(byHeadline.offset(1).limit(2)));
    // qs[:4][1:] is qs[1:4]
    assertEquals(List.of("b", "c", "d"), headlines(byHeadline.limit(4).offset(1)));
    assertEquals(List.of("a", "b"), headlines(byHeadline.limit(2).limit(10)));
    assertEquals(List.of("a"), headlines(byHeadline.limit(10).limit(1)));
    assertEquals(List.of("d", "e"), headlines(byHeadline.offset(1).offset(2)));
    assertEquals(List.of(), headlines(byHeadline.limit(0)));
    assertEquals(List.of(), headlines(byHeadline.limit(2).offset(2)));
    assertEquals(2, byHeadline.limit(2).count());
    assertEquals(3, byHeadline.offset(2).count());
    assertEquals(1, byHeadline.limit(4).offset(3).count());
    assertTrue(byHeadline.offset(4).exists());
    assertFalse(byHeadline.offset(5).exists());
    assertEquals(List.of("d", "a"), headlines(Entry.objects.limit(2)));
  }

  @Test
  void slicedQuerySetsRefuseFilteringAndDeleting() {
    QuerySet<Entry> sliced = Entry.objects.limit(2);
    assertThrows(IllegalStateException.class, () -> sliced.filter(Entry_.rating.eq(1)));
    assertThrows(IllegalStateException.class, () -> sliced.exclude(Entry_.rating.eq(1)));
    assertThrows(IllegalStateException.class, () -> Entry.objects.offset(1).filter(Entry_.rating.eq(1)));
    assertThrows(IllegalStateException.class, sliced::delete);
    assertThrows(IllegalStateException.class, () -> Entry.objects.offset(1).delete());
    assertThrows(IllegalStateException.class, () -> sliced.orderBy(Entry_.headline.asc()));
    assertThrows(IllegalStateException.class, sliced::last);
    assertThrows(IllegalStateException.class, () -> sliced.update(Entry_.rating.set(0)));
    assertEquals(5, Entry.objects.count());
  }

  @Test
  void countExistsFirstLast() {
    assertEquals(5, Entry.objects.count());
    assertEquals(2, Entry.objects.filter(Entry_.rating.eq(1)).count());
    assertTrue(Entry.objects.filter(Entry_.headline.eq("a")).exists());
    assertFalse(Entry.objects.filter(Entry_.headline.eq("z")).exists());
    // by the default ordering
    assertEquals("d", Entry.objects.first().orElseThrow().headline);
    assertEquals("e", Entry.objects.last().orElseThrow().headline);
    assertEquals("a", Entry.objects.orderBy(Entry_.headline.asc()).first().orElseThrow().headline);
    assertEquals("e", Entry.objects.orderBy(Entry_.headline.asc()).last().orElseThrow().headline);
    assertEquals(Optional.empty(), Entry.objects.filter(Entry_.headline.eq("z")).first());
    assertEquals(Optional.empty(), Entry.objects.filter(Entry_.headline.eq("z")).last());
    // first() of a slice is the slice's first row: Django's qs[2:].first()
    assertEquals("c", Entry.objects.orderBy(Entry_.headline.asc()).offset(2).first().orElseThrow().headline);
    assertEquals(Optional.empty(), Entry.objects.orderBy(Entry_.headline.asc()).limit(0).first());
    assertFalse(Entry.objects.limit(0).exists());
    assertEquals(0, Entry.objects.limit(0).count());
  }

  @Test
  void firstAndLastOfAnUnorderedSetGoByPrimaryKey() {
    // rows stored in insertion order (rowid), so only ORDER BY code gives DE first and US last
    for (String[] c : new String[][] {{"US", "United States"}, {"FR", "France"}, {"DE", "Germany"},
        {"JP", "Japan"}}) {
      Country.objects.create(x -> {
        x.code = c[0];
        x.name = c[1];
      });
    }
    assertEquals("DE", Country.objects.first().orElseThrow().code);
    assertEquals("US", Country.objects.last().orElseThrow().code);
    assertEquals("FR", Country.objects.filter(Country_.code.ne("DE")).first().orElseThrow().code);
    assertEquals("JP", Country.objects.filter(Country_.name.contains("a"), Country_.code.ne("US"))
        .last().orElseThrow().code);
  }

  @Test
  void iterationAndStream() {
    List<String> seen = new ArrayList<>();
    for (Entry e : Entry.objects.filter(Entry_.rating.eq(1))) {
      seen.add(e.headline);
    }
    assertEquals(List.of("d", "e"), seen);
    assertEquals(List.of("a", "b"), Entry.objects.filter(Entry_.rating.eq(3)).stream()
        .map(e -> e.headline).toList());
    assertEquals(10, Entry.objects.stream().mapToInt(e -> e.rating).sum());
    assertEquals(5, Entry.objects.list().size());
  }

  @Test
  void getExactlyOne() {
    Entry a = Entry.objects.get(Entry_.headline.eq("a"));
    assertEquals(LocalDate.of(2005, 7, 29), a.pubDate);
    assertEquals(a.id(), Entry.objects.filter(Entry_.rating.eq(3)).get(Entry_.headline.eq("a")).id());
    assertEquals("a", Entry.objects.filter(Entry_.headline.eq("a")).get().headline);
  }

  @Test
  void getNoneThrowsTheModelsDoesNotExist() {
    Entry.DoesNotExist e = assertThrows(Entry.DoesNotExist.class,
        () -> Entry.objects.get(Entry_.headline.eq("zzz")));
    assertInstanceOf(ObjectDoesNotExist.class, e);
    assertTrue(e.getMessage().contains("Entry"), e.getMessage());
    assertTrue(e.getMessage().contains("headline") && e.getMessage().contains("zzz"), e.getMessage());
    // another model's DoesNotExist is a different class
    assertThrows(Country.DoesNotExist.class, () -> Country.objects.get(Country_.code.eq("XX")));
    assertFalse(Country.DoesNotExist.class.isAssignableFrom(Entry.DoesNotExist.class));
  }

  @Test
  void getSeveralThrowsMultipleObjectsReturned() {
    MultipleObjectsReturned e = assertThrows(MultipleObjectsReturned.class,
        () -> Entry.objects.get(Entry_.rating.eq(3)));
    assertInstanceOf(Entry.MultipleObjectsReturned.class, e);
    assertTrue(e.getMessage().contains("Entry"), e.getMessage());
    assertTrue(e.getMessage().contains("2"), e.getMessage());
    assertTrue(e.getMessage().contains("rating"), e.getMessage());
    assertThrows(MultipleObjectsReturned.class, () -> Entry.objects.get());
  }

  @Test
  void updateReturnsTheRowCount() {
    assertEquals(2, Entry.objects.filter(Entry_.rating.eq(3)).update(Entry_.score.set(99)));
    assertEquals(List.of("a", "b"), headlines(Entry.objects.filter(Entry_.score.eq(99))));
    assertEquals(3, Entry.objects.filter(Entry_.score.isNull(true)).count());
    assertEquals(2, Entry.objects.filter(Entry_.score.eq(99))
        .update(Entry_.score.setNull(), Entry_.body.set("updated")));
    assertEquals(5, Entry.objects.filter(Entry_.score.isNull(true)).count());
    assertEquals(2, Entry.objects.filter(Entry_.body.eq("updated")).count());
    assertEquals(0, Entry.objects.filter(Entry_.headline.eq("z")).update(Entry_.rating.set(0)));
    assertEquals(5, Entry.objects.update(Entry_.rating.set(7)));
    assertEquals(5, Entry.objects.filter(Entry_.rating.eq(7)).count());
  }

  @Test
  void deleteReturnsCounts() {
    DeleteResult r = Entry.objects.filter(Entry_.rating.eq(1)).delete();
    assertEquals(2, r.total());
    assertEquals(Map.of("Entry", 2), r.perModel());
    assertEquals(List.of("a", "b", "c"), headlines(Entry.objects.orderBy(Entry_.headline.asc())));
    assertEquals(0, Entry.objects.filter(Entry_.headline.eq("z")).delete().total());
    DeleteResult all = Entry.objects.delete();
    assertEquals(3, all.total());
    assertEquals(Map.of("Entry", 3), all.perModel());
    assertEquals(0, Entry.objects.count());
  }
}
