package dev.tether.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The many-to-many {@code add} statement per database: a multi-row INSERT that skips rows
 * repeating the join table's unique pair and nothing else, and which refusals mean "run it again".
 */
class InsertIgnoringDuplicatesTest {
  private static final List<String> PAIR = List.of("post_id", "tag_id");

  @Test
  void sqliteAndPostgresqlNameTheConflictTarget() {
    String insert = "INSERT INTO \"post_tags\" (\"tag_id\", \"post_id\") VALUES (?, ?)";
    for (Dialect d : List.of(Dialects.forUrl("jdbc:sqlite::memory:"), Dialects.forUrl("jdbc:postgresql://h/db"))) {
      assertEquals(insert + " ON CONFLICT (\"post_id\", \"tag_id\") DO NOTHING",
          d.insertIgnoringDuplicates(insert, PAIR), d.name());
    }
  }

  @Test
  void mariadbUpdatesNothingOnADuplicateRatherThanIgnoringEveryError() {
    String insert = "INSERT INTO `post_tags` (`post_id`, `tag_id`) VALUES (?, ?), (?, ?)";
    String sql = Dialects.forUrl("jdbc:mariadb://h/db").insertIgnoringDuplicates(insert, PAIR);
    assertEquals(insert + " ON DUPLICATE KEY UPDATE `post_id` = `post_id`", sql);
    assertFalse(sql.contains("IGNORE"), sql);
  }

  @Test
  void deadlocksAndSerializationFailuresMayBeRetried() {
    Dialect d = Dialects.forUrl("jdbc:mariadb://h/db");
    assertTrue(d.isDeadlock(new SQLException("Deadlock found", "40001", 1213)));
    assertTrue(d.isDeadlock(new SQLException("deadlock detected", "40P01")));
    assertFalse(d.isDeadlock(new SQLException("Duplicate entry", "23000", 1062)));
    assertFalse(d.isDeadlock(new SQLException("Lock wait timeout", "HY000", 1205)));
  }
}
