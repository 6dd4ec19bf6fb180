package dev.tether.it.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.it.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Unique}, {@code @Index} and {@code @Check} on a real database, after Django's
 * tests/constraints ({@code UniqueConstraintTests}, {@code CheckConstraintTests}) and tests/indexes:
 * violations name the declared constraint, a partial unique holds only where its condition does,
 * and the indexes are in the catalog under their names.
 */
class ConstraintsTest {
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static boolean maria() {
    return TestDatabases.kind().equals("mariadb");
  }

  @Test
  void aRowRepeatingTheUniqueFieldsIsRefusedWithTheConstraintsName() {
    Edition.of("Dune", 1965, false).save();
    Edition.of("Dune", 1966, false).save(); // one field repeated alone is fine
    Edition.of("Emma", 1965, false).save();
    IntegrityException e = assertThrows(IntegrityException.class, () -> Edition.of("Dune", 1965, false).save());
    assertEquals("cons_title_year_uniq", e.constraintName(), e.getMessage());
    assertEquals("23505".equals(e.sqlState()) || e.sqlState().startsWith("23"), true);
    assertEquals(3, Edition.objects.count());
  }

  @Test
  void anUpdateIntoAnotherRowsFieldsIsRefusedToo() {
    Edition.of("Dune", 1965, false).save();
    Edition b = Edition.of("Dune", 1966, false);
    b.save();
    b.year = 1965;
    IntegrityException e = assertThrows(IntegrityException.class, b::save);
    assertEquals("cons_title_year_uniq", e.constraintName());
  }

  @Test
  void aPartialUniqueHoldsOnlyWhereItsConditionIsTrue() {
    // Django's test_database_constraint_with_condition: rows outside the condition repeat freely
    Edition.of("Dune", 1965, false).save();
    Edition.of("Dune", 1966, false).save();
    Edition.of("Dune", 1967, true).save();
    if (maria()) {
      // MariaDB has no partial indexes: as Django on MySQL, the constraint is not created
      Edition.of("Dune", 1968, true).save();
      assertEquals(4, Edition.objects.count());
      return;
    }
    IntegrityException e = assertThrows(IntegrityException.class, () -> Edition.of("Dune", 1968, true).save());
    assertEquals("cons_one_draft_per_title", e.constraintName(), e.getMessage());
    Edition.of("Emma", 1968, true).save();
    assertEquals(4, Edition.objects.count());
  }

  @Test
  void aCheckViolationNamesTheCheck() {
    // Django's CheckConstraintTests.test_database_constraint
    Product.of("Valid", "10", "7").save();
    Product.of("No discount", "10", null).save(); // NULL makes the check unknown: it passes
    IntegrityException e = assertThrows(IntegrityException.class, () -> Product.of("Invalid", "10", "20").save());
    assertEquals("cons_price_gt_discounted", e.constraintName(), e.getMessage());
    e = assertThrows(IntegrityException.class, () -> Product.of("Free", "0", null).save());
    assertEquals("cons_price_gt_0", e.constraintName(), e.getMessage());
    e = assertThrows(IntegrityException.class, () -> Product.of("O'Brien", "5", null).save());
    assertEquals("cons_name_not_obrien", e.constraintName(), e.getMessage());
    Product.of("O'Brian", "5", null).save();
    assertEquals(3, Product.objects.count());
  }

  @Test
  void aFailedUpdateLeavesTheRowAsItWas() {
    Product p = Product.of("Valid", "10", "7");
    p.save();
    p.discountedPrice = new java.math.BigDecimal("11");
    assertThrows(IntegrityException.class, p::save);
    p.refreshFromDb();
    assertEquals(0, new java.math.BigDecimal("7").compareTo(p.discountedPrice));
  }

  /** Index name to its columns, each {@code column} or {@code -column} when descending, and whether unique. */
  private Map<String, String> indexes(String table) {
    try (Connection c = TestDatabases.rawConnection(db)) {
      Map<String, List<String>> columns = new TreeMap<>();
      Map<String, Boolean> unique = new TreeMap<>();
      try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
        while (rs.next()) {
          String name = rs.getString("INDEX_NAME");
          String column = rs.getString("COLUMN_NAME");
          if (name == null || column == null) {
            continue;
          }
          columns.computeIfAbsent(name, k -> new ArrayList<>())
              .add(("D".equals(rs.getString("ASC_OR_DESC")) ? "-" : "") + column.replace("\"", ""));
          unique.put(name, !rs.getBoolean("NON_UNIQUE"));
        }
      }
      Map<String, String> out = new TreeMap<>();
      columns.forEach((k, v) -> out.put(k, (unique.get(k) ? "unique " : "") + String.join(",", v)));
      return out;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theIndexesAreInTheCatalogUnderTheirNames() {
    Map<String, String> idx = indexes("cons_edition");
    String generated = Edition_.META.constraints().get(2).name();
    assertTrue(generated.matches("cons_editio_year_[0-9a-f]{6}_idx"), generated);
    assertTrue(idx.containsKey(generated), idx.toString());
    String yearTitle = idx.get(generated);
    // PostgreSQL's driver reports the order; SQLite's does not (its DDL shows it); MariaDB before 10.8 ignores DESC
    if (TestDatabases.isSqlite()) {
      assertEquals("year,title", yearTitle);
      assertEquals("CREATE INDEX \"" + generated + "\" ON \"cons_edition\" (\"year\" DESC, \"title\")",
          dev.tether.it.Raw.rows(db, "SELECT sql FROM sqlite_master WHERE name = '" + generated + "'").get(0).get(0));
      assertEquals("CREATE UNIQUE INDEX \"cons_one_draft_per_title\" ON \"cons_edition\" (\"title\") WHERE \"draft\" = 1",
          dev.tether.it.Raw.rows(db, "SELECT sql FROM sqlite_master WHERE name = 'cons_one_draft_per_title'").get(0).get(0));
    } else {
      assertTrue(yearTitle.equals("-year,title") || maria() && yearTitle.equals("year,title"), yearTitle);
    }
    assertEquals("unique title,year", idx.get("cons_title_year_uniq"), idx.toString());
    if (maria()) {
      assertFalse(idx.containsKey("cons_one_draft_per_title"), idx.toString());
      assertFalse(idx.containsKey("cons_live_isbn_idx"), idx.toString());
    } else {
      assertEquals("unique title", idx.get("cons_one_draft_per_title"), idx.toString());
      assertEquals("isbn", idx.get("cons_live_isbn_idx"), idx.toString());
    }
  }

  @Test
  void thePartialIndexCoversOnlyItsRows() {
    if (!TestDatabases.kind().equals("postgresql")) {
      return; // the predicate is read from pg_indexes; SQLite's own text is checked in ConstraintMigrationsTest
    }
    List<List<Object>> rows = dev.tether.it.Raw.rows(db,
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'cons_live_isbn_idx'");
    String def = String.valueOf(rows.get(0).get(0));
    assertTrue(def.contains("WHERE ((draft = false) AND (isbn IS NOT NULL))"), def);
  }
}
