package dev.tether.it.manytoone;

import static dev.tether.it.manytoone.WalkthroughTest.article;
import static dev.tether.it.manytoone.WalkthroughTest.reporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.ObjectDoesNotExist;
import dev.tether.TetherException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code article.reporter()}, {@code reporterId()}, {@code setReporterId()} and assignment: Django's
 * {@code ForwardManyToOneDescriptor} and the related-object cache (many_to_one tests), in memory.
 */
class ForwardAccessorTest {
    Database db;
    Reporter r;
    Reporter r2;

    @BeforeEach
    void setUp() {
        db = TestDatabases.memory();
        r = reporter("John", "Smith", "john@example.com");
        r.save();
        r2 = reporter("Paul", "Jones", "paul@example.com");
        r2.save();
        article("This is a test", LocalDate.of(2005, 7, 27), r).save();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Article fresh(String headline) {
        return Article.objects.get(Article_.headline.eq(headline));
    }

    @Test
    void reporterRunsOneQueryThenNone() {
        Article a = fresh("This is a test");
        try (CapturedQueries q = db.captureQueries()) {
            Reporter first = a.reporter();
            assertEquals(1, q.count(), q.toString());
            assertEquals("John Smith", first.toString());
            assertEquals(r.id(), first.id());
            Reporter again = a.reporter();
            assertEquals(1, q.count(), q.toString());
            assertSame(first, again);
        }
    }

    @Test
    void reporterIdRunsNoQuery() {
        Article a = fresh("This is a test");
        try (CapturedQueries q = db.captureQueries()) {
            assertEquals(r.id(), a.reporterId());
            assertEquals(0, q.count(), q.toString());
        }
    }

    @Test
    void selectRelatedLoadsTheReporterInTheSameQuery() {
        try (CapturedQueries q = db.captureQueries()) {
            Article a = Article.objects.selectRelated(Article_.reporter()).get(Article_.headline.eq("This is a test"));
            assertEquals("John Smith", a.reporter().toString());
            assertEquals(1, q.count(), q.toString());
        }
    }

    @Test
    void prefetchRelatedLoadsEveryReporterWithOneMoreQuery() {
        article("Paul's story", LocalDate.of(2006, 1, 17), r2).save();
        try (CapturedQueries q = db.captureQueries()) {
            List<Article> articles = Article.objects.prefetchRelated(Article_.reporter()).list();
            assertEquals(2, q.count(), q.toString());
            assertEquals(List.of("Paul Jones", "John Smith"),
                    articles.stream().map(x -> x.reporter().toString()).toList());
            assertEquals(2, q.count(), q.toString());
        }
    }

    /** Django's refresh_from_db(): a cached relation whose key changed is dropped. */
    @Test
    void refreshFromDbDropsARelationWhoseKeyChanged() {
        Article a = fresh("This is a test");
        assertEquals("John Smith", a.reporter().toString());
        Article other = fresh("This is a test");
        other.setReporterId(r2.id());
        other.save();
        a.refreshFromDb();
        assertEquals(r2.id(), a.reporterId());
        assertEquals("Paul Jones", a.reporter().toString());
    }

    /** Django: "Model instances passed to related filters must be saved." */
    @Test
    void filteringByAnUnsavedReporterIsRefused() {
        Reporter unsaved = reporter("Nobody", "Saved", "nobody@example.com");
        assertThrows(IllegalArgumentException.class, () -> Article_.reporter().eq(unsaved));
        assertThrows(IllegalArgumentException.class, () -> Article_.reporter().in(r, unsaved));
        assertThrows(IllegalArgumentException.class, () -> Reporter_.article().eq(new Article()));
    }

    /** Django's {@code test_cached_relation_invalidated_on_save}. */
    @Test
    void setReporterIdThenSaveStoresTheKeyAndDropsTheCachedObject() {
        Article a = fresh("This is a test");
        assertEquals("John Smith", a.reporter().toString());
        a.setReporterId(r2.id());
        assertEquals(r2.id(), a.reporterId());
        a.save();
        assertEquals("Paul Jones", a.reporter().toString());
        assertEquals(r2.id(), fresh("This is a test").reporterId());
        assertEquals(1, Article.objects.filter(Article_.reporter().eq(r2)).count());
        assertEquals(0, r.articleSet().count());
    }

    /** Django's {@code test_create}: an Article made from the reporter's id. */
    @Test
    void anArticleMadeFromAKeyLoadsItsReporter() {
        Article a3 = article("Third article", LocalDate.of(2005, 7, 27), null);
        a3.setReporterId(r.id());
        a3.save();
        assertEquals(r.id(), a3.reporter().id());
        assertEquals("John Smith", fresh("Third article").reporter().toString());
    }

    /** Django's {@code test_fk_assignment_and_related_object_cache}, first half. */
    @Test
    void assignedObjectsAreCachedAtOnce() {
        Article a = fresh("This is a test");
        Reporter p = a.reporter();
        assertSame(p, a.reporter());
        try (CapturedQueries q = db.captureQueries()) {
            a.reporter = r2;
            assertSame(r2, a.reporter());
            assertEquals(r2.id(), a.reporterId());
            assertEquals(0, q.count(), q.toString());
        }
        a.save();
        assertEquals(r2.id(), fresh("This is a test").reporterId());
    }

    /** Django's {@code test_save_parent_after_assign}: the key is read when saving, not when assigning. */
    @Test
    void aReporterSavedAfterAssignmentButBeforeTheArticleIsFine() {
        Reporter r3 = reporter("Mike", "Royko", "royko@suntimes.com");
        Article x = article("First", LocalDate.of(1980, 4, 23), r3);
        r3.save();
        x.save();
        r3.firstName = "Michael";
        try (CapturedQueries q = db.captureQueries()) {
            assertEquals(r3.id(), x.reporterId());
            assertEquals("Michael", x.reporter().firstName);
            assertEquals(0, q.count(), q.toString());
        }
        assertEquals(r3.id(), fresh("First").reporterId());
    }

    @Test
    void aRelationNeverLoadedIsNotMistakenForNull() {
        Article a = fresh("This is a test");
        a.headline = "Changed";
        a.pubDate = LocalDate.of(2005, 8, 1);
        a.save();
        Article back = fresh("Changed");
        assertEquals(r.id(), back.reporterId());
        assertEquals(LocalDate.of(2005, 8, 1), back.pubDate);
        assertEquals(List.of("Changed"), TestDatabases.names(r.articleSet()));
    }

    @Test
    void anUnsavedReporterAssignedToASavedArticleIsRefusedAndNothingIsWritten() {
        Article a = fresh("This is a test");
        a.headline = "Not written";
        a.reporter = reporter("Nobody", "Saved", "nobody@example.com");
        IllegalStateException e = assertThrows(IllegalStateException.class, a::save);
        assertTrue(e.getMessage().contains("reporter"), e.getMessage());
        assertEquals(List.of("This is a test"), TestDatabases.names(Article.objects.all()));
        assertEquals(r.id(), fresh("This is a test").reporterId());
        assertEquals(2, Reporter.objects.count());
    }

    /** Django: saving a Child with parent=None raises IntegrityError (the column is NOT NULL). */
    @Test
    void nullOnANonNullableKeyIsRefusedByTheDatabase() {
        Article a = fresh("This is a test");
        a.reporter = null;
        // Django: reading it raises Reporter.RelatedObjectDoesNotExist; the key is None
        assertThrows(Reporter.RelatedObjectDoesNotExist.class, a::reporter);
        assertNull(a.reporterId());
        assertThrows(IntegrityException.class, a::save);
        assertEquals(r.id(), fresh("This is a test").reporterId());
        Article b = article("No reporter", LocalDate.of(2005, 7, 27), null);
        assertThrows(IntegrityException.class, b::save);
        assertEquals(1, Article.objects.count());
    }

    @Test
    void getWithNoMatchThrowsTheModelsDoesNotExist() {
        Article.DoesNotExist e = assertThrows(Article.DoesNotExist.class,
                () -> Article.objects.get(Article_.headline.eq("No such story")));
        assertInstanceOf(ObjectDoesNotExist.class, e);
        assertInstanceOf(TetherException.class, e);
        assertTrue(ObjectDoesNotExist.class.isAssignableFrom(Article.DoesNotExist.class));
        assertThrows(Article.DoesNotExist.class, () -> r2.articleSet().get());
        assertThrows(Reporter.DoesNotExist.class,
                () -> Reporter.objects.get(Reporter_.article().headline.eq("No such story")));
    }

    /** Django's {@code test_explicit_fk}: get() respects the key and reports how many it found. */
    @Test
    void getWithSeveralMatchesSaysHowMany() {
        Article a2 = article("John's second test", LocalDate.of(2011, 5, 7), null);
        a2.setReporterId(r.id());
        a2.save();
        Article a3 = article("Paul's commentary", LocalDate.of(2011, 5, 7), null);
        a3.setReporterId(r2.id());
        a3.save();
        Article.MultipleObjectsReturned e = assertThrows(Article.MultipleObjectsReturned.class,
                () -> Article.objects.get(Article_.reporter().eq(r.id())));
        assertInstanceOf(dev.tether.MultipleObjectsReturned.class, e);
        assertTrue(e.getMessage().startsWith("get() returned more than one Article -- it returned 2!"), e.getMessage());
        assertEquals("Paul's commentary", Article.objects.get(
                Article_.reporter().eq(r2.id()), Article_.pubDate.eq(LocalDate.of(2011, 5, 7))).toString());
        assertEquals(List.of("John's second test", "This is a test"),
                TestDatabases.names(Article.objects.filter(Article_.reporter().id.eq(r.id()))));
    }
}
