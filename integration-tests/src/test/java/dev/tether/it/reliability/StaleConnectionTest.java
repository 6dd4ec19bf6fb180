package dev.tether.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.ConnectionLostException;
import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server restart seen from the pool: every session on the test database is killed behind
 * Tether's back. Statements outside a transaction then run on a fresh connection (100 operations,
 * none may fail); inside {@code atomic} the block fails with {@link ConnectionLostException} and
 * commits nothing.
 */
@Tag("reliability")
class StaleConnectionTest {
  private Database db;

  @BeforeEach
  void setUp() {
    Assumptions.assumeFalse(TestDatabases.isSqlite(), "servers only");
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

  /** Borrows several pooled connections at once, so the pool holds live sessions to kill. */
  private void warmPool() throws Exception {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t = new Thread(() -> {
        for (int j = 0; j < 20; j++) {
          ConnProbe.objects.count();
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  @Test
  void hundredOperationsAfterEverySessionIsKilledAllSucceed() throws Exception {
    ConnProbe.objects.create(p -> p.name = "before");
    warmPool();
    assertTrue(Backends.killAll(db) > 0, "no session was killed");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int n = i;
      try {
        switch (i % 4) {
          case 0 -> ConnProbe.objects.create(p -> p.name = "p" + n);
          case 1 -> ConnProbe.objects.count();
          case 2 -> ConnProbe.objects.filter(ConnProbe_.name.eq("before")).update(ConnProbe_.value.set((long) n));
          default -> ConnProbe.objects.all().list();
        }
      } catch (RuntimeException e) {
        failures.add(i + ": " + e);
      }
      if (i == 50) {
        warmPool();
        Backends.killAll(db); // a second restart in the middle
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(26, ConnProbe.objects.count());
    assertEquals(98, ConnProbe.objects.get(ConnProbe_.name.eq("before")).value);
  }

  @Test
  void insideAtomicALostConnectionFailsClearlyAndCommitsNothing() {
    ConnectionLostException e = assertThrows(ConnectionLostException.class, () -> db.atomic(() -> {
      ConnProbe.objects.create(p -> p.name = "lost");
      Backends.killAll(db);
      ConnProbe.objects.create(p -> p.name = "never");
    }));
    assertTrue(e.getMessage().contains("inside an atomic block"), e.getMessage());
    assertTrue(e.getMessage().contains("run it again"), e.getMessage());
    // the pool recovers, and nothing of the block was committed
    assertEquals(0, ConnProbe.objects.count());
    db.atomic(() -> ConnProbe.objects.create(p -> p.name = "again"));
    assertEquals(1, ConnProbe.objects.count());
  }
}
