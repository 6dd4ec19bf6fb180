package dev.tether.it.abstracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import dev.tether.path.DateExpr;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code DateExpr.now()}: the database's clock, Django's {@code Now()}, compared with an Instant column. */
class NowTest {
  Database db;

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
  void nowComparesWithInstantsOnTheServerClock() {
    Note.objects.create(n -> n.slug = "old");
    Note.objects.create(n -> n.slug = "new");
    Instant future = Instant.now().plus(Duration.ofDays(2));
    Note.objects.filter(Note_.slug.eq("old")).update(Note_.createdAt.set(Instant.parse("2001-01-01T10:00:00Z")));
    Note.objects.filter(Note_.slug.eq("new")).update(Note_.createdAt.set(future));
    // Django: Note.objects.filter(created_at__lt=Now())
    assertEquals(List.of("old"), Note.objects.filter(Note_.createdAt.lt(DateExpr.now())).valuesList(Note_.slug)
        .list());
    assertEquals(List.of("new"), Note.objects.filter(Note_.createdAt.gt(DateExpr.now())).valuesList(Note_.slug)
        .list());
    // as a value: the server's time, close to this machine's
    Instant now = Note.objects.filter(Note_.slug.eq("old")).valuesList(DateExpr.<Note>now()).list().get(0);
    assertTrue(Duration.between(now, Instant.now()).abs().toMinutes() < 5, now.toString());
    // update(created_at=Now()): set by the database
    Note.objects.filter(Note_.slug.eq("old")).update(Note_.createdAt.set(DateExpr.now()));
    Instant set = Note.objects.get(Note_.slug.eq("old")).createdAt;
    assertTrue(Duration.between(set, Instant.now()).abs().toMinutes() < 5, set.toString());
  }
}
