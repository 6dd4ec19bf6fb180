package dev.tether.it.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.ForUpdate;
import dev.tether.NotSupportedException;
import dev.tether.TetherException;
import dev.tether.it.TestDatabases;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code selectForUpdate(nowait, skipLocked, of)} against a row another transaction holds locked:
 * Django's {@code select_for_update} tests ({@code test_nowait_raises_error_on_block},
 * {@code test_skip_locked_skips_locked_rows}, the NotSupportedError ones).
 */
class LockOptionsTest {
  Database db;
  Thing one;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    one = Thing.objects.create(t -> t.num = 1);
    Thing.objects.create(t -> t.num = 2);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  /** Runs {@code body} while another thread's transaction holds row {@code num = 1} locked. */
  private <V> V whileLocked(Supplier<V> body) throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> holder = pool.submit(() -> db.atomic(() -> {
        Thing.objects.selectForUpdate().filter(Thing_.id.eq(one.id())).list(); // by key: InnoDB locks what it scans
        locked.countDown();
        try {
          release.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      assertTrue(locked.await(1, TimeUnit.MINUTES));
      try {
        return body.get();
      } finally {
        release.countDown();
        holder.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nowaitRaisesErrorOnBlock() throws Exception {
    Assumptions.assumeFalse(TestDatabases.isSqlite(), "SQLite has no row locks");
    TetherException e = whileLocked(() -> assertThrows(TetherException.class,
        () -> db.atomic(() -> Thing.objects.selectForUpdate(ForUpdate.nowait()).filter(Thing_.id.eq(one.id())).list())));
    assertTrue(e.getMessage().contains("NOWAIT") || e.getMessage().toLowerCase().contains("lock"), e.getMessage());
  }

  @Test
  void skipLockedSkipsLockedRows() throws Exception {
    Assumptions.assumeFalse(TestDatabases.isSqlite(), "SQLite has no row locks");
    List<Thing> free = whileLocked(() -> db.atomic(
        () -> Thing.objects.selectForUpdate(ForUpdate.skipLocked()).orderBy(Thing_.num.asc()).list()));
    assertEquals(1, free.size());
    assertEquals(2, free.get(0).num);
  }

  @Test
  void ofLocksTheNamedTablesWherePostgresqlHasIt() {
    if (TestDatabases.kind().equals("postgresql")) {
      List<Thing> rows = db.atomic(() -> Thing.objects.selectForUpdate(ForUpdate.ofSelf(), ForUpdate.nowait()).list());
      assertEquals(2, rows.size());
      return;
    }
    NotSupportedException e = assertThrows(NotSupportedException.class,
        () -> db.atomic(() -> Thing.objects.selectForUpdate(ForUpdate.ofSelf()).list()));
    assertEquals("selectForUpdate(of) is not supported on " + (TestDatabases.isSqlite() ? "SQLite" : "MariaDB"),
        e.getMessage());
  }

  @Test
  void sqliteRefusesEveryOption() {
    TestDatabases.assumeSqlite();
    NotSupportedException e = assertThrows(NotSupportedException.class,
        () -> db.atomic(() -> Thing.objects.selectForUpdate(ForUpdate.nowait()).list()));
    assertEquals("selectForUpdate(nowait) is not supported on SQLite", e.getMessage());
    e = assertThrows(NotSupportedException.class,
        () -> db.atomic(() -> Thing.objects.selectForUpdate(ForUpdate.skipLocked()).list()));
    assertEquals("selectForUpdate(skipLocked) is not supported on SQLite", e.getMessage());
    // plain selectForUpdate still reads (SQLite's transactions exclude each other already)
    assertEquals(2, db.atomic(() -> Thing.objects.selectForUpdate().list()).size());
  }
}
