package dev.tether.it.prefetch;

import static dev.tether.it.TestDatabases.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 6: one query instead of N+1 for single-valued relations, on 1,000 articles. */
class SelectRelatedTest extends DbTest {

  /** "A0001" -> "R01", ... as {@link #newsroom} deals them: the expected reporter of each article. */
  private static Map<String, String> expectedReporters(int reporters, int articles) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < articles; i++) {
      m.put(String.format("A%04d", i + 1), String.format("R%02d", i % reporters + 1));
    }
    return m;
  }

  private static void assertReporters(List<Article> articles) {
    Map<String, String> expected = expectedReporters(50, 1000);
    assertEquals(1000, articles.size());
    for (Article a : articles) {
      assertEquals(expected.get(a.headline), a.reporter().name, a.headline);
    }
  }

  @Test
  void naiveAccessTakesOneQueryPerArticle() {
    newsroom(50, 1000);
    try (CapturedQueries q = db.captureQueries()) {
      assertReporters(Article.objects.all().list());
      assertEquals(1001, q.count());
    }
  }

  @Test
  void selectRelatedReadsArticlesAndReportersInOneQuery() {
    newsroom(50, 1000);
    try (CapturedQueries q = db.captureQueries()) {
      List<Article> articles = Article.objects.selectRelated(Article_.reporter()).list();
      assertReporters(articles);
      assertEquals(1, q.count());
      String sql = q.sql().get(0);
      assertTrue(sql.contains("INNER JOIN " + quote("prefetch_reporter")), sql);
      assertEquals("Daily", articles.get(0).reporter().organisation().name);
      assertEquals(2, q.count(), "a step beyond the selected path loads lazily");
    }
  }

  @Test
  void prefetchRelatedReadsReportersInOneMoreQueryAndSharesThem() {
    newsroom(50, 1000);
    try (CapturedQueries q = db.captureQueries()) {
      List<Article> articles = Article.objects.prefetchRelated(Article_.reporter()).list();
      assertReporters(articles);
      assertEquals(2, q.count());
      assertTrue(q.sql().get(1).contains(quote("prefetch_reporter")), q.sql().get(1));
      assertEquals(50, q.queries().get(1).params().size(), "one key per distinct reporter");
      // "A0001" and "A0051" were both written by R01: one Reporter object serves both
      assertSame(articles.get(0).reporter(), articles.get(50).reporter());
    }
  }

  @Test
  void chainedPathLoadsBothLevelsInTheOneQuery() {
    newsroom(3, 6);
    try (CapturedQueries q = db.captureQueries()) {
      List<Article> articles = Article.objects.selectRelated(Article_.reporter().organisation()).list();
      assertEquals(List.of("A0001", "A0002", "A0003", "A0004", "A0005", "A0006"), names(articles));
      for (Article a : articles) {
        assertEquals("Daily", a.reporter().organisation().name);
      }
      assertEquals(List.of("R01", "R02", "R03", "R01", "R02", "R03"),
          articles.stream().map(a -> a.reporter().name).toList());
      assertEquals(1, q.count());
      assertTrue(q.sql().get(0).contains(quote("prefetch_organisation")), q.sql().get(0));
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<Article> articles = Article.objects.prefetchRelated(Article_.reporter().organisation()).list();
      articles.forEach(a -> assertEquals("Daily", a.reporter().organisation().name));
      assertEquals(3, q.count(), "one query per level: " + q.sql());
    }
  }

  @Test
  void nullableRelationUsesLeftJoinAndGivesNull() {
    Organisation org = organisation("Daily");
    Reporter boss = reporter("Boss", org, null);
    reporter("Junior", org, boss);
    reporter("Loner", org, null);
    try (CapturedQueries q = db.captureQueries()) {
      List<Reporter> rs = Reporter.objects.selectRelated(Reporter_.mentor()).list();
      assertEquals(List.of("Boss", "Junior", "Loner"), names(rs));
      assertNull(rs.get(0).mentor());
      assertEquals("Boss", rs.get(1).mentor().name);
      assertNull(rs.get(2).mentor());
      assertEquals(1, q.count());
      assertTrue(q.sql().get(0).contains("LEFT OUTER JOIN"), q.sql().get(0));
    }
    try (CapturedQueries q = db.captureQueries()) {
      // a non-null key after a nullable one must stay a LEFT JOIN, or reporters without a mentor vanish
      List<Reporter> rs = Reporter.objects.selectRelated(Reporter_.mentor().organisation()).list();
      assertEquals(List.of("Boss", "Junior", "Loner"), names(rs));
      assertNull(rs.get(0).mentor());
      assertEquals("Daily", rs.get(1).mentor().organisation().name);
      assertEquals(1, q.count(), q.sql().toString());
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<Reporter> rs = Reporter.objects.prefetchRelated(Reporter_.mentor()).list();
      assertNull(rs.get(0).mentor());
      assertEquals("Boss", rs.get(1).mentor().name);
      assertNull(rs.get(2).mentor());
      assertEquals(2, q.count());
    }
  }

  @Test
  void selfReferenceJoinedOnceLeavesTheNextStepAKeyOnlyReference() {
    Organisation org = organisation("Daily");
    Reporter chief = reporter("Chief", org, null);
    Reporter boss = reporter("Boss", org, chief);
    reporter("Junior", org, boss);
    try (CapturedQueries q = db.captureQueries()) {
      Reporter junior = Reporter.objects.selectRelated(Reporter_.mentor()).get(Reporter_.name.eq("Junior"));
      assertEquals("Boss", junior.mentor().name);
      // the same foreign key one level down was not joined: its key is there, its row is not
      assertEquals(chief.id(), junior.mentor().mentorId());
      assertEquals(1, q.count());
      assertEquals("Chief", junior.mentor().mentor().name);
      assertEquals(2, q.count());
    }
  }

  @Test
  void joinedKeyWithoutItsRowKeepsTheKey() {
    TestDatabases.assumeSqlite(); // only SQLite lets a key point nowhere (constraints off on another connection)
    db.close();
    db = TestDatabases.open(); // a file, which a second connection can reach
    db.migrate();
    dev.tether.Database.setDefault(db);
    Organisation org = organisation("Daily");
    Reporter orphan = reporter("Orphan", org, null);
    try (java.sql.Connection c = TestDatabases.rawConnection(db); java.sql.Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = OFF");
      s.executeUpdate("UPDATE prefetch_reporter SET mentor_id = 4242 WHERE id = " + orphan.id());
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    Reporter read = Reporter.objects.selectRelated(Reporter_.mentor()).get(Reporter_.name.eq("Orphan"));
    assertEquals(4242L, read.mentorId());
    assertThrows(Reporter.DoesNotExist.class, read::mentor);
  }

  @Test
  void nullableRelationFilteredAndSelected() {
    Organisation org = organisation("Daily");
    Reporter boss = reporter("Boss", org, null);
    reporter("Junior", org, boss);
    reporter("Loner", org, null);
    try (CapturedQueries q = db.captureQueries()) {
      List<Reporter> mentored = Reporter.objects.filter(Reporter_.mentor().name.eq("Boss"))
          .selectRelated(Reporter_.mentor()).list();
      assertEquals(List.of("Junior"), names(mentored));
      assertEquals("Boss", mentored.get(0).mentor().name);
      // Django's exclude keeps the rows whose mentor is NULL
      List<Reporter> others = Reporter.objects.exclude(Reporter_.mentor().name.eq("Boss"))
          .selectRelated(Reporter_.mentor()).list();
      assertEquals(List.of("Boss", "Loner"), names(others));
      assertNull(others.get(0).mentor());
      List<Reporter> orphans = Reporter.objects.filter(Reporter_.mentor().isNull(true))
          .selectRelated(Reporter_.mentor().organisation()).list();
      assertEquals(List.of("Boss", "Loner"), names(orphans));
      assertNull(orphans.get(1).mentor());
      assertEquals(3, q.count(), q.sql().toString());
    }
  }

  @Test
  void selfReferenceOverTwoLevels() {
    Organisation org = organisation("Daily");
    Reporter boss = reporter("Boss", org, null);
    Reporter junior = reporter("Junior", org, boss);
    reporter("Intern", org, junior);
    try (CapturedQueries q = db.captureQueries()) {
      List<Reporter> rs = Reporter.objects.selectRelated(Reporter_.mentor().mentor()).list();
      assertEquals(List.of("Boss", "Intern", "Junior"), names(rs));
      assertNull(rs.get(0).mentor());
      assertEquals("Junior", rs.get(1).mentor().name);
      assertEquals("Boss", rs.get(1).mentor().mentor().name);
      assertEquals("Boss", rs.get(2).mentor().name);
      assertNull(rs.get(2).mentor().mentor());
      assertEquals(1, q.count());
    }
    try (CapturedQueries q = db.captureQueries()) {
      Reporter top = Reporter.objects.prefetchRelated(Reporter_.mentees().mentees()).get(Reporter_.name.eq("Boss"));
      assertEquals(List.of("Junior"), names(top.mentees().list()));
      assertEquals(List.of("Intern"), names(top.mentees().list().get(0).mentees().list()));
      assertEquals(3, q.count());
    }
  }

  @Test
  void multiValuedPathsAreRefusedNamingPrefetchRelated() {
    newsroom(1, 1);
    List<Runnable> calls = new ArrayList<>();
    calls.add(() -> Reporter.objects.selectRelated(Reporter_.article()));
    calls.add(() -> Reporter.objects.selectRelated(Reporter_.mentees()));
    calls.add(() -> Article.objects.selectRelated(Article_.tags()));
    calls.add(() -> Tag.objects.all().selectRelated(Tag_.article()));
    calls.add(() -> Article.objects.selectRelated(Article_.reporter().article()));
    try (CapturedQueries q = db.captureQueries()) {
      for (Runnable call : calls) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains("prefetchRelated"), e.getMessage());
      }
      assertEquals(0, q.count(), "refused when called, before any query");
    }
  }

  @Test
  void oneToOneBothWays() {
    Organisation org = organisation("Daily");
    Reporter ann = reporter("Ann", org, null);
    reporter("Bob", org, null);
    Badge.objects.create(b -> {
      b.code = "PRESS-1";
      b.reporter = ann;
    });
    try (CapturedQueries q = db.captureQueries()) {
      Badge b = Badge.objects.selectRelated(Badge_.reporter()).get();
      assertEquals("Ann", b.reporter().name);
      assertEquals(1, q.count());
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<Reporter> rs = Reporter.objects.selectRelated(Reporter_.badge()).list();
      assertEquals(List.of("Ann", "Bob"), names(rs));
      assertEquals("PRESS-1", rs.get(0).badge().code);
      assertThrows(Badge.DoesNotExist.class, () -> rs.get(1).badge());
      assertEquals(1, q.count(), q.sql().toString());
      assertTrue(q.sql().get(0).contains("LEFT OUTER JOIN " + quote("prefetch_badge")), q.sql().get(0));
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<Reporter> rs = Reporter.objects.prefetchRelated(Reporter_.badge()).list();
      assertEquals("PRESS-1", rs.get(0).badge().code);
      assertThrows(Badge.DoesNotExist.class, () -> rs.get(1).badge());
      assertEquals(2, q.count(), q.sql().toString());
    }
  }

  @Test
  void selectRelatedReverseOneToOnePointsTheObjectBack() {
    Reporter ann = reporter("Ann", organisation("Daily"), null);
    Badge.objects.create(b -> {
      b.code = "PRESS-1";
      b.reporter = ann;
    });
    for (boolean prefetch : new boolean[] {true, false}) {
      Reporter r = prefetch
          ? Reporter.objects.prefetchRelated(Reporter_.badge()).get()
          : Reporter.objects.selectRelated(Reporter_.badge()).get();
      try (CapturedQueries q = db.captureQueries()) {
        // as Django's select_related sets badge.reporter to the reporter it was read with
        assertSame(r, r.badge().reporter(), prefetch ? "prefetchRelated" : "selectRelated");
        assertEquals(0, q.count(), q.sql().toString());
      }
    }
  }

  @Test
  void selectRelatedWithFilterGetAndFirst() {
    newsroom(3, 9);
    try (CapturedQueries q = db.captureQueries()) {
      List<Article> mine = Article.objects.filter(Article_.reporter().name.eq("R02"))
          .selectRelated(Article_.reporter()).list();
      assertEquals(List.of("A0002", "A0005", "A0008"), names(mine));
      mine.forEach(a -> assertEquals("R02", a.reporter().name));
      Article a = Article.objects.selectRelated(Article_.reporter()).get(Article_.headline.eq("A0006"));
      assertEquals("R03", a.reporter().name);
      Article last = Article.objects.selectRelated(Article_.reporter().organisation()).last().orElseThrow();
      assertEquals("A0009", last.headline);
      assertEquals("Daily", last.reporter().organisation().name);
      assertEquals(3, q.count(), q.sql().toString());
      assertEquals(1, q.sql().get(0).split("JOIN").length - 1, "the filter and selectRelated share one join: " + q.sql().get(0));
    }
  }

  @Test
  void selectRelatedTwiceAccumulatesAndCombinesWithPrefetch() {
    Reporter r = newsroom(2, 2).get(0);
    Article a1 = Article.objects.get(Article_.headline.eq("A0001"));
    a1.tags().add(tag("art"), tag("news"));
    try (CapturedQueries q = db.captureQueries()) {
      List<Article> as = Article.objects.selectRelated(Article_.reporter())
          .selectRelated(Article_.reporter().organisation()).prefetchRelated(Article_.tags()).list();
      assertEquals(r.id(), as.get(0).reporter().id());
      assertEquals("Daily", as.get(1).reporter().organisation().name);
      assertEquals(List.of("art", "news"), names(as.get(0).tags().list()));
      assertEquals(List.of(), as.get(1).tags().list());
      assertEquals(2, q.count(), q.sql().toString());
    }
  }
}
