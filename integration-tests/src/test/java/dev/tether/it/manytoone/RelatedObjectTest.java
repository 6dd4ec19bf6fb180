package dev.tether.it.manytoone;

import static dev.tether.it.manytoone.WalkthroughTest.article;
import static dev.tether.it.manytoone.WalkthroughTest.reporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.ObjectDoesNotExist;
import dev.tether.it.manytoone.nullable.Parent;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's many_to_one {@code test_hasattr_related_object} (a relation never set raises
 * {@code RelatedObjectDoesNotExist}, a subclass of the target's {@code DoesNotExist}) and
 * {@code test_save_parent_after_assign} (the cache survives a key set to the value it has), with
 * Django's query counts. The nullable twins are in {@code nullable.AssignKeyTest}.
 */
class RelatedObjectTest {
    Database db;

    @BeforeEach
    void setUp() {
        db = TestDatabases.memory();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anUnsetNonNullRelationRaisesRelatedObjectDoesNotExist() {
        try (CapturedQueries q = db.captureQueries()) {
            Reporter.RelatedObjectDoesNotExist e =
                    assertThrows(Reporter.RelatedObjectDoesNotExist.class, () -> new Article().reporter());
            assertEquals("Article has no reporter.", e.getMessage());
            assertInstanceOf(Reporter.DoesNotExist.class, e);
            assertInstanceOf(ObjectDoesNotExist.class, e);
            assertEquals(0, q.count(), q.toString());
        }
        // so the target's DoesNotExist catches it, as `except Reporter.DoesNotExist` does in Django
        String caught;
        try {
            new Article().reporter();
            caught = "nothing";
        } catch (Reporter.DoesNotExist e) {
            caught = e.getClass().getSimpleName();
        }
        assertEquals("RelatedObjectDoesNotExist", caught);
    }

    @Test
    void anUnsetNullableRelationIsNull() {
        try (CapturedQueries q = db.captureQueries()) {
            assertNull(new dev.tether.it.manytoone.nullable.Article().reporter());
            assertNull(new Parent().bestchild());
            assertEquals(0, q.count(), q.toString());
        }
    }

    @Test
    void aRelationSetToNullOnANonNullKeyRaisesToo() {
        // Django: "Assigning None will not fail: Child.parent is null=False", but reading it raises
        Reporter r = reporter("John", "Smith", "john@example.com");
        r.save();
        Article a = article("This is a test", LocalDate.of(2005, 7, 27), r);
        a.save();
        Article fresh = Article.objects.get(Article_.id.eq(a.id()));
        fresh.setReporterId(null);
        assertThrows(Reporter.RelatedObjectDoesNotExist.class, fresh::reporter);
    }

    @Test
    void sameKeyKeepsAnObjectAssignedDirectly() {
        // test_save_parent_after_assign: the object assigned is the one read back, with no query
        Reporter r = reporter("John", "Smith", "john@example.com");
        r.save();
        Article a = article("This is a test", LocalDate.of(2005, 7, 27), r);
        a.save();
        r.firstName = "Johnny";
        try (CapturedQueries q = db.captureQueries()) {
            a.setReporterId(r.id());
            assertSame(r, a.reporter());
            assertEquals("Johnny", a.reporter().firstName);
            assertEquals(0, q.count(), q.toString());
        }
    }
}
