package dev.tether.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many threads doing read-modify-write in transactions lose no update when they read with
 * selectForUpdate(): 8 threads x 500 increments must add exactly 4,000, on every database.
 */
@Tag("reliability")
class ConcurrentIncrementTest {
  private static final int THREADS = 8;
  private static final int INCREMENTS = 500;
  private Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    Tally.objects.create(c -> c.name = "hits");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void concurrentReadModifyWriteLosesNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < INCREMENTS; i++) {
            db.atomic(() -> {
              Tally c = Tally.objects.selectForUpdate().get(Tally_.name.eq("hits"));
              c.value = c.value + 1;
              c.save();
            });
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    long value = Tally.objects.get(Tally_.name.eq("hits")).value;
    System.out.println("[reliability] " + TestDatabases.kind() + ": " + THREADS + " threads x " + INCREMENTS
        + " increments -> " + value + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    assertEquals((long) THREADS * INCREMENTS, value);
  }
}
