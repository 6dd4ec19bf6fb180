package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.it.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link IntegrityException#constraintName()}: the name each database reports for the broken constraint. */
class ConstraintNameTest {
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() {
    Engine e = Engines.of(db);
    e.execute("DROP TABLE IF EXISTS basic_checked");
    db.close();
  }

  @Test
  void aUniqueColumn() {
    IntegrityTest.gadget("a").save();
    IntegrityException e = assertThrows(IntegrityException.class, () -> IntegrityTest.gadget("a").save());
    String expected = switch (TestDatabases.kind()) {
      case "postgresql" -> "basic_gadget_slug_key";
      case "mariadb" -> "slug";
      default -> null; // SQLite reports the columns only: "UNIQUE constraint failed: basic_gadget.slug"
    };
    assertEquals(expected, e.constraintName(), e.getMessage());
  }

  @Test
  void aNamedCheck() {
    Engine e = Engines.of(db);
    e.execute("CREATE TABLE basic_checked (n INTEGER NOT NULL, CONSTRAINT basic_checked_n_positive CHECK (n > 0))");
    e.execute("INSERT INTO basic_checked (n) VALUES (1)");
    IntegrityException x = assertThrows(IntegrityException.class,
        () -> e.execute("INSERT INTO basic_checked (n) VALUES (0)"));
    assertEquals("basic_checked_n_positive", x.constraintName(), x.getMessage());
    assertEquals("23514", x.sqlState(), x.getMessage());
  }

  @Test
  void notNullHasNoName() {
    Gadget g = IntegrityTest.gadget("x");
    g.label = null;
    assertNull(assertThrows(IntegrityException.class, g::save).constraintName());
  }
}
