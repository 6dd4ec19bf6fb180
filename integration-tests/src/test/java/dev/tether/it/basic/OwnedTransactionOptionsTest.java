package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.Isolation;
import dev.tether.it.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code onCommit} and isolation over a connection whose owner (a transaction manager) holds the
 * transaction: Tether cannot know when the owner commits, nor change its isolation.
 */
class OwnedTransactionOptionsTest {
  Database db;
  Connection owned;
  Database over;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    owned = TestDatabases.rawConnection(db);
    over = Database.of(new OwnedConnectionDataSource(owned));
  }

  @AfterEach
  void close() throws SQLException {
    over.close();
    owned.close();
    db.close();
  }

  @Test
  void onCommitInTheOwnersTransactionIsRefused() throws SQLException {
    owned.setAutoCommit(false);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> over.onCommit(() -> {}));
    assertTrue(e.getMessage().contains("TransactionSynchronization"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> over.atomic(() -> over.onCommit(() -> {})));
    owned.rollback();
  }

  @Test
  void onCommitOnAnAutoCommitConnectionRunsAtOnce() {
    List<String> ran = new ArrayList<>();
    over.onCommit(() -> ran.add("now"));
    assertEquals(List.of("now"), ran);
    over.atomic(() -> over.onCommit(() -> ran.add("after")));
    assertEquals(List.of("now", "after"), ran);
  }

  @Test
  void theOwnersIsolationCannotBeChanged() throws SQLException {
    owned.setAutoCommit(false);
    Isolation other = owned.getTransactionIsolation() == Connection.TRANSACTION_SERIALIZABLE
        ? Isolation.READ_COMMITTED : Isolation.SERIALIZABLE;
    assertThrows(IllegalStateException.class, () -> over.atomic(other, () -> {}));
    owned.rollback();
  }
}
