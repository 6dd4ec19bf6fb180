package dev.tether.it.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * selectForUpdate() needs a transaction and locks on the servers. That concurrent
 * read-modify-write loses no update is the reliability suite's ConcurrentIncrementTest.
 */
class SelectForUpdateTest {
  private Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    Counter.objects.create(c -> c.name = "hits");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void selectForUpdateOutsideATransactionIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Counter.objects.selectForUpdate().list());
    assertTrue(e.getMessage().contains("atomic"), e.getMessage());
  }

  @Test
  void selectForUpdateLocksOnServers() {
    String sql = db.atomic(() -> Counter.objects.selectForUpdate().sql());
    assertEquals(!TestDatabases.isSqlite(), sql.endsWith(" FOR UPDATE"), sql);
  }
}
