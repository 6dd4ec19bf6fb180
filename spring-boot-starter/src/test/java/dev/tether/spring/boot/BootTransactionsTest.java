package dev.tether.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Database;
import dev.tether.spring.boot.example.ExampleApplication;
import dev.tether.spring.boot.example.JdbcStartupReport;
import dev.tether.spring.boot.example.StartupReport;
import dev.tether.spring.boot.example.Todo;
import dev.tether.spring.boot.example.TodoList;
import dev.tether.spring.boot.example.TodoService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The example application booted by Spring Boot with the starter: its {@code Database} bean, the
 * migration before the beans that read at startup, and Tether inside Boot's transactions.
 * Subclasses give the data source ({@code spring.datasource.*}). Each class closes its context
 * (the default database is one per JVM).
 */
@SpringBootTest(classes = ExampleApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BootTransactionsTest {
  @Autowired Database db;
  @Autowired TodoService service;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired StartupReport startup;
  @Autowired JdbcStartupReport jdbcStartup;

  @BeforeEach
  void empty() {
    jdbc.update("DELETE FROM example_todo");
    jdbc.update("DELETE FROM example_todo_list");
  }

  List<String> committedTitles() {
    return jdbc.queryForList("SELECT title FROM example_todo ORDER BY title", String.class);
  }

  @Test
  void theDatabaseBeanIsTheDefaultAndWasMigratedBeforeStartupReads() {
    assertSame(db, Database.getDefault());
    assertEquals(0, startup.listsAtStartup());
    assertEquals(0, jdbcStartup.todosAtStartup());
  }

  @Test
  void aTransactionalServiceThatThrowsLeavesNoRow() {
    assertThrows(IllegalArgumentException.class, () -> service.create("chores", List.of("dishes", " ")));
    assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM example_todo_list", Integer.class));
    assertEquals(List.of(), committedTitles());
  }

  @Test
  void aTransactionalServiceCommits() {
    service.create("chores", List.of("dishes", "bins"));
    assertEquals(List.of("bins", "dishes"), service.titles("chores"));
    assertEquals(List.of("bins", "dishes"), committedTitles());
  }

  @Test
  void jdbcTemplateAndTetherSeeEachOthersWrites() {
    tx.executeWithoutResult(status -> {
      TodoList list = service.create("shared", List.of());
      jdbc.update("INSERT INTO example_todo (title, done, list_id) VALUES (?, ?, ?)", "by jdbc", false, list.id());
      assertEquals(List.of("by jdbc"), Todo.objects.all().stream().map(Todo::title).toList());
      assertEquals(List.of("by jdbc"), committedTitles(), "JdbcTemplate reads in the same transaction");
    });
    assertEquals(List.of("by jdbc"), service.titles("shared"));
  }

  @Test
  void rollbackOnlyLeavesNoRow() {
    tx.executeWithoutResult(status -> {
      service.create("chores", List.of("dishes"));
      status.setRollbackOnly();
    });
    assertEquals(List.of(), committedTitles());
  }

  @Test
  void nestedPropagationAndAtomicAreSavepoints() {
    TransactionTemplate nested = new TransactionTemplate(tx.getTransactionManager());
    nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    tx.executeWithoutResult(status -> {
      service.create("kept", List.of("a"));
      assertThrows(IllegalArgumentException.class,
          () -> nested.executeWithoutResult(inner -> service.create("undone", List.of("b", ""))));
      assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
        service.create("undone too", List.of("c"));
        throw new IllegalStateException();
      }));
    });
    assertEquals(List.of("a"), committedTitles());
  }
}
