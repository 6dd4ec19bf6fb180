package dev.tether.it.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.path.ComparableExpr;
import dev.tether.path.NumberExpr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's {@code aggregation.tests.AggregateTestCase}, the {@code annotate()} half: values read back
 * typed from each object, filters before an annotation restricting what it counts, filters on it
 * becoming HAVING, ordering by it, and Django's join multiplication.
 */
class AnnotateTest extends BookFixture {
  @BeforeEach
  void setUp() {
    load();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static <T> List<String> pairs(Iterable<T> rows, Function<T, Object> name, Function<T, Object> value) {
    List<String> out = new ArrayList<>();
    for (T t : rows) {
      out.add(name.apply(t) + "=" + value.apply(t));
    }
    return out;
  }

  private static List<String> names(Iterable<?> rows) {
    List<String> out = new ArrayList<>();
    for (Object o : rows) {
      out.add(o.toString());
    }
    return out;
  }

  @Test
  void annotateBasic() {
    // test_annotate_basic
    NumberExpr<Book, Double> meanAge = Book_.authors().age.avg();
    Book b = Book.objects.annotate(meanAge).get(Book_.id.eq(b1.id()));
    assertEquals("The Definitive Guide to Django: Web Development Done Right", b.name);
    assertEquals(34.5, meanAge.of(b));
  }

  @Test
  void annotateManyToMany() {
    // test_annotate_m2m
    NumberExpr<Book, Double> meanAge = Book_.authors().age.avg();
    var books = Book.objects.filter(Book_.rating.lt(4.5)).annotate(meanAge).orderBy(Book_.name.asc());
    assertEquals(List.of("Artificial Intelligence: A Modern Approach=51.5", "Practical Django Projects=29.0",
        "Python Web Development with Django=30.3", "Sams Teach Yourself Django in 24 Hours=45.0"),
        pairs(books, b -> b.name, b -> Math.round(meanAge.of(b) * 10) / 10.0));
    NumberExpr<Book, Long> numAuthors = Book_.authors().count();
    assertEquals(List.of("Artificial Intelligence: A Modern Approach=2",
        "Paradigms of Artificial Intelligence Programming: Case Studies in Common Lisp=1",
        "Practical Django Projects=1", "Python Web Development with Django=3",
        "Sams Teach Yourself Django in 24 Hours=1", "The Definitive Guide to Django: Web Development Done Right=2"),
        pairs(Book.objects.annotate(numAuthors).orderBy(Book_.name.asc()), b -> b.name, numAuthors::of));
  }

  @Test
  void backwardsManyToManyAnnotate() {
    // test_backwards_m2m_annotate
    NumberExpr<Author, Double> rating = Author_.book().rating.avg();
    assertEquals(List.of("Adrian Holovaty=4.5", "Brad Dayley=3.0", "Jacob Kaplan-Moss=4.5", "James Bennett=4.0",
        "Paul Bissex=4.0", "Stuart Russell=4.0"),
        pairs(Author.objects.filter(Author_.name.contains("a")).annotate(rating), a -> a.name, rating::of));
    NumberExpr<Author, Long> numBooks = Author_.book().count();
    assertEquals(List.of("Adrian Holovaty=1", "Brad Dayley=1", "Jacob Kaplan-Moss=1", "James Bennett=1",
        "Jeffrey Forcier=1", "Paul Bissex=1", "Peter Norvig=2", "Stuart Russell=1", "Wesley J. Chun=1"),
        pairs(Author.objects.annotate(numBooks), a -> a.name, numBooks::of));
  }

  @Test
  void reverseForeignKeyAnnotate() {
    // test_reverse_fkey_annotate: a forward relation's field, and a reverse foreign key (None where no book)
    NumberExpr<Book, Integer> awards = Book_.publisher().numAwards.sum();
    assertEquals(List.of("Artificial Intelligence: A Modern Approach=7",
        "Paradigms of Artificial Intelligence Programming: Case Studies in Common Lisp=9",
        "Practical Django Projects=3", "Python Web Development with Django=7",
        "Sams Teach Yourself Django in 24 Hours=1", "The Definitive Guide to Django: Web Development Done Right=3"),
        pairs(Book.objects.annotate(awards).orderBy(Book_.name.asc()), b -> b.name, awards::of));
    NumberExpr<Publisher, BigDecimal> prices = Publisher_.book().price.sum();
    assertEquals(List.of("Apress=59.69", "Jonno's House of Books=null", "Morgan Kaufmann=75.00",
        "Prentice Hall=112.49", "Sams=23.09"),
        pairs(Publisher.objects.annotate(prices).orderBy(Publisher_.name.asc()), p -> p.name,
            p -> prices.of(p) == null ? null : prices.of(p).setScale(2, RoundingMode.HALF_UP)));
  }

  @Test
  void selfManyToManyAnnotateGivesNullForNoFriends() {
    // test_annotate_values (last part): Avg("friends__age")
    NumberExpr<Author, Double> friendsAge = Author_.friends().age.avg();
    assertEquals(List.of("Adrian Holovaty=32.0", "Brad Dayley=null", "Jacob Kaplan-Moss=29.5", "James Bennett=34.0",
        "Jeffrey Forcier=27.0", "Paul Bissex=31.0", "Peter Norvig=46.0", "Stuart Russell=57.0",
        "Wesley J. Chun=33.7"),
        pairs(Author.objects.annotate(friendsAge), a -> a.name,
            a -> friendsAge.of(a) == null ? null : Math.round(friendsAge.of(a) * 10) / 10.0));
  }

  private void expensiveBooks() {
    Publisher p = Publisher.objects.create(x -> {
      x.name = "Expensive Publisher";
      x.numAwards = 0;
    });
    String[][] rows = {{"ExpensiveBook1", "111", "3.5", "1000", "2008-12-01"},
        {"ExpensiveBook2", "222", "4.0", "1000", "2008-12-02"}, {"ExpensiveBook3", "333", "4.5", "35", "2008-12-03"}};
    for (String[] r : rows) {
      Book.objects.create(b -> {
        b.name = r[0];
        b.pages = 1;
        b.isbn = r[1];
        b.rating = Double.parseDouble(r[2]);
        b.price = new BigDecimal(r[3]);
        b.publisher = p;
        b.contact = a1;
        b.pubdate = LocalDate.parse(r[4]);
      });
    }
  }

  @Test
  void filteringBeforeAndAfterAnnotate() {
    // test_filtering
    expensiveBooks();
    NumberExpr<Publisher, Long> numBooks = Publisher_.book().id.count();
    assertEquals(List.of("Apress", "Prentice Hall", "Expensive Publisher"),
        names(Publisher.objects.annotate(numBooks).filter(numBooks.gt(1L)).orderBy(Publisher_.id.asc())));
    assertEquals(List.of("Apress", "Apress", "Sams", "Prentice Hall", "Expensive Publisher"),
        names(Publisher.objects.filter(Publisher_.book().price.lt(new BigDecimal("40.0"))).orderBy(Publisher_.id.asc())));
    // after annotate: the price filter joins anew, the count is over all books
    assertEquals(List.of("Apress", "Prentice Hall", "Expensive Publisher"),
        names(Publisher.objects.annotate(numBooks)
            .filter(numBooks.gt(1L), Publisher_.book().price.lt(new BigDecimal("40.0"))).orderBy(Publisher_.id.asc())));
    // before annotate: only the cheap books are counted
    assertEquals(List.of("Apress"),
        names(Publisher.objects.filter(Publisher_.book().price.lt(new BigDecimal("40.0"))).annotate(numBooks)
            .filter(numBooks.gt(1L)).orderBy(Publisher_.id.asc())));
    NumberExpr<Publisher, Long> count = Publisher_.book().count();
    assertEquals(List.of("Apress", "Sams", "Prentice Hall", "Morgan Kaufmann", "Expensive Publisher"),
        names(Publisher.objects.annotate(count).filter(count.between(1L, 3L)).orderBy(Publisher_.id.asc())));
    assertEquals(List.of("Apress", "Sams", "Prentice Hall", "Morgan Kaufmann"),
        names(Publisher.objects.annotate(count).filter(count.between(1L, 2L)).orderBy(Publisher_.id.asc())));
    assertEquals(List.of("Sams", "Morgan Kaufmann", "Expensive Publisher"),
        names(Publisher.objects.annotate(count).filter(count.in(1L, 3L)).orderBy(Publisher_.id.asc())));
    assertEquals(0, Publisher.objects.annotate(count).filter(count.isNull(true)).list().size());
    assertEquals(5, Publisher.objects.annotate(count).filter(count.between(1L, 3L)).count());
  }

  @Test
  void annotationFilters() {
    // test_annotation
    NumberExpr<Book, Long> byName = Book_.authors().name.count();
    assertEquals(List.of("The Definitive Guide to Django: Web Development Done Right",
        "Artificial Intelligence: A Modern Approach"),
        names(Book.objects.annotate(byName).filter(byName.eq(2L)).orderBy(Book_.id.asc())));
    NumberExpr<Author, Long> friends = Author_.friends().id.countDistinct();
    assertEquals(List.of("Brad Dayley"),
        names(Author.objects.annotate(friends).filter(friends.eq(0L)).orderBy(Author_.id.asc())));
    NumberExpr<Book, Long> numAuthors = Book_.authors().id.count();
    assertEquals(List.of("Artificial Intelligence: A Modern Approach"), names(Book.objects.annotate(numAuthors)
        .filter(Book_.authors().name.contains("Norvig"), numAuthors.gt(1L))));
  }

  @Test
  void moreAggregation() {
    // test_more_aggregation: aggregate() over an annotated, HAVING-filtered query set
    b1.authors().add(a8);
    NumberExpr<Book, Long> numAuthors = Book_.authors().id.count();
    assertEquals(4.25, Book.objects.annotate(numAuthors)
        .filter(Book_.authors().name.contains("Norvig"), numAuthors.gt(1L)).aggregate(Book_.rating.avg()));
  }

  @Test
  void orderByAnAnnotationAndExcludeOnIt() {
    // test_even_more_aggregate: exclude(earliest_book=None).order_by("earliest_book")
    ComparableExpr<Publisher, LocalDate> earliest = Publisher_.book().pubdate.min();
    var publishers = Publisher.objects.annotate(earliest).exclude(earliest.isNull(true)).orderBy(earliest.asc());
    assertEquals(List.of("Morgan Kaufmann=1991-10-15", "Prentice Hall=1995-01-15", "Apress=2007-12-06",
        "Sams=2008-03-03"), pairs(publishers, p -> p.name, earliest::of));
  }

  @Test
  void orderByAnnotationDescendingThenName() {
    // the example: reporters (here publishers) most prolific first
    NumberExpr<Publisher, Long> books = Publisher_.book().count();
    assertEquals(List.of("Apress=2", "Prentice Hall=2", "Morgan Kaufmann=1", "Sams=1"),
        pairs(Publisher.objects.annotate(books).filter(books.gt(0L)).orderBy(books.desc(), Publisher_.name.asc()),
            p -> p.name, books::of));
  }

  @Test
  void countWithFilterAnnotated() {
    // Count("book", filter=Q(book__rating__gte=4.5)); Django 3.2: Apress 1, Jonno's 0, Morgan 1, Prentice 0, Sams 0
    NumberExpr<Publisher, Long> good = Publisher_.book().count(Publisher_.book().rating.gte(4.5));
    assertEquals(List.of("Apress=1", "Jonno's House of Books=0", "Morgan Kaufmann=1", "Prentice Hall=0", "Sams=0"),
        pairs(Publisher.objects.annotate(good).orderBy(Publisher_.name.asc()), p -> p.name, good::of));
  }

  @Test
  void twoMultiValuedAggregatesMultiplyUnlessDistinct() {
    // Django's known behaviour (docs, "Combining multiple aggregations"): the joins multiply rows.
    // Django 3.2 on this data: Count("authors") and Count("store") per book:
    // b1 (2 authors, 2 stores) -> 4 and 4; distinct -> 2 and 2.
    NumberExpr<Book, Long> authors = Book_.authors().count();
    NumberExpr<Book, Long> stores = Book_.store().count();
    Book b = Book.objects.annotate(authors, stores).get(Book_.id.eq(b1.id()));
    assertEquals(4L, authors.of(b));
    assertEquals(4L, stores.of(b));
    NumberExpr<Book, Long> da = Book_.authors().countDistinct();
    NumberExpr<Book, Long> ds = Book_.store().countDistinct();
    Book d = Book.objects.annotate(da, ds).get(Book_.id.eq(b1.id()));
    assertEquals(2L, da.of(d));
    assertEquals(2L, ds.of(d));
  }

  @Test
  void readingAnAnnotationThatWasNotSelectedThrows() {
    NumberExpr<Book, Long> numAuthors = Book_.authors().count();
    Book b = Book.objects.get(Book_.id.eq(b1.id()));
    assertThrows(IllegalStateException.class, () -> numAuthors.of(b));
  }
}
