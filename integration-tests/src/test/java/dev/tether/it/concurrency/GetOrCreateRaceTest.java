package dev.tether.it.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Created;
import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eight threads calling {@code getOrCreate} on the same unique lookup at once create exactly one
 * row, and every thread gets that row. On the servers every thread is held inside its create until
 * all eight have found nothing, so seven INSERTs do fail on the unique constraint: without the
 * savepoint and the second read, those seven threads would throw.
 */
class GetOrCreateRaceTest {
  private static final int THREADS = 8;
  private Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void eightThreadsCreateOneRow() throws Exception {
    // SQLite: one connection, held by a create until it commits, so the threads cannot all be
    // inside their create together; there they queue, and the later ones find the row
    boolean servers = !TestDatabases.isSqlite();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    CyclicBarrier allMissed = new CyclicBarrier(THREADS);
    AtomicInteger attempts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Created<Counter>> results = new ArrayList<>();
    try {
      List<Future<Created<Counter>>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          start.await(1, TimeUnit.MINUTES);
          return Counter.objects.getOrCreate(Counter_.name.eq("race"), c -> {
            attempts.incrementAndGet();
            if (servers) {
              try {
                allMissed.await(1, TimeUnit.MINUTES);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
            c.name = "race";
            c.value = 1;
          });
        }));
      }
      for (Future<Created<Counter>> f : done) {
        results.add(f.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, results.stream().filter(Created::created).count());
    Set<Object> ids = new HashSet<>();
    for (Created<Counter> r : results) {
      ids.add(r.object().id());
    }
    assertEquals(1, ids.size(), ids.toString());
    assertEquals(1, Counter.objects.filter(Counter_.name.eq("race")).count());
    if (servers) {
      assertEquals(THREADS, attempts.get()); // every thread tried to insert; seven fell back to get
    }
  }
}
