package dev.tether.it.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.CloseableIterator;
import dev.tether.Database;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code iterator(chunkSize)} and {@code stream()}: rows as they come, closed by their reader or their block. */
class StreamingTest {
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

  static List<Sensor> sensors(int n, int readingsEach) {
    List<Sensor> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = String.format("S%02d", i);
      Sensor s = Sensor.objects.create(x -> x.name = name);
      for (int j = 0; j < readingsEach; j++) {
        long number = i * 100L + j;
        Reading.objects.create(r -> {
          r.number = number;
          r.label = name + "/" + number;
          r.sensor = s;
        });
      }
      out.add(s);
    }
    return out;
  }

  static List<String> names(CloseableIterator<Sensor> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(s -> out.add(s.name));
    return out;
  }

  @Test
  void iteratorReadsEveryRowInOrder() {
    sensors(7, 0);
    List<String> all = Sensor.objects.all().list().stream().map(s -> s.name).toList();
    for (int chunk : new int[] {1, 3, 7, 2000}) {
      try (CloseableIterator<Sensor> it = Sensor.objects.all().iterator(chunk)) {
        assertEquals(all, names(it), "chunk " + chunk);
        assertFalse(it.hasNext());
      }
    }
    try (Stream<Sensor> s = Sensor.objects.filter(Sensor_.name.gte("S03")).stream()) {
      assertEquals(List.of("S03", "S04", "S05", "S06"), s.map(x -> x.name).toList());
    }
  }

  @Test
  void anEmptyResultEndsAtOnce() {
    try (CloseableIterator<Sensor> it = Sensor.objects.all().iterator(10)) {
      assertFalse(it.hasNext());
    }
  }

  @Test
  void chunkSizeMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Sensor.objects.all().iterator(0));
  }

  /** Django 4.1+: prefetch_related with iterator(chunk_size) runs the prefetch once per chunk. */
  @Test
  void prefetchRelatedRunsOncePerChunk() {
    sensors(5, 2);
    try (CapturedQueries q = db.captureQueries();
        CloseableIterator<Sensor> it = Sensor.objects.prefetchRelated(Sensor_.reading()).iterator(2)) {
      List<String> seen = new ArrayList<>();
      while (it.hasNext()) {
        Sensor s = it.next();
        s.readingSet().list().forEach(r -> seen.add(r.label));
      }
      assertEquals(List.of("S00/0", "S00/1", "S01/100", "S01/101", "S02/200", "S02/201", "S03/300", "S03/301",
          "S04/400", "S04/401"), seen);
      assertEquals(1 + 3, q.count(), "one SELECT and one prefetch per chunk of 2 out of 5: " + q.sql());
    }
  }

  @Test
  void selectRelatedObjectsComeWithTheirRows() {
    sensors(2, 2);
    try (CapturedQueries q = db.captureQueries();
        Stream<Reading> s = Reading.objects.selectRelated(Reading_.sensor()).orderBy(Reading_.number.asc()).stream(3)) {
      assertEquals(List.of("S00", "S00", "S01", "S01"), s.map(r -> r.sensor().name).toList());
      assertEquals(1, q.count(), q.sql().toString());
    }
  }

  @Test
  void aPrefetchedRelatedManagerStreamsItsRows() {
    sensors(1, 3);
    Sensor s = Sensor.objects.prefetchRelated(Sensor_.reading()).list().get(0);
    try (CapturedQueries q = db.captureQueries(); Stream<Reading> rs = s.readingSet().stream()) {
      assertEquals(3, rs.count());
      assertEquals(0, q.count());
    }
  }

  /** A stream left open inside atomic is closed when its block ends; reading on says why. */
  @Test
  void aStreamLeftOpenIsClosedWhenItsAtomicBlockEnds() {
    sensors(5, 0);
    CloseableIterator<Sensor> kept = db.atomic(() -> {
      CloseableIterator<Sensor> it = Sensor.objects.all().iterator(1);
      assertEquals("S00", it.next().name);
      return it;
    });
    IllegalStateException e = assertThrows(IllegalStateException.class, kept::next);
    assertTrue(e.getMessage().contains("atomic block"), e.getMessage());
    kept.close();
    assertEquals(5, Sensor.objects.count());
  }

  @Test
  void aStreamOpenedInANestedBlockClosesWithIt() {
    sensors(3, 0);
    db.atomic(() -> {
      try (CloseableIterator<Sensor> outer = Sensor.objects.all().iterator(1)) {
        CloseableIterator<Sensor> inner = db.atomic(() -> Sensor.objects.all().iterator(1));
        assertThrows(IllegalStateException.class, inner::hasNext);
        assertEquals(List.of("S00", "S01", "S02"), names(outer), "the outer block's stream reads on");
      }
    });
  }

  /** Closing (or reading to the end) gives the connection back: more streams than the pool has connections. */
  @Test
  void closedStreamsGiveTheirConnectionBack() {
    sensors(3, 0);
    for (int i = 0; i < 40; i++) {
      try (CloseableIterator<Sensor> it = Sensor.objects.all().iterator(1)) {
        assertTrue(it.hasNext());
      }
      try (Stream<Sensor> s = Sensor.objects.all().stream()) {
        assertEquals(3, s.count());
      }
      assertEquals(3, Sensor.objects.all().stream().count(), "read to its end, it closed itself");
    }
    assertEquals(3, Sensor.objects.count());
  }

  /**
   * A stream outside atomic ends the read transaction it began (PostgreSQL) and gives back its
   * connection in auto-commit: writes made afterwards on the same connections are committed.
   */
  @Test
  void aClosedStreamLeavesItsConnectionInAutoCommit() {
    sensors(2, 0);
    for (int i = 0; i < 15; i++) {
      try (CloseableIterator<Sensor> it = Sensor.objects.all().iterator(1)) {
        it.next();
      }
      int n = i;
      Sensor.objects.create(x -> x.name = "T" + n);
      assertEquals(3 + i, Raw.number(db, "SELECT COUNT(*) FROM streaming_sensor"), "committed, seen by another connection");
    }
  }

  /**
   * While a stream is read, another thread's write goes through: on a server the writer has a
   * connection of its own, on an SQLite file the stream reads from a reader connection beside the writer.
   */
  @Test
  void anotherThreadWritesWhileTheStreamIsOpen() throws Exception {
    sensors(3, 0);
    try (CloseableIterator<Sensor> it = Sensor.objects.all().iterator(1)) {
      it.next();
      CompletableFuture<Sensor> writer = CompletableFuture.supplyAsync(() -> Sensor.objects.create(x -> x.name = "S99"));
      writer.get(20, TimeUnit.SECONDS);
      it.next();
    }
    assertEquals(4, Sensor.objects.count());
  }
}
