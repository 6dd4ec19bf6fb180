package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Database.of(dataSource)} over connections it does not own: a connection handed out in
 * manual-commit mode is its owner's transaction (Tether writes into it, its {@code atomic} blocks
 * are savepoints, and commit, rollback and the commit mode stay the owner's); a connection in
 * auto-commit mode is handed back in auto-commit mode. The data source is a proxy, as a pool's
 * or a transaction manager's is.
 */
class ExternalTransactionTest {
  Database db;
  Connection owned;
  OwnedConnectionDataSource dataSource;
  Database over;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    owned = TestDatabases.rawConnection(db);
    dataSource = new OwnedConnectionDataSource(owned);
    over = Database.of(dataSource);
  }

  @AfterEach
  void close() throws SQLException {
    over.close();
    owned.close();
    db.close();
  }

  Entry create(String headline) {
    return Entry.objects.using(over).create(e -> {
      e.headline = headline;
      e.pubDate = LocalDate.of(2010, 1, 1);
    });
  }

  List<String> seenBy(Database d) {
    return Entry.objects.using(d).orderBy(Entry_.headline.asc()).stream().map(e -> e.headline).toList();
  }

  /** Rows every other connection sees: committed ones. */
  List<String> committed() {
    return seenBy(db);
  }

  @Test
  void theOwnersRollbackUndoesWhatTetherWrote() throws SQLException {
    owned.setAutoCommit(false);
    create("a");
    over.atomic(() -> create("b"));
    assertEquals(List.of("a", "b"), seenBy(over));
    assertFalse(owned.getAutoCommit(), "Tether switched its owner's connection to auto-commit");
    assertEquals(List.of(), committed(), "Tether committed its owner's transaction");
    owned.rollback();
    assertEquals(List.of(), seenBy(over));
    assertEquals(List.of(), committed());
  }

  @Test
  void theOwnerCommits() throws SQLException {
    owned.setAutoCommit(false);
    create("a");
    over.atomic(() -> create("b"));
    owned.commit();
    assertEquals(List.of("a", "b"), committed());
  }

  @Test
  void atomicInTheOwnersTransactionIsASavepoint() throws SQLException {
    owned.setAutoCommit(false);
    create("kept");
    RuntimeException boom = new RuntimeException("boom");
    assertEquals(boom, assertThrows(RuntimeException.class, () -> over.atomic(() -> {
      create("undone");
      over.atomic(() -> create("inner"));
      throw boom;
    })));
    assertEquals(List.of("kept"), seenBy(over));
    assertFalse(owned.getAutoCommit());
    owned.commit();
    assertEquals(List.of("kept"), committed());
  }

  @Test
  void autoCommitIsHandedBackAsItCame() throws SQLException {
    assertTrue(owned.getAutoCommit());
    over.atomic(() -> create("a"));
    assertTrue(owned.getAutoCommit(), "Tether left the connection in manual-commit mode");
    assertThrows(IllegalStateException.class, () -> over.atomic(() -> {
      create("b");
      throw new IllegalStateException();
    }));
    assertTrue(owned.getAutoCommit());
    create("c");
    assertEquals(List.of("a", "c"), committed());
    assertEquals(dataSource.borrowed.get(), dataSource.returned.get(), "every borrowed connection is given back");
  }

  /** SQLite: the functions Tether registers ({@code tether_lower}, {@code REGEXP}) reach a proxied connection. */
  @Test
  void lookupsThatNeedTethersFunctionsWorkThroughAProxy() throws SQLException {
    owned.setAutoCommit(false);
    create("Alpha");
    create("beta");
    assertEquals(List.of("Alpha"), Entry.objects.using(over).filter(Entry_.headline.icontains("ALP")).stream()
        .map(e -> e.headline).toList());
    assertEquals(List.of("beta"), Entry.objects.using(over).filter(Entry_.headline.regex("^b")).stream()
        .map(e -> e.headline).toList());
    owned.rollback();
  }

  /** {@code selectForUpdate()} needs a transaction: the owner's is one. */
  @Test
  void theOwnersTransactionIsATransaction() throws SQLException {
    assertThrows(IllegalStateException.class, () -> Entry.objects.using(over).selectForUpdate().stream().count());
    owned.setAutoCommit(false);
    create("locked");
    assertEquals(List.of("locked"), Entry.objects.using(over).selectForUpdate().stream().map(e -> e.headline).toList());
    owned.rollback();
  }
}
