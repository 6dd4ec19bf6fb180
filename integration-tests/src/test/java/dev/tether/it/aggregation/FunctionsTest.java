package dev.tether.it.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.path.Case;
import dev.tether.path.ComparableExpr;
import dev.tether.path.NumberExpr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Case/When}, {@code Coalesce} and {@code Cast} with aggregates, as Django's conditional
 * aggregation documentation uses them. Expected values from Django 3.2 on the same data.
 */
class FunctionsTest extends BookFixture {
  @BeforeEach
  void setUp() {
    load();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void sumOfACase() {
    // aggregate(Sum(Case(When(rating__gte=4.5, then=1), default=0)))
    assertEquals(2, Book.objects.aggregate(Case.when(Book_.rating.gte(4.5), 1).otherwise(0).sum()));
    NumberExpr<Publisher, Integer> good = Case.when(Publisher_.book().rating.gte(4.5), 1).otherwise(0).sum();
    List<String> rows = new ArrayList<>();
    for (Publisher p : Publisher.objects.annotate(good).orderBy(Publisher_.name.asc())) {
      rows.add(p.name + "=" + good.of(p));
    }
    assertEquals(List.of("Apress=1", "Jonno's House of Books=0", "Morgan Kaufmann=1", "Prentice Hall=0", "Sams=0"),
        rows);
  }

  @Test
  void caseWithTextResults() {
    ComparableExpr<Book, String> size = Case.when(Book_.pages.gt(900), "long").when(Book_.pages.gt(400), "medium")
        .otherwise("short");
    assertEquals(List.of("short", "short", "medium", "medium", "long", "long"),
        Book.objects.valuesList(size).orderBy(Book_.pages.asc()).list());
  }

  @Test
  void coalesceOfAnAggregate() {
    // annotate(g=Coalesce(Sum("book__pages"), 0))
    NumberExpr<Publisher, Integer> pages = Publisher_.book().pages.sum().coalesce(0);
    assertEquals(List.of(747, 0, 946, 1482, 528), values(pages));
    // over the whole set, with no rows: Coalesce(Sum("pages"), 0) gives 0 where Sum gives None
    assertEquals(0, Book.objects.filter(Book_.pages.gt(5000)).aggregate(Book_.pages.sum().coalesce(0)));
  }

  private static List<Integer> values(NumberExpr<Publisher, Integer> pages) {
    List<Integer> out = new ArrayList<>();
    for (Publisher p : Publisher.objects.annotate(pages).orderBy(Publisher_.name.asc())) {
      out.add(pages.of(p));
    }
    return out;
  }

  @Test
  void castToDouble() {
    // Cast("pages", FloatField()) / 2
    assertEquals(List.of(223.5), Book.objects.filter(Book_.id.eq(b1.id()))
        .valuesList(Book_.pages.asDouble().div(2.0)).list());
  }
}
