package dev.tether.it.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Row2;
import dev.tether.Row3;
import dev.tether.path.DateExpr;
import dev.tether.path.NumberExpr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Projections: Django's {@code values_list} tests of {@code aggregation.tests} (typed rows, flat
 * values, grouping by the selected values), {@code distinct()} over projections, date truncation and
 * {@code dates()}. Expected values from Django 3.2 on the same data.
 */
class ValuesTest extends BookFixture {
  /** A user's record built from each row without reflection. */
  record PublisherPages(String name, Integer pages) {}

  @BeforeEach
  void setUp() {
    load();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void annotateValuesList() {
    // test_annotate_values_list
    NumberExpr<Book, Double> meanAge = Book_.authors().age.avg();
    var one = Book.objects.filter(Book_.id.eq(b1.id()));
    assertEquals(List.of(new Row3<>(b1.id(), "159059725", 34.5)),
        one.valuesList(Book_.id, Book_.isbn, meanAge).list());
    assertEquals(List.of("159059725"), one.valuesList(Book_.isbn).list());
    assertEquals(List.of(34.5), one.valuesList(meanAge).list());
    // annotate() before valuesList(): one row per book, as Django's annotate(...).values_list(...)
    assertEquals(List.of(51.5, 57.0), Book.objects.filter(Book_.publisher().name.ne("Apress"))
        .filter(Book_.pages.gt(900)).annotate(meanAge).valuesList(meanAge).orderBy(meanAge.asc()).list());
    // without annotate(): one aggregate row over the query set
    assertEquals(List.of(38.2857), Book.objects.filter(Book_.rating.lt(4.5)).valuesList(meanAge)
        .map(v -> Math.round(v * 10000) / 10000.0).list());
    // values_list("price").annotate(count=Count("price")).order_by("-count", "price")
    NumberExpr<Book, Long> count = Book_.price.count();
    List<String> rows = Book.objects.valuesList(Book_.price, count).orderBy(count.desc(), Book_.price.asc())
        .map((BigDecimal p, Long c) -> p.setScale(2, RoundingMode.HALF_UP) + "x" + c).list();
    assertEquals(List.of("29.69x2", "23.09x1", "30.00x1", "75.00x1", "82.80x1"), rows);
  }

  @Test
  void annotateOrderingGroupsBySelectedValues() {
    // test_annotate_ordering
    NumberExpr<Book, Integer> oldest = Book_.authors().age.max();
    assertEquals(List.of(new Row2<>(4.5, 35), new Row2<>(3.0, 45), new Row2<>(4.0, 57), new Row2<>(5.0, 57)),
        Book.objects.valuesList(Book_.rating, oldest).orderBy(oldest.asc(), Book_.rating.asc()).list());
    assertEquals(List.of(new Row2<>(5.0, 57), new Row2<>(4.0, 57), new Row2<>(3.0, 45), new Row2<>(4.5, 35)),
        Book.objects.valuesList(Book_.rating, oldest).orderBy(oldest.desc(), Book_.rating.desc()).list());
  }

  @Test
  void valuesAnnotateWithTwoAggregates() {
    // test_annotate_values: values("rating").annotate(n_authors=Count("authors__id"), mean_age=Avg("authors__age"))
    List<String> rows = Book.objects.valuesList(Book_.rating, Book_.authors().id.count(), Book_.authors().age.avg())
        .orderBy(Book_.rating.asc())
        .map((Double r, Long n, Double age) -> r + ":" + n + ":" + Math.round(age * 100) / 100.0).list();
    assertEquals(List.of("3.0:1:45.0", "4.0:6:37.17", "4.5:2:34.5", "5.0:1:57.0"), rows);
  }

  @Test
  void mappedToARecord() {
    // values("publisher__name").annotate(s=Sum("pages")).order_by("-s")
    NumberExpr<Book, Integer> pages = Book_.pages.sum();
    assertEquals(List.of(new PublisherPages("Prentice Hall", 1482), new PublisherPages("Morgan Kaufmann", 946),
        new PublisherPages("Apress", 747), new PublisherPages("Sams", 528)),
        Book.objects.valuesList(Book_.publisher().name, pages).orderBy(pages.desc()).map(PublisherPages::new).list());
  }

  @Test
  void distinctFlatValues() {
    assertEquals(List.of(3.0, 4.0, 4.5, 5.0), Book.objects.valuesList(Book_.rating).distinct()
        .orderBy(Book_.rating.asc()).list());
  }

  @Test
  void truncationAndDates() {
    DateExpr<Book, LocalDate> month = Book_.pubdate.truncMonth();
    assertEquals(List.of(new Row2<>(LocalDate.of(1991, 10, 1), 1L), new Row2<>(LocalDate.of(1995, 1, 1), 1L),
        new Row2<>(LocalDate.of(2007, 12, 1), 1L), new Row2<>(LocalDate.of(2008, 3, 1), 1L),
        new Row2<>(LocalDate.of(2008, 6, 1), 1L), new Row2<>(LocalDate.of(2008, 11, 1), 1L)),
        Book.objects.valuesList(month, Book_.id.count()).orderBy(month.asc()).list());
    assertEquals(List.of(LocalDate.of(1991, 10, 1), LocalDate.of(1995, 1, 1), LocalDate.of(2007, 12, 1),
        LocalDate.of(2008, 3, 1), LocalDate.of(2008, 6, 1), LocalDate.of(2008, 11, 1)),
        Book.objects.dates(Book_.pubdate, "month"));
    // test_dates_with_aggregation: an annotation does not change the distinct dates
    assertEquals(List.of(LocalDate.of(1991, 1, 1), LocalDate.of(1995, 1, 1), LocalDate.of(2007, 1, 1),
        LocalDate.of(2008, 1, 1)), Book.objects.annotate(Book_.authors().count()).dates(Book_.pubdate, "year"));
    assertEquals(List.of(new Row2<>("Amazon.com", LocalDateTime.of(1994, 1, 1, 0, 0)),
        new Row2<>("Books.com", LocalDateTime.of(2001, 1, 1, 0, 0)),
        new Row2<>("Mamma and Pappa's Books", LocalDateTime.of(1945, 1, 1, 0, 0))),
        Store.objects.valuesList(Store_.name, Store_.originalOpening.truncYear()).orderBy(Store_.name.asc()).list());
    assertThrows(IllegalArgumentException.class, () -> Book.objects.dates(Book_.pubdate, "week"));
  }

  @Test
  void aggregateOverGroupedValues() {
    // values("rating").annotate(n=Count("authors")).aggregate(Max("n"), Sum("n")): Django 3.2 gives 6 and 10
    NumberExpr<Book, Long> n = Book_.authors().count();
    dev.tether.Aggregation<Book> r = Book.objects.valuesList(Book_.rating, n).aggregate(n.max(), n.sum());
    assertEquals(6L, r.get(n.max()));
    assertEquals(10L, r.get(n.sum()));
    // values("publisher__name").annotate(p=Sum("pages")).aggregate(Avg("p"), Max("p"), Count("p"))
    NumberExpr<Book, Integer> pages = Book_.pages.sum();
    var byPublisher = Book.objects.valuesList(Book_.publisher().name, pages);
    assertEquals(925.75, byPublisher.aggregate(pages.avg()));
    assertEquals(1482, byPublisher.aggregate(pages.max()));
    assertEquals(4L, byPublisher.aggregate(pages.count()));
    // filter(rating__gte=4).values("rating").annotate(n=Count("id")).aggregate(Min("n"), Count("rating", distinct=True))
    NumberExpr<Book, Long> ids = Book_.id.count();
    var good = Book.objects.filter(Book_.rating.gte(4.0)).valuesList(Book_.rating, ids);
    assertEquals(1L, good.aggregate(ids.min()));
    assertEquals(3L, good.aggregate(Book_.rating.countDistinct()));
    // an aggregate of something not selected is refused, naming it
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> good.aggregate(Book_.pages.max()));
    assertEquals(true, e.getMessage().contains("pages"), e.getMessage());
  }
}
