package dev.tether.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.tether.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tether in a real Spring context: {@code @Transactional}, {@code TransactionTemplate}, rollback-only
 * and the propagations, as Spring's reference documents them ("Transaction Propagation").
 * Subclasses give the database.
 */
abstract class SpringTransactionsTest {
  HikariDataSource dataSource;
  AnnotationConfigApplicationContext context;
  Database db;
  NoteService service;
  TransactionTemplate tx;
  JdbcTemplate jdbc;

  abstract HikariDataSource openDataSource();

  @BeforeEach
  void start() {
    dataSource = openDataSource();
    context = new AnnotationConfigApplicationContext();
    context.registerBean(DataSource.class, () -> dataSource);
    context.register(SpringSetup.class);
    context.refresh();
    db = context.getBean(Database.class);
    db.migrate();
    service = context.getBean(NoteService.class);
    tx = context.getBean(TransactionTemplate.class);
    jdbc = context.getBean(JdbcTemplate.class);
  }

  @AfterEach
  void stop() {
    context.close();
    dataSource.close();
  }

  static void create(String title) {
    Note.objects.create(n -> n.title = title);
  }

  /** What Tether sees (inside a transaction: that transaction's rows). */
  static List<String> titles() {
    return Note.objects.all().stream().map(n -> n.title).toList();
  }

  /** What another connection of the pool sees: committed rows. */
  List<String> committed() {
    try (Connection c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery("SELECT title FROM spring_note ORDER BY title")) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  TransactionTemplate propagation(int behaviour) {
    TransactionTemplate t = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    t.setPropagationBehavior(behaviour);
    return t;
  }

  boolean transactionConnectionAutoCommit() {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      return c.getAutoCommit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  @Test
  void aTransactionalMethodThatThrowsLeavesNoRow() {
    assertThrows(IllegalStateException.class, () -> service.createThenFail("a", "b"));
    assertEquals(List.of(), committed());
    assertEquals(List.of(), titles());
  }

  @Test
  void aTransactionalMethodCommitsWhenItReturns() {
    service.create("a", "b");
    assertEquals(List.of("a", "b"), committed());
  }

  @Test
  void jdbcTemplateAndTetherSeeEachOthersWritesInOneTransaction() {
    tx.executeWithoutResult(status -> {
      jdbc.update("INSERT INTO spring_note (title) VALUES (?)", "by jdbc");
      assertEquals(List.of("by jdbc"), titles());
      create("by tether");
      assertEquals(List.of("by jdbc", "by tether"),
          jdbc.queryForList("SELECT title FROM spring_note ORDER BY title", String.class));
      assertEquals(List.of(), committed(), "nothing is committed before Spring commits");
    });
    assertEquals(List.of("by jdbc", "by tether"), committed());
  }

  @Test
  void rollbackOnlyRollsBackTethersWrites() {
    tx.executeWithoutResult(status -> {
      create("a");
      db.atomic(() -> create("b"));
      status.setRollbackOnly();
    });
    assertEquals(List.of(), committed());
  }

  @Test
  void tetherLeavesTheTransactionsConnectionInManualCommit() {
    tx.executeWithoutResult(status -> {
      create("a");
      db.atomic(() -> create("b"));
      assertFalse(transactionConnectionAutoCommit());
    });
    assertEquals(List.of("a", "b"), committed());
  }

  @Test
  void atomicInsideASpringTransactionIsASavepoint() {
    tx.executeWithoutResult(status -> {
      create("kept");
      assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
        create("undone");
        db.atomic(() -> create("inner"));
        throw new IllegalStateException();
      }));
      assertEquals(List.of("kept"), titles());
      create("after");
    });
    assertEquals(List.of("after", "kept"), committed());
  }

  /** NESTED: a savepoint; its rollback keeps the outer transaction's rows; it commits with the outer. */
  @Test
  void nestedPropagationRollsBackToItsSavepoint() {
    TransactionTemplate nested = propagation(TransactionDefinition.PROPAGATION_NESTED);
    tx.executeWithoutResult(status -> {
      create("outer");
      assertThrows(IllegalStateException.class, () -> nested.executeWithoutResult(inner -> {
        create("inner");
        throw new IllegalStateException();
      }));
      nested.executeWithoutResult(inner -> create("nested kept"));
      assertEquals(List.of(), committed());
    });
    assertEquals(List.of("nested kept", "outer"), committed());
  }

  /** REQUIRES_NEW: its own connection and commit, kept when the outer transaction rolls back. */
  @Test
  void requiresNewCommitsOnItsOwn() {
    TransactionTemplate requiresNew = propagation(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    tx.executeWithoutResult(status -> {
      // SQLite has one writer: the new transaction writes before the outer one takes the lock
      requiresNew.executeWithoutResult(inner -> create("independent"));
      assertEquals(List.of("independent"), committed());
      create("outer");
      status.setRollbackOnly();
    });
    assertEquals(List.of("independent"), committed());
  }

  @Test
  void selectForUpdateRunsInTheSpringTransaction() {
    assertThrows(IllegalStateException.class, () -> Note.objects.all().selectForUpdate().stream().count());
    tx.executeWithoutResult(status -> {
      create("locked");
      assertEquals(List.of("locked"), Note.objects.all().selectForUpdate().stream().map(n -> n.title).toList());
    });
  }

  @Test
  void outsideSpringTransactionsAtomicIsTethersOwnTransaction() throws SQLException {
    db.atomic(() -> {
      create("a");
      create("b");
    });
    assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
      create("c");
      throw new IllegalStateException();
    }));
    create("d");
    assertEquals(List.of("a", "b", "d"), committed());
    try (Connection c = dataSource.getConnection()) {
      assertTrue(c.getAutoCommit(), "the pool's connections are handed back in auto-commit mode");
    }
  }
}
