package dev.tether.it.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tether.Aggregation;
import dev.tether.path.NumberExpr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's {@code aggregation.tests.AggregateTestCase}, the {@code aggregate()} half: over a field,
 * a forward relation's field, and across reverse and many-to-many relations, with Django's numbers.
 */
class AggregateTest extends BookFixture {
  @BeforeEach
  void setUp() {
    load();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static BigDecimal money(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void singleAggregate() {
    // test_single_aggregate: Avg of an integer field is a float
    Double avg = Author.objects.aggregate(Author_.age.avg());
    assertEquals(37.4, avg, 0.05);
  }

  @Test
  void multipleAggregates() {
    // test_multiple_aggregates
    Aggregation<Author> vals = Author.objects.aggregate(Author_.age.sum(), Author_.age.avg());
    assertEquals(337, vals.get(Author_.age.sum()));
    assertEquals(37.4, vals.get(Author_.age.avg()), 0.05);
  }

  @Test
  void filterAggregate() {
    // test_filter_aggregate
    assertEquals(254, Author.objects.filter(Author_.age.gt(29)).aggregate(Author_.age.sum()));
  }

  @Test
  void relatedAggregate() {
    // test_related_aggregate
    assertEquals(34.07, Author.objects.aggregate(Author_.friends().age.avg()), 0.005);
    assertEquals(38.2857, Book.objects.filter(Book_.rating.lt(4.5)).aggregate(Book_.authors().age.avg()), 0.005);
    assertEquals(4.0, Author.objects.filter(Author_.name.contains("a")).aggregate(Author_.book().rating.avg()));
    assertEquals(30, Book.objects.aggregate(Book_.publisher().numAwards.sum()));
    assertEquals(new BigDecimal("270.27"), money(Publisher.objects.aggregate(Publisher_.book().price.sum())));
  }

  @Test
  void aggregateMultiJoin() {
    // test_aggregate_multi_join
    assertEquals(57, Store.objects.aggregate(Store_.books().authors().age.max()));
    assertEquals(1, Author.objects.aggregate(Author_.book().publisher().numAwards.min()));
  }

  @Test
  void aggregateOverFilteredMultiValuedRelation() {
    // test_aggregate_alias
    assertEquals(4.08, Store.objects.filter(Store_.name.eq("Amazon.com")).aggregate(Store_.books().rating.avg()), 0.005);
  }

  @Test
  void countAndCountDistinct() {
    // test_count
    assertEquals(6L, Book.objects.aggregate(Book_.rating.count()));
    assertEquals(4L, Book.objects.aggregate(Book_.rating.countDistinct()));
  }

  @Test
  void countWithFilter() {
    // Count("book", filter=Q(book__rating__gt=4.0)) over publishers; Django 3.2: 2
    assertEquals(2L, Publisher.objects.aggregate(Publisher_.book().count(Publisher_.book().rating.gt(4.0))));
    // Count("book__authors", distinct=True, filter=Q(book__price__lt=30)); Django 3.2: 5
    assertEquals(5L, Publisher.objects.aggregate(
        Publisher_.book().authors().countDistinct(Publisher_.book().price.lt(new BigDecimal("30")))));
  }

  @Test
  void emptyResultGivesNullButCountZero() {
    // Django: {'age__sum': None, 'age__avg': None, 'age__max': None, 'id__count': 0} on no rows
    var none = Author.objects.filter(Author_.age.gt(1000));
    Aggregation<Author> vals = none.aggregate(Author_.age.sum(), Author_.age.avg(), Author_.name.max(),
        Author_.id.count());
    assertNull(vals.get(Author_.age.sum()));
    assertNull(vals.get(Author_.age.avg()));
    assertNull(vals.get(Author_.name.max()));
    assertEquals(0L, vals.get(Author_.id.count()));
  }

  @Test
  void minAndMaxKeepTheFieldsType() {
    // test_even_more_aggregate (second half)
    Aggregation<Store> vals = Store.objects.aggregate(Store_.originalOpening.min(), Store_.name.max());
    LocalDateTime min = vals.get(Store_.originalOpening.min());
    assertEquals(LocalDateTime.of(1945, 4, 25, 16, 24, 14), min);
    assertEquals("Mamma and Pappa's Books", vals.get(Store_.name.max()));
    LocalDate earliest = Book.objects.aggregate(Book_.pubdate.min());
    assertEquals(LocalDate.of(1991, 10, 15), earliest);
  }

  @Test
  void aggregateOfAnAnnotation() {
    // test_aggregate_annotation: Avg over Count("authors__id") per book
    NumberExpr<Book, Long> numAuthors = Book_.authors().id.count();
    assertEquals(1.66, Book.objects.annotate(numAuthors).aggregate(numAuthors.avg()), 0.01);
  }

  @Test
  void aggregateOverDistinctAndSlicedQuerySets() {
    // test_sum_distinct_aggregate
    var authors = Author.objects.filter(Author_.book().id.in(b5.id(), b6.id()));
    assertEquals(3, authors.count());
    assertEquals(2, authors.distinct().count());
    assertEquals(103, authors.distinct().aggregate(Author_.age.sum()));
    // test_ticket12886: the three best rated books
    assertEquals(4.5, Book.objects.orderBy(Book_.rating.desc()).limit(3).aggregate(Book_.rating.avg()), 0.005);
  }
}
