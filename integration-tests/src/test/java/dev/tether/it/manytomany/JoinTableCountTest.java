package dev.tether.it.manytomany;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Django's {@code ManyToManyQueryTests} (ticket 29725): {@code count()} and {@code exists()} on a
 * many-to-many manager read the join table alone when no condition needs the target; a filter on
 * the target's columns still joins it.
 */
class JoinTableCountTest extends PublicationFixture {
  /** The value of {@code call}, after checking it ran one statement reading the join table without a JOIN. */
  private <T> T joinTableOnly(Supplier<T> call) {
    try (CapturedQueries q = db.captureQueries()) {
      T value = call.get();
      assertEquals(1, q.count(), q.toString());
      String sql = q.sql().get(0);
      assertFalse(sql.toUpperCase(java.util.Locale.ROOT).contains("JOIN"), sql);
      assertTrue(sql.contains("many_to_many_article_publications"), sql);
      assertFalse(sql.contains("many_to_many_publication\"") || sql.contains("many_to_many_publication`"), sql);
      return value;
    }
  }

  @Test
  void countJoinOptimization() {
    assertEquals(4L, joinTableOnly(() -> a2.publications().count()));
    assertEquals(1L, joinTableOnly(() -> a1.publications().count()));
    assertEquals(3L, joinTableOnly(() -> p2.articleSet().count()));
    Article none = Article.objects.create(a -> a.headline = "Nothing published");
    assertEquals(0L, joinTableOnly(() -> none.publications().count()));
    // the same answers as the joined query (Django: article_set.count() == article_set.all().count())
    assertEquals(p2.articleSet().all().count(), p2.articleSet().count());
    assertEquals(a2.publications().all().count(), a2.publications().count());
  }

  @Test
  void existsJoinOptimization() {
    assertTrue(joinTableOnly(() -> a1.publications().exists()));
    assertTrue(joinTableOnly(() -> p4.articleSet().exists()));
    Article none = Article.objects.create(a -> a.headline = "Nothing published");
    assertFalse(joinTableOnly(() -> none.publications().exists()));
    assertEquals(p3.articleSet().all().exists(), p3.articleSet().exists());
  }

  @Test
  void aConditionOnTheTargetStillJoins() {
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(2, a2.publications().filter(Publication_.title.startsWith("Science")).count());
      assertEquals(1, q.count(), q.toString());
      assertTrue(q.sql().get(0).toUpperCase(java.util.Locale.ROOT).contains("JOIN"), q.sql().get(0));
    }
  }

  @Test
  void prefetchedCountRunsNoQuery() {
    Article fresh = Article.objects.prefetchRelated(Article_.publications()).get(Article_.id.eq(a2.id()));
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(4, fresh.publications().count());
      assertTrue(fresh.publications().exists());
      assertEquals(0, q.count(), q.toString());
    }
  }
}
