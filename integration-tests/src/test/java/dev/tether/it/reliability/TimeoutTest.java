package dev.tether.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.QueryTimeoutException;
import dev.tether.it.TestDatabases;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Statement timeouts on every database: {@code QuerySet.timeout} and {@code db.statementTimeout}
 * cancel a statement that reads a view taking seconds, throw {@link QueryTimeoutException} naming
 * the limit, and leave the database usable; inside {@code atomic} the block rolls back.
 */
@Tag("reliability")
class TimeoutTest {
  private static final int SLOW_SECONDS = 5;
  private Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    SlowView.create(db, SLOW_SECONDS);
  }

  @AfterEach
  void tearDown() {
    if (db != null) {
      SlowView.drop(db);
      db.close();
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void querySetTimeoutCancelsTheStatement() {
    long start = System.nanoTime();
    QueryTimeoutException e = assertThrows(QueryTimeoutException.class,
        () -> ConnSlow.objects.all().timeout(Duration.ofSeconds(1)).list());
    long took = millisSince(start);
    assertTrue(took >= 900 && took < 3_000, "cancelled after " + took + " ms");
    assertTrue(e.getMessage().contains("timeout of 1 s"), e.getMessage());
    assertTrue(e.getMessage().contains("conn_slow"), e.getMessage());
    assertEquals(Duration.ofSeconds(1), e.timeout());
    // the connection it ran on still works
    ConnProbe.objects.create(p -> p.name = "after");
    assertEquals(1, ConnProbe.objects.count());
  }

  @Test
  void databaseDefaultAppliesAndQuerySetOverridesIt() {
    db.statementTimeout(Duration.ofSeconds(1));
    long start = System.nanoTime();
    assertThrows(QueryTimeoutException.class, () -> ConnSlow.objects.all().list());
    assertTrue(millisSince(start) < 3_000, millisSince(start) + " ms");
    // fast statements are not affected by the default
    ConnProbe.objects.create(p -> p.name = "fast");
    assertEquals(List.of("fast"), ConnProbe.objects.all().list().stream().map(p -> p.name).toList());
    db.statementTimeout(null);
    start = System.nanoTime();
    assertThrows(QueryTimeoutException.class, () -> ConnSlow.objects.all().timeout(Duration.ofSeconds(2)).list());
    long took = millisSince(start);
    assertTrue(took >= 1_900 && took < 4_000, "cancelled after " + took + " ms");
  }

  @Test
  void aTimeoutInsideAtomicRollsTheBlockBack() {
    assertThrows(QueryTimeoutException.class, () -> db.atomic(() -> {
      ConnProbe.objects.create(p -> p.name = "rolled back");
      ConnSlow.objects.all().timeout(Duration.ofSeconds(1)).list();
    }));
    assertEquals(0, ConnProbe.objects.count());
    db.atomic(() -> ConnProbe.objects.create(p -> p.name = "committed"));
    assertEquals(1, ConnProbe.objects.count());
  }

  @Test
  void aNonPositiveTimeoutIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ConnProbe.objects.all().timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> db.statementTimeout(Duration.ofSeconds(-1)));
  }
}
