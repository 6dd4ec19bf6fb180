package dev.tether.it.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.QuerySet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Django's {@code union()}, {@code intersection()} and {@code difference()}, with Django 3.2's answers. */
class CombinedTest extends BookFixture {
  @BeforeEach
  void setUp() {
    load();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static List<String> names(QuerySet<Author> qs) {
    List<String> out = new ArrayList<>();
    qs.forEach(a -> out.add(a.name));
    return out;
  }

  @Test
  void combinations() {
    var young = Author.objects.filter(Author_.age.lt(30));
    var withJ = Author.objects.filter(Author_.name.contains("J"));
    assertEquals(List.of("Jacob Kaplan-Moss", "James Bennett", "Jeffrey Forcier", "Paul Bissex", "Wesley J. Chun"),
        names(young.union(withJ)));
    assertEquals(List.of("James Bennett", "Wesley J. Chun"), names(young.intersection(withJ)));
    assertEquals(List.of("Jeffrey Forcier", "Jacob Kaplan-Moss"),
        names(withJ.difference(young).orderBy(Author_.age.desc())));
    assertEquals(5, young.union(withJ).count());
    assertEquals(List.of("Jeffrey Forcier", "Jacob Kaplan-Moss"),
        names(young.union(withJ).orderBy(Author_.age.desc()).limit(2)));
    assertThrows(IllegalStateException.class, () -> young.union(withJ).filter(Author_.age.gt(1)));
  }
}
