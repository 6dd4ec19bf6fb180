package dev.tether.it.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Django's {@code transaction_hooks.tests.TestConnectionOnCommit}: {@code db.onCommit}. */
class OnCommitTest {
  Database db;
  final List<Integer> notified = new ArrayList<>();

  static final class ForcedError extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

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

  /** Django's {@code do}: saves a Thing and asks to be told once it is committed. */
  void doIt(int num) {
    Thing.objects.create(t -> t.num = num);
    db.onCommit(() -> notified.add(num));
  }

  void assertDone(List<Integer> nums) {
    assertEquals(nums, notified);
    List<Integer> saved = new ArrayList<>();
    for (Thing t : Thing.objects.orderBy(Thing_.num.asc())) {
      saved.add(t.num);
    }
    assertEquals(nums, saved);
  }

  void assertNotified(List<Integer> nums) {
    assertEquals(nums, notified);
  }

  @Test
  void executesImmediatelyIfNoTransaction() {
    doIt(1);
    assertDone(List.of(1));
  }

  @Test
  void delaysExecutionUntilAfterTransactionCommit() {
    db.atomic(() -> {
      doIt(1);
      assertNotified(List.of());
    });
    assertDone(List.of(1));
  }

  @Test
  void doesNotExecuteIfTransactionRolledBack() {
    assertThrows(ForcedError.class, () -> db.atomic(() -> {
      doIt(1);
      throw new ForcedError();
    }));
    assertDone(List.of());
  }

  @Test
  void executesOnlyAfterFinalTransactionCommitted() {
    db.atomic(() -> {
      db.atomic(() -> {
        doIt(1);
        assertNotified(List.of());
      });
      assertNotified(List.of());
    });
    assertDone(List.of(1));
  }

  @Test
  void discardsHooksFromRolledBackSavepoint() {
    db.atomic(() -> {
      // one failed savepoint
      try {
        db.atomic(() -> {
          doIt(1);
          throw new ForcedError();
        });
      } catch (ForcedError e) {
        // expected
      }
      // another successful savepoint
      db.atomic(() -> doIt(2));
    });
    assertDone(List.of(2));
  }

  @Test
  void noHooksRunFromFailedTransaction() {
    // an IntegrityException-like failure of the whole block
    assertThrows(ForcedError.class, () -> db.atomic(() -> {
      doIt(1);
      db.atomic(() -> doIt(2));
      throw new ForcedError();
    }));
    assertDone(List.of());
  }

  @Test
  void innerSavepointRolledBackWithOuter() {
    assertThrows(ForcedError.class, () -> db.atomic(() -> {
      db.atomic(() -> doIt(1));
      throw new ForcedError();
    }));
    doIt(2);
    assertDone(List.of(2));
  }

  @Test
  void innerSavepointDoesNotAffectOuter() {
    db.atomic(() -> {
      db.atomic(() -> doIt(1));
    });
    assertDone(List.of(1));
  }

  @Test
  void runsHooksInOrderRegistered() {
    db.atomic(() -> {
      doIt(1);
      db.atomic(() -> doIt(2));
      doIt(3);
    });
    assertDone(List.of(1, 2, 3));
  }

  @Test
  void hooksClearedAfterSuccessfulCommit() {
    db.atomic(() -> doIt(1));
    db.atomic(() -> doIt(2));
    assertDone(List.of(1, 2)); // not [1, 1, 2]
  }

  @Test
  void hooksClearedAfterRollback() {
    assertThrows(ForcedError.class, () -> db.atomic(() -> {
      doIt(1);
      throw new ForcedError();
    }));
    db.atomic(() -> doIt(2));
    assertDone(List.of(2));
  }

  @Test
  void errorInHookDoesNotPreventClearingHooks() {
    assertThrows(ForcedError.class, () -> db.atomic(() -> db.onCommit(() -> {
      throw new ForcedError();
    })));
    db.atomic(() -> doIt(1));
    assertDone(List.of(1));
  }

  @Test
  void dbQueryInHookRunsOutsideTheTransaction() {
    List<Long> counts = new ArrayList<>();
    db.atomic(() -> {
      Thing.objects.create(t -> t.num = 1);
      db.onCommit(() -> counts.add(Thing.objects.count()));
    });
    assertEquals(List.of(1L), counts);
  }

  @Test
  void transactionInHook() {
    db.atomic(() -> db.onCommit(() -> db.atomic(() -> {
      Thing.objects.create(t -> t.num = 1);
    })));
    assertEquals(1, Thing.objects.count());
  }

  @Test
  void hookInHookRunsAtOnce() {
    db.atomic(() -> db.onCommit(() -> db.onCommit(() -> notified.add(1))));
    assertNotified(List.of(1));
  }

  @Test
  void aNullCallbackIsRefused() {
    assertThrows(NullPointerException.class, () -> db.onCommit(null));
  }
}
