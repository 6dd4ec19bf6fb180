package dev.tether.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.TetherException;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The server ends Tether's connection in the middle of a transaction and in the middle of a
 * cascading delete (another connection runs {@code pg_terminate_backend} / {@code KILL} on it):
 * nothing is committed, the caller gets a {@link TetherException} with the driver's error, and
 * the next operations succeed on the same {@link Database}. Servers only.
 */
@Tag("reliability")
class ConnectionKillTest {
  private static final int ITEMS = 300;
  private static final int AFTERWARDS = 20;
  private Database db;

  @BeforeEach
  void setUp() {
    Assumptions.assumeFalse(TestDatabases.isSqlite(), "a server's connection is what gets killed");
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void tearDown() {
    if (db != null) {
      db.close();
    }
  }

  private static boolean postgres() {
    return TestDatabases.kind().equals("postgresql");
  }

  @Test
  void aConnectionKilledMidTransactionCommitsNothing() {
    Tally.objects.create(t -> t.name = "before");
    TetherException e = assertThrows(TetherException.class, () -> db.atomic(() -> {
      for (int i = 0; i < 10; i++) {
        String name = "in transaction " + i;
        Tally.objects.create(t -> t.name = name);
      }
      kill(postgres() ? "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
          + " AND state = 'idle in transaction' AND pid <> pg_backend_pid()"
          : "SELECT t.trx_mysql_thread_id FROM information_schema.innodb_trx t JOIN information_schema.processlist p"
          + " ON p.id = t.trx_mysql_thread_id WHERE p.db = DATABASE() AND p.id <> CONNECTION_ID()");
      Tally.objects.create(t -> t.name = "after the kill");
    }));
    assertInstanceOf(SQLException.class, e.getCause(), e.toString());
    assertEquals(List.of(List.of("before")), Raw.rows(db, "SELECT name FROM rel_tally"));
    nextOperationsSucceed();
  }

  @Test
  void aConnectionKilledMidCascadeDeletesNothing() throws Exception {
    KillBox box = KillBox.objects.create(b -> b.name = "box");
    List<KillItem> items = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      KillItem it = new KillItem();
      it.name = "item " + i;
      it.setBoxId(box.id());
      items.add(it);
    }
    KillItem.objects.bulkCreate(items);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection locker = TestDatabases.rawConnection(db); Statement l = locker.createStatement();
        Connection watcher = TestDatabases.rawConnection(db); Statement s = watcher.createStatement()) {
      // the box row is deleted last, after its items: holding its lock stops the cascade half-way
      locker.setAutoCommit(false);
      l.executeQuery("SELECT id FROM rel_kill_box WHERE id = " + box.id() + " FOR UPDATE").close();
      Future<?> delete = pool.submit(() -> box.delete());
      long waiter = waitForLockWaiter(s);
      assertTrue(hasDeletedItems(s, waiter), "the cascade had not yet deleted the items when it was stopped");
      s.execute(postgres() ? "SELECT pg_terminate_backend(" + waiter + ")" : "KILL " + waiter);
      ExecutionException e = assertThrows(ExecutionException.class, () -> delete.get(30, TimeUnit.SECONDS));
      assertInstanceOf(TetherException.class, e.getCause(), e.toString());
      locker.rollback();
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, Raw.number(db, "SELECT COUNT(*) FROM rel_kill_box"));
    assertEquals(ITEMS, Raw.number(db, "SELECT COUNT(*) FROM rel_kill_item"));
    nextOperationsSucceed();
    assertEquals(ITEMS + 1, KillBox.objects.get(KillBox_.id.eq(box.id())).delete().total());
    assertEquals(0, Raw.number(db, "SELECT COUNT(*) FROM rel_kill_item"));
  }

  /** Tether's connection waiting for the locker's lock: its backend pid or thread id. */
  private static long waitForLockWaiter(Statement s) throws Exception {
    String sql = postgres()
        ? "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        : "SELECT id FROM information_schema.processlist WHERE db = DATABASE() AND info LIKE 'DELETE FROM `rel_kill_box`%'";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      try (ResultSet rs = s.executeQuery(sql)) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
      Thread.sleep(20);
    }
    StringBuilder seen = new StringBuilder();
    try (ResultSet rs = s.executeQuery(postgres()
        ? "SELECT pid, state, wait_event_type, query FROM pg_stat_activity WHERE datname = current_database()"
        : "SELECT id, command, state, info FROM information_schema.processlist WHERE db = DATABASE()")) {
      while (rs.next()) {
        seen.append("\n  ").append(rs.getString(1)).append(" | ").append(rs.getString(2)).append(" | ")
            .append(rs.getString(3)).append(" | ").append(rs.getString(4));
      }
    }
    throw new AssertionError("the cascade never waited for the box's lock; connections:" + seen);
  }

  /**
   * Whether the waiting transaction has already deleted the items: PostgreSQL shows its row
   * locks on them; on MariaDB a dirty read no longer sees them.
   */
  private static boolean hasDeletedItems(Statement s, long waiter) throws SQLException {
    if (!postgres()) {
      s.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
    }
    String sql = postgres()
        ? "SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = " + waiter
            + " AND c.relname = 'rel_kill_item' AND l.mode = 'RowExclusiveLock'"
        : "SELECT COUNT(*) = 0 FROM rel_kill_item";
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() && rs.getLong(1) > 0;
    }
  }

  /** Kills the one connection {@code sql} finds, from a connection of its own. */
  private void kill(String sql) {
    try (Connection c = TestDatabases.rawConnection(db); Statement s = c.createStatement()) {
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      assertEquals(1, ids.size(), "connections in a transaction: " + ids);
      s.execute(postgres() ? "SELECT pg_terminate_backend(" + ids.get(0) + ")" : "KILL " + ids.get(0));
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** A run of writes and reads after the kill: every one succeeds. */
  private static void nextOperationsSucceed() {
    for (int i = 0; i < AFTERWARDS; i++) {
      String name = "afterwards " + i;
      Tally.objects.create(t -> t.name = name);
      assertEquals(1, Tally.objects.filter(Tally_.name.eq(name)).count());
    }
  }
}
