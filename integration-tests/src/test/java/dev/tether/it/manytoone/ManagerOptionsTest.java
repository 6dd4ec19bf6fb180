package dev.tether.it.manytoone;

import static dev.tether.it.manytoone.TestDatabases.names;
import static dev.tether.it.manytoone.WalkthroughTest.article;
import static dev.tether.it.manytoone.WalkthroughTest.reporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.IntegrityException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's many_to_one {@code test_add} with {@code bulk=False} (each object saved, unsaved ones
 * inserted) against the bulk UPDATE, and {@code QuerySet.update()} assigning a relation
 * ({@code update(reporter=r)}, by object and by key), with Django's query counts.
 */
class ManagerOptionsTest {
    Database db;
    Reporter r;
    Reporter r2;
    Article a;

    @BeforeEach
    void setUp() {
        db = TestDatabases.memory();
        r = reporter("John", "Smith", "john@example.com");
        r.save();
        r2 = reporter("Paul", "Jones", "paul@example.com");
        r2.save();
        a = article("This is a test", LocalDate.of(2005, 7, 27), r);
        a.save();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void addWithBulkFalseSavesEachObject() {
        Article newArticle = r.articleSet().create(x -> {
            x.headline = "John's second story";
            x.pubDate = LocalDate.of(2005, 7, 29);
        });
        Article newArticle2 = article("Paul's story", LocalDate.of(2006, 1, 17), null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.articleSet().add(newArticle2));
        assertTrue(e.getMessage().contains("unsaved Article"), e.getMessage());
        try (CapturedQueries q = db.captureQueries()) {
            r.articleSet().add(false, newArticle2); // Django: save() of the new object, one INSERT
            assertEquals(1, q.count(), q.toString());
            assertTrue(q.sql().get(0).startsWith("INSERT"), q.toString());
        }
        assertEquals(r.id(), newArticle2.reporterId());
        assertEquals(List.of("John's second story", "Paul's story", "This is a test"), names(r.articleSet().list()));

        // Add the same article to a different article set - it moves.
        r2.articleSet().add(newArticle2);
        assertEquals(r2.id(), newArticle2.reporterId());
        assertEquals(List.of("Paul's story"), names(r2.articleSet().list()));

        // bulk=False on saved objects: one UPDATE per object (save()), against one UPDATE for all
        try (CapturedQueries q = db.captureQueries()) {
            r2.articleSet().add(false, newArticle, a);
            assertEquals(2, q.count(), q.toString());
            assertTrue(q.sql().stream().allMatch(s -> s.startsWith("UPDATE")), q.toString());
        }
        try (CapturedQueries q = db.captureQueries()) {
            r.articleSet().add(true, newArticle, a);
            assertEquals(1, q.count(), q.toString());
        }
        assertEquals(List.of("John's second story", "This is a test"), names(r.articleSet().list()));
        assertEquals(List.of("Paul's story"), names(r2.articleSet().list()));
    }

    @Test
    void addWithBulkFalseRollsBackAndRestoresTheObjects() {
        Article good = article("Good", LocalDate.of(2006, 1, 17), null);
        Article bad = article(null, LocalDate.of(2006, 1, 18), null); // headline NOT NULL
        Article saved = article("Saved", LocalDate.of(2006, 1, 19), r2);
        saved.save();
        assertThrows(IntegrityException.class, () -> r.articleSet().add(false, good, saved, bad));
        assertNull(good.id(), "the insert was rolled back: the object is unsaved again");
        assertNull(good.reporterId());
        assertEquals(r2.id(), saved.reporterId());
        assertEquals(List.of("Saved"), names(r2.articleSet().list()));
        assertEquals(List.of("This is a test"), names(r.articleSet().list()));
        good.reporter = r;
        good.save(); // and it saves normally afterwards
        assertEquals(2, r.articleSet().count());
    }

    @Test
    void updateAssignsARelation() {
        Article other = article("Another", LocalDate.of(2005, 7, 28), r);
        other.save();
        int n;
        try (CapturedQueries q = db.captureQueries()) {
            n = Article.objects.filter(Article_.headline.startsWith("This")).update(Article_.reporter().set(r2));
            assertEquals(1, q.count(), q.toString());
        }
        assertEquals(1, n);
        assertEquals(List.of("This is a test"), names(r2.articleSet().list()));
        assertEquals(List.of("Another"), names(r.articleSet().list()));
        // by key, Django's update(reporter=r.id), with another column in the same statement
        assertEquals(2, Article.objects.all().update(Article_.reporter().set(r.id()),
                Article_.pubDate.set(LocalDate.of(2010, 1, 1))));
        assertEquals(List.of("Another", "This is a test"), names(r.articleSet().list()));
        assertEquals(0, Article.objects.filter(Article_.pubDate.ne(LocalDate.of(2010, 1, 1))).count());
        // a reverse manager's update, too
        assertEquals(2, r.articleSet().update(Article_.reporter().set(r2)));
        assertEquals(2, r2.articleSet().count());
    }

    @Test
    void updateRefusesAnUnsavedObjectAndOtherPaths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article_.reporter().set(reporter("New", "One", "n@example.com")));
        assertTrue(e.getMessage().contains("Article_.reporter().set(...) got an unsaved Reporter"), e.getMessage());
        IllegalArgumentException reverse = assertThrows(IllegalArgumentException.class,
                () -> Reporter_.article().set(a));
        assertTrue(reverse.getMessage().contains("only set a foreign key or one-to-one of Reporter itself"),
                reverse.getMessage());
        // NULL into a NOT NULL key: the database refuses it, as in Django; nothing changes
        assertThrows(IntegrityException.class, () -> Article.objects.all().update(Article_.reporter().set(null)));
        assertEquals(r.id(), Article.objects.get(Article_.id.eq(a.id())).reporterId());
    }
}
