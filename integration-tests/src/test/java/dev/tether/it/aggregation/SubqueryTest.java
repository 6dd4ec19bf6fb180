package dev.tether.it.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Q;
import dev.tether.QuerySet;
import dev.tether.path.ComparableExpr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Correlated sub-queries: Django's {@code Exists(qs.filter(f=OuterRef("pk")))}, {@code ~Exists(...)}
 * and {@code Subquery(qs.values("f")[:1])}. Expected values from Django 3.2 on the same data.
 */
class SubqueryTest extends BookFixture {
  @BeforeEach
  void setUp() {
    load();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static List<String> names(QuerySet<?> qs) {
    List<String> out = new ArrayList<>();
    qs.forEach(o -> out.add(o.toString()));
    return out;
  }

  @Test
  void existsCorrelatedWithTheOuterRow() {
    var goodBooks = Book.objects.filter(Book_.authors().id.eq(Author_.id.outer()), Book_.rating.gte(4.5));
    assertEquals(List.of("Adrian Holovaty", "Jacob Kaplan-Moss", "Peter Norvig"),
        names(Author.objects.filter(Q.exists(goodBooks))));
  }

  @Test
  void notExists() {
    var books = Book.objects.filter(Book_.publisher().id.eq(Publisher_.id.outer()));
    assertEquals(List.of("Jonno's House of Books"), names(Publisher.objects.filter(Q.notExists(books))));
    assertEquals(4, Publisher.objects.filter(Q.exists(books)).count());
  }

  @Test
  void scalarSubqueryAnnotation() {
    ComparableExpr<Publisher, String> newest = Book.objects.filter(Book_.publisher().id.eq(Publisher_.id.outer()))
        .orderBy(Book_.pubdate.desc()).valuesList(Book_.name).subquery();
    List<String> rows = new ArrayList<>();
    for (Publisher p : Publisher.objects.annotate(newest).orderBy(Publisher_.name.asc())) {
      rows.add(p.name + "=" + newest.of(p));
    }
    assertEquals(List.of("Apress=Practical Django Projects", "Jonno's House of Books=null",
        "Morgan Kaufmann=Paradigms of Artificial Intelligence Programming: Case Studies in Common Lisp",
        "Prentice Hall=Python Web Development with Django", "Sams=Sams Teach Yourself Django in 24 Hours"), rows);
    ComparableExpr<Publisher, Integer> mostPages = Book.objects
        .filter(Book_.publisher().id.eq(Publisher_.id.outer())).orderBy(Book_.pages.desc())
        .valuesList(Book_.pages).subquery();
    assertEquals(List.of("Apress", "Morgan Kaufmann", "Prentice Hall", "Sams"),
        names(Publisher.objects.filter(Publisher_.numAwards.lt(mostPages)).orderBy(Publisher_.name.asc())));
  }
}
