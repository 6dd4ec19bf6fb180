package dev.tether.it.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.Isolation;
import dev.tether.TetherException;
import dev.tether.TxOptions;
import dev.tether.it.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code db.atomic(Isolation, ...)} and {@code db.atomic(TxOptions.readOnly(), ...)}. */
class TxOptionsTest {
  Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    Thing.objects.create(t -> t.num = 1);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  /** Counts Things twice in one transaction, with a row committed by another connection between. */
  private long[] countsAroundAConcurrentInsert(Isolation level) {
    try (Database other = TestDatabases.reopen(db)) {
      return db.atomic(level, () -> {
        long before = Thing.objects.count();
        Thing.objects.using(other).create(t -> t.num = 2);
        return new long[] {before, Thing.objects.count()};
      });
    }
  }

  @Test
  void repeatableReadDoesNotSeeAConcurrentCommit() {
    Assumptions.assumeFalse(TestDatabases.isSqlite(), "one SQLite writer at a time");
    long[] counts = countsAroundAConcurrentInsert(Isolation.REPEATABLE_READ);
    assertEquals(1, counts[0]);
    assertEquals(1, counts[1]); // PostgreSQL's default, READ COMMITTED, would see 2
  }

  @Test
  void readCommittedSeesAConcurrentCommit() {
    Assumptions.assumeFalse(TestDatabases.isSqlite(), "one SQLite writer at a time");
    long[] counts = countsAroundAConcurrentInsert(Isolation.READ_COMMITTED);
    assertEquals(1, counts[0]);
    assertEquals(2, counts[1]); // MariaDB's default, REPEATABLE READ, would see 1
  }

  @Test
  void serializableRunsEverywhere() {
    long n = db.atomic(Isolation.SERIALIZABLE, () -> {
      Thing.objects.create(t -> t.num = 2);
      return Thing.objects.count();
    });
    assertEquals(2, n);
  }

  @Test
  void aReadOnlyBlockReadsAndRefusesWrites() {
    assertEquals(1, db.atomic(TxOptions.readOnly(), () -> Thing.objects.count()));
    assertThrows(TetherException.class, () -> db.atomic(TxOptions.readOnly(), () -> {
      Thing.objects.create(t -> t.num = 2);
    }));
    assertThrows(TetherException.class, () -> db.atomic(TxOptions.isolation(Isolation.SERIALIZABLE).asReadOnly(),
        () -> {
          Thing.objects.filter(Thing_.num.eq(1)).update(Thing_.num.set(5));
        }));
    // the connection is writable again afterwards
    for (int i = 0; i < 3; i++) {
      db.atomic(() -> {
        Thing.objects.create(t -> t.num = 3);
      });
    }
    Thing.objects.create(t -> t.num = 4);
    assertEquals(5, Thing.objects.count());
  }

  @Test
  void aNestedBlockCannotChangeTheIsolation() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> db.atomic(Isolation.SERIALIZABLE, () -> db.atomic(Isolation.READ_COMMITTED, () -> {})));
    assertTrue(e.getMessage().contains("SERIALIZABLE") && e.getMessage().contains("READ_COMMITTED"), e.getMessage());
    // the same level nested is fine
    db.atomic(Isolation.SERIALIZABLE, () -> db.atomic(Isolation.SERIALIZABLE, () -> {
      Thing.objects.create(t -> t.num = 2);
    }));
    assertEquals(2, Thing.objects.count());
  }

  @Test
  void aNestedBlockCannotBeReadOnlyInAReadWriteTransaction() {
    assertThrows(IllegalStateException.class,
        () -> db.atomic(() -> db.atomic(TxOptions.readOnly(), () -> {})));
    // a plain block nested in a read-only one is part of it
    assertEquals(1, db.atomic(TxOptions.readOnly(), () -> db.atomic(() -> Thing.objects.count())));
  }
}
