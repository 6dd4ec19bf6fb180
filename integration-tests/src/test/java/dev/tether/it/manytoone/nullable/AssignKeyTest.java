package dev.tether.it.manytoone.nullable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.it.manytoone.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's many_to_one {@code test_assign_fk_id_value} and {@code test_assign_fk_id_none}:
 * setting a key to the value it has keeps the cached object; another value drops it.
 */
class AssignKeyTest {
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
    void assignFkIdValue() {
        Parent parent = Parent.objects.create(p -> p.name = "jeff");
        Child child1 = Child.objects.create(c -> {
            c.name = "frank";
            c.parent = parent;
        });
        Child child2 = Child.objects.create(c -> {
            c.name = "randy";
            c.parent = parent;
        });
        parent.bestchild = child1;
        parent.save();
        parent.setBestchildId(child2.id());
        parent.save();
        assertEquals(child2.id(), parent.bestchildId());
        Child loaded;
        try (CapturedQueries q = db.captureQueries()) {
            loaded = parent.bestchild(); // not cached: one query
            assertEquals(child2, loaded);
            assertEquals(1, q.count(), q.toString());
        }
        // Reassigning the same value doesn't clear the cached instance.
        try (CapturedQueries q = db.captureQueries()) {
            parent.setBestchildId(child2.id());
            assertSame(loaded, parent.bestchild());
            assertEquals(0, q.count(), q.toString());
        }
        // another value does
        parent.setBestchildId(child1.id());
        try (CapturedQueries q = db.captureQueries()) {
            assertEquals(child1, parent.bestchild());
            assertEquals(1, q.count(), q.toString());
        }
    }

    @Test
    void assignFkIdNone() {
        Parent parent = Parent.objects.create(p -> p.name = "jeff");
        Child child = Child.objects.create(c -> {
            c.name = "frank";
            c.parent = parent;
        });
        parent.bestchild = child;
        parent.save();
        parent.setBestchildId(null);
        parent.save();
        assertNull(parent.bestchildId());
        try (CapturedQueries q = db.captureQueries()) {
            assertNull(parent.bestchild());
            assertEquals(0, q.count(), q.toString());
        }
    }

}
