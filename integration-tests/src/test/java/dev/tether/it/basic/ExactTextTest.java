package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.it.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Strings are compared exactly on every database: trailing spaces count (MariaDB's PAD SPACE
 * collations would ignore them), and a string the database cannot store as given (a lone
 * surrogate) is refused before anything is sent rather than stored changed.
 */
class ExactTextTest {
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.openMemory();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Gadget gadget(String slug, String note) {
    Gadget g = IntegrityTest.gadget(slug);
    g.note = note;
    return g;
  }

  static List<String> slugs(dev.tether.QuerySet<Gadget> q) {
    return q.orderBy(Gadget_.rank.asc(), Gadget_.slug.asc()).stream().map(g -> "[" + g.slug + "]").toList();
  }

  @Test
  void trailingSpacesCountInEqInAndIexact() {
    gadget("abc", "abc").save();
    gadget("abc ", "abc ").save();
    gadget("abc  ", "ABC ").save();
    gadget("ABC", " abc").save();

    assertEquals(List.of("[abc]"), slugs(Gadget.objects.filter(Gadget_.slug.eq("abc"))));
    assertEquals(List.of("[abc ]"), slugs(Gadget.objects.filter(Gadget_.slug.eq("abc "))));
    assertEquals(List.of("[abc]", "[abc  ]"), slugs(Gadget.objects.filter(Gadget_.slug.in("abc", "abc  "))));
    assertEquals(List.of("[ABC]", "[abc]"), slugs(Gadget.objects.filter(Gadget_.slug.iexact("abc"))));
    assertEquals(List.of("[abc ]"), slugs(Gadget.objects.filter(Gadget_.slug.iexact("ABC "))));
    assertEquals(List.of("[ABC]", "[abc  ]"), slugs(Gadget.objects.exclude(Gadget_.slug.in("abc", "abc "))));
    assertEquals(List.of("[ABC]", "[abc ]", "[abc  ]"), slugs(Gadget.objects.filter(Gadget_.slug.ne("abc"))));
    assertEquals(2, Gadget.objects.filter(Gadget_.slug.endsWith(" ")).count());
    assertEquals(List.of("[abc ]", "[abc  ]"), slugs(Gadget.objects.filter(Gadget_.slug.icontains("C "))));

    // an unbounded text column (longtext on MariaDB), not only varchar
    assertEquals(List.of("[abc]"), slugs(Gadget.objects.filter(Gadget_.note.eq("abc"))));
    assertEquals(List.of("[abc ]", "[abc  ]"), slugs(Gadget.objects.filter(Gadget_.note.iexact("abc "))));
    assertEquals(List.of("[ABC]"), slugs(Gadget.objects.filter(Gadget_.note.in(" abc"))));

    // by key and by get()
    assertEquals("abc ", Gadget.objects.get(Gadget_.slug.eq("abc ")).slug);
  }

  @Test
  void trailingSpacesCountForUnique() {
    gadget("x", null).save();
    Gadget spaced = gadget("x ", null);
    spaced.save();
    assertEquals("x ", Gadget.objects.get(Gadget_.id.eq(spaced.id())).slug);
    IntegrityException e = assertThrows(IntegrityException.class, () -> gadget("x ", null).save());
    assertEquals("23505", e.sqlState());
    assertEquals(2, Gadget.objects.count());

    // an update onto a value that differs only by trailing spaces is not a duplicate either
    Gadget y = gadget("y", null);
    y.save();
    y.slug = "x  ";
    y.save();
    assertEquals(List.of("[x]", "[x ]", "[x  ]"), slugs(Gadget.objects.filter(Gadget_.slug.startsWith("x"))));
    assertThrows(IntegrityException.class,
        () -> Gadget.objects.filter(Gadget_.slug.eq("x  ")).update(Gadget_.slug.set("x ")));
  }

  @Test
  void everyMariaDbTextColumnIsNoPad() throws Exception {
    Assumptions.assumeTrue(TestDatabases.kind().equals("mariadb"), "MariaDB only");
    List<String> padded = new java.util.ArrayList<>();
    int checked = 0;
    try (Connection c = TestDatabases.rawConnection(db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT table_name, column_name, collation_name FROM information_schema.columns"
            + " WHERE table_schema = DATABASE() AND collation_name IS NOT NULL")) {
      while (rs.next()) {
        checked++;
        if (!rs.getString(3).equals("utf8mb4_nopad_bin")) {
          padded.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3));
        }
      }
    }
    // model tables and join tables alike
    assertTrue(checked > 50, "text columns checked: " + checked);
    assertEquals(List.of(), padded);
  }

  static final String LONE_HIGH = "a\uD800b";
  static final String LONE_LOW = "\uDC00";
  static final String HIGH_AT_END = "end\uD83D";
  static final String SWAPPED = "\uDE00\uD83D";
  static final String EMOJI = "emoji \uD83D\uDE00 🎉👩‍👩‍👧 ok";

  static void refused(Supplier<?> action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::get);
    assertTrue(e.getMessage().contains("lone surrogate"), e.getMessage());
  }

  static void refused(Runnable action) {
    refused(() -> {
      action.run();
      return null;
    });
  }

  @Test
  void loneSurrogatesAreRefusedBeforeAnythingIsSent() {
    Gadget kept = gadget("kept", "kept");
    kept.save();
    for (String bad : List.of(LONE_HIGH, LONE_LOW, HIGH_AT_END, SWAPPED, "\uD800")) {
      Gadget g = gadget("g", bad);
      refused(g::save);
      assertNull(g.id());
      Gadget h = gadget(bad, "n");
      refused(h::save);
      refused(() -> Gadget.objects.bulkCreate(List.of(gadget("ok", "ok"), gadget("ok2", bad))));
      refused(() -> Gadget.objects.filter(Gadget_.note.eq(bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.note.ne(bad)).list());
      refused(() -> Gadget.objects.filter(Gadget_.note.in("ok", bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.note.contains(bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.note.icontains(bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.note.startsWith(bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.note.endsWith(bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.note.iexact(bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.note.regex(bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.slug.gt(bad)).count());
      refused(() -> Gadget.objects.filter(Gadget_.slug.eq("kept")).update(Gadget_.note.set(bad)));
      kept.note = bad;
      refused(kept::save);
      kept.note = "kept";
      refused(() -> db.atomic(() -> {
        gadget("inside", "fine").save();
        gadget("inside2", bad).save();
      }));
    }
    assertEquals(List.of("[kept]"), slugs(Gadget.objects.all()));
    assertEquals("kept", Gadget.objects.get(Gadget_.slug.eq("kept")).note);
  }

  @Test
  void validSurrogatePairsRoundTrip() {
    Gadget g = gadget("emoji \uD83D\uDE00", EMOJI);
    g.save();
    Gadget.objects.bulkCreate(List.of(gadget("🎉", "🎉🎉"), gadget("b", "\uD83D\uDE00")));
    assertEquals(EMOJI, Gadget.objects.get(Gadget_.id.eq(g.id())).note);
    assertEquals("emoji \uD83D\uDE00", Gadget.objects.get(Gadget_.note.eq(EMOJI)).slug);
    assertEquals(2, Gadget.objects.filter(Gadget_.note.contains("\uD83D\uDE00")).count());
    // indexed columns: MariaDB needs its index range for a leading emoji avoided
    assertEquals(1, Gadget.objects.filter(Gadget_.note.startsWith("🎉")).count());
    assertEquals(1, Gadget.objects.filter(Gadget_.slug.startsWith("🎉")).count());
    assertEquals(1, Gadget.objects.filter(Gadget_.slug.startsWith("emoji \uD83D\uDE00")).count());
    assertEquals(1, Gadget.objects.filter(Gadget_.slug.in("🎉", "x")).count());
    assertEquals(1, Gadget.objects.filter(Gadget_.note.iendsWith("👧 OK")).count());
    Gadget.objects.filter(Gadget_.slug.eq("b")).update(Gadget_.note.set("👩‍👩‍👧"));
    assertEquals("👩‍👩‍👧", Gadget.objects.get(Gadget_.slug.eq("b")).note);
  }
}
