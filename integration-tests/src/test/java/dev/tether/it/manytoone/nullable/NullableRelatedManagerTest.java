package dev.tether.it.manytoone.nullable;

import static dev.tether.it.manytoone.TestDatabases.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.it.manytoone.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code reporter.articleSet()} on a nullable key, where {@code set}, {@code remove} and
 * {@code clear} detach rows: Django's {@code many_to_one_null} tests and the
 * {@code *_after_prefetch} tests of {@code many_to_one}.
 */
class NullableRelatedManagerTest {
    Database db;
    Reporter r;
    Reporter r2;
    Article a;
    Article a2;
    Article a3;
    Article a4;

    static Article article(String headline, Reporter reporter) {
        Article x = new Article();
        x.headline = headline;
        x.reporter = reporter;
        x.save();
        return x;
    }

    static Reporter reporter(String name) {
        return Reporter.objects.create(x -> x.name = name);
    }

    @BeforeEach
    void setUp() {
        db = TestDatabases.memory();
        r = reporter("John Smith");
        a = article("First", r);
        a2 = r.articleSet().create(x -> x.headline = "Second");
        a3 = article("Third", null);
        r2 = reporter("Paul Jones");
        a4 = r2.articleSet().create(x -> x.headline = "Fourth");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static List<String> unassigned() {
        return names(Article.objects.filter(Article_.reporter().isNull(true)));
    }

    @Test
    void relatedSet() {
        assertEquals(List.of("First", "Second"), names(r.articleSet().all()));
        assertEquals(List.of("First"), names(r.articleSet().filter(Article_.headline.startsWith("Fir"))));
        assertEquals(2, r.articleSet().count());
        assertEquals(r.id(), a2.reporter().id());
    }

    /**
     * Django's {@code set(objs, clear=True)}: every related row detached (one UPDATE), then the
     * objects added (one UPDATE), where the default {@code set} touches only the difference.
     */
    @Test
    void setWithClear() {
        try (dev.tether.CapturedQueries q = db.captureQueries()) {
            r.articleSet().set(List.of(a, a3), true);
            assertEquals(2, q.count(), q.toString());
            assertTrue(q.sql().stream().allMatch(sql -> sql.startsWith("UPDATE")), q.toString());
        }
        assertEquals(List.of("First", "Third"), names(r.articleSet().all()));
        assertEquals(List.of("Second"), unassigned());
        r.articleSet().set(List.of(), true);
        assertEquals(List.of(), names(r.articleSet().all()));
        assertEquals(List.of("First", "Second", "Third"), unassigned());
    }

    /** Django's {@code test_created_without_related}, the manager half. */
    @Test
    void addThenRemoveDetaches() {
        r.articleSet().add(a3);
        assertEquals(List.of("First", "Second", "Third"), names(r.articleSet().all()));
        assertEquals(r.id(), Article.objects.get(Article_.headline.eq("Third")).reporterId());
        r.articleSet().remove(a3);
        assertEquals(List.of("First", "Second"), names(r.articleSet().all()));
        assertEquals(List.of("Third"), unassigned());
        assertNull(Article.objects.get(Article_.headline.eq("Third")).reporterId());
    }

    /** Django's {@code test_remove_from_wrong_set}: the owner's model's DoesNotExist. */
    @Test
    void removingAnArticleOfAnotherReporterIsRefused() {
        assertEquals(List.of("Fourth"), names(r2.articleSet().all()));
        assertThrows(Reporter.DoesNotExist.class, () -> r.articleSet().remove(a4));
        assertEquals(List.of("Fourth"), names(r2.articleSet().all()));
        assertEquals(r2.id(), Article.objects.get(Article_.headline.eq("Fourth")).reporterId());
    }

    @Test
    void removeRefusesAnUnsavedArticleAndChangesNothing() {
        Article unsaved = new Article();
        unsaved.headline = "Unsaved";
        unsaved.reporter = r;
        assertThrows(IllegalStateException.class, () -> r.articleSet().remove(a, unsaved));
        assertEquals(List.of("First", "Second"), names(r.articleSet().all()));
    }

    /** Django's {@code test_assign_clear_related_set}: set() detaches what it does not name. */
    @Test
    void setDetachesTheRestAndClearDetachesAll() {
        r2.articleSet().set(List.of(a2, a3));
        assertEquals(List.of("Second", "Third"), names(r2.articleSet().all()));
        assertEquals(List.of("First"), names(r.articleSet().all()));
        assertEquals(List.of("Fourth"), unassigned());
        r.articleSet().clear();
        assertEquals(List.of(), names(r.articleSet().all()));
        assertEquals(List.of("First", "Fourth"), unassigned());
    }

    /** Django's {@code test_assign_with_queryset}: the new set is read before anything is detached. */
    @Test
    void setToASubsetOfItsOwnRows() {
        r2.articleSet().set(List.of(a2, a3));
        var qs = r2.articleSet().filter(Article_.headline.eq("Second"));
        r2.articleSet().set(qs.list());
        assertEquals(1, r2.articleSet().count());
        assertEquals(1, qs.count());
        assertEquals(List.of("Fourth", "Third"), unassigned());
    }

    /** Django's {@code test_clear_efficiency}: one UPDATE, whatever the number of rows. */
    @Test
    void clearRunsOneQuery() {
        Reporter busy = reporter("Busy");
        for (int i = 0; i < 3; i++) {
            int n = i;
            busy.articleSet().create(x -> x.headline = "Story " + n);
        }
        try (CapturedQueries q = db.captureQueries()) {
            busy.articleSet().clear();
            assertEquals(1, q.count(), q.toString());
        }
        assertEquals(0, busy.articleSet().count());
        assertEquals(List.of("Story 0", "Story 1", "Story 2", "Third"), unassigned());
    }

    @Test
    void clearAfterPrefetch() {
        Reporter john = Reporter.objects.prefetchRelated(Reporter_.article()).get(Reporter_.id.eq(r.id()));
        assertEquals(List.of("First", "Second"), names(john.articleSet().list()));
        john.articleSet().clear();
        assertEquals(List.of(), names(john.articleSet().list()));
    }

    @Test
    void removeAfterPrefetch() {
        Reporter john = Reporter.objects.prefetchRelated(Reporter_.article()).get(Reporter_.id.eq(r.id()));
        assertEquals(List.of("First", "Second"), names(john.articleSet().list()));
        john.articleSet().remove(a);
        assertEquals(List.of("Second"), names(john.articleSet().list()));
    }

    @Test
    void addAndSetAfterPrefetch() {
        Reporter john = Reporter.objects.prefetchRelated(Reporter_.article()).get(Reporter_.id.eq(r.id()));
        assertEquals(2, john.articleSet().count());
        john.articleSet().add(a3);
        assertEquals(3, john.articleSet().count());
        john.articleSet().remove(a3);
        assertEquals(2, john.articleSet().count());

        Reporter paul = Reporter.objects.prefetchRelated(Reporter_.article()).get(Reporter_.id.eq(r2.id()));
        assertEquals(1, paul.articleSet().count());
        paul.articleSet().set(List.of(a3));
        assertEquals(List.of("Third"), names(paul.articleSet().list()));
        assertEquals(List.of("Fourth"), unassigned());
    }
}
