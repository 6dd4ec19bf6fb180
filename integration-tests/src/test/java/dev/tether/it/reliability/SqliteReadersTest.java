package dev.tether.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.QueryTimeoutException;
import dev.tether.it.TestDatabases;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SQLite files have reader connections beside the writer: a slow query or a long {@code atomic}
 * block no longer holds up other threads' reads and writes; an in-memory database keeps working
 * with its single connection; REGEXP runs in linear time (RE2/J).
 */
@Tag("reliability")
class SqliteReadersTest {
  private Database db;

  @BeforeEach
  void setUp() {
    TestDatabases.assumeSqlite();
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

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aSlowQueryDoesNotHoldUpOtherThreads() throws Exception {
    SlowView.create(db, 6);
    try {
      CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> {
        try {
          return ConnSlow.objects.all().timeout(Duration.ofSeconds(3)).list();
        } catch (QueryTimeoutException e) {
          return e;
        }
      });
      Thread.sleep(300);
      long start = System.nanoTime();
      for (int i = 0; i < 20; i++) {
        int n = i;
        ConnProbe.objects.create(p -> p.name = "p" + n);
        assertEquals(i + 1, ConnProbe.objects.count());
      }
      long took = millisSince(start);
      assertFalse(slow.isDone(), "the slow query ended before the other thread's 40 statements did");
      assertTrue(took < 2_000, "40 statements took " + took + " ms beside the slow query");
      slow.get(10, TimeUnit.SECONDS);
    } finally {
      SlowView.drop(db);
    }
  }

  @Test
  void aLongAtomicBlockDoesNotHoldUpReaders() throws Exception {
    ConnProbe.objects.create(p -> p.name = "committed");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> db.atomic(() -> {
      ConnProbe.objects.create(p -> p.name = "pending");
      inside.countDown();
      try {
        finish.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }));
    assertTrue(inside.await(10, TimeUnit.SECONDS));
    long start = System.nanoTime();
    assertEquals(1, ConnProbe.objects.count()); // the last commit, not the open block's row
    assertEquals("committed", ConnProbe.objects.get(ConnProbe_.name.eq("committed")).name);
    assertTrue(millisSince(start) < 1_000, millisSince(start) + " ms");
    finish.countDown();
    writer.get(10, TimeUnit.SECONDS);
    assertEquals(2, ConnProbe.objects.count());
  }

  @Test
  void anInMemoryDatabaseKeepsOneConnectionForEveryThread() throws Exception {
    try (Database memory = Database.open("jdbc:sqlite::memory:")) {
      memory.migrate();
      CompletableFuture.runAsync(() -> ConnProbe.objects.using(memory).create(p -> p.name = "other thread"))
          .get(10, TimeUnit.SECONDS);
      assertEquals(1, ConnProbe.objects.using(memory).count());
      long seen = CompletableFuture.supplyAsync(() -> ConnProbe.objects.using(memory)
          .filter(ConnProbe_.name.eq("other thread")).count()).get(10, TimeUnit.SECONDS);
      assertEquals(1, seen);
    }
  }

  @Test
  void catastrophicPatternsRunInLinearTime() {
    String a32 = "a".repeat(32);
    ConnProbe.objects.create(p -> p.body = a32 + "b"); // 33 characters: java.util.regex took 11 s here
    ConnProbe.objects.create(p -> p.body = a32 + "a");
    long start = System.nanoTime();
    assertEquals(1, ConnProbe.objects.filter(ConnProbe_.body.regex("(.*a){12}$")).count());
    assertEquals(2, ConnProbe.objects.filter(ConnProbe_.body.regex("^(a+)+")).count());
    assertEquals(0, ConnProbe.objects.filter(ConnProbe_.body.regex("x".repeat(1_000_000))).count());
    long took = millisSince(start);
    assertTrue(took < 3_000, took + " ms");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConnProbe.objects.filter(ConnProbe_.body.regex("(a)".repeat(4_000))).count());
    assertTrue(e.getMessage().contains("at most 10000 characters"), e.getMessage());
  }

  @Test
  void regexKeepsItsMeaningAndRefusesWhatRe2CannotRun() {
    ConnProbe.objects.create(p -> p.body = "École normale");
    assertEquals(1, ConnProbe.objects.filter(ConnProbe_.body.iregex("^école")).count());
    assertEquals(0, ConnProbe.objects.filter(ConnProbe_.body.regex("^école")).count());
    assertEquals(1, ConnProbe.objects.filter(ConnProbe_.body.regex("\\bnorm\\w+$")).count());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConnProbe.objects.filter(ConnProbe_.body.regex("(a)\\1")).count());
    assertTrue(e.getMessage().contains("RE2"), e.getMessage());
    assertTrue(e.getMessage().contains("(a)\\1"), e.getMessage());
  }
}
