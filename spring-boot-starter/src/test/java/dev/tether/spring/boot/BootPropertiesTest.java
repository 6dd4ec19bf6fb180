package dev.tether.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.LazyLoadException;
import dev.tether.spring.boot.example.ExampleApplication;
import dev.tether.spring.boot.example.Todo;
import dev.tether.spring.boot.example.Todo_;
import dev.tether.spring.boot.example.TodoService;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code tether.strict-loading}, {@code tether.sql-logging} and {@code tether.slow-query-threshold}, on SQLite. */
@SpringBootTest(classes = ExampleApplication.class, properties = {
    "tether.strict-loading=true", "tether.sql-logging=true", "tether.slow-query-threshold=1ns"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BootPropertiesTest {
  @Autowired Database db;
  @Autowired TodoService service;

  @DynamicPropertySource
  static void dataSource(DynamicPropertyRegistry registry) throws IOException {
    String file = Files.createTempDirectory("tether-boot").resolve("app.db").toString();
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
  }

  @Test
  void strictLoadingRefusesLazyLoads() {
    service.create("strict", List.of("a"));
    Todo todo = Todo.objects.get(Todo_.title.eq("a"));
    assertThrows(LazyLoadException.class, todo::list);
    assertEquals("strict", Todo.objects.selectRelated(Todo_.list()).get(Todo_.title.eq("a")).list().name());
  }

  @Test
  void everyStatementIsLoggedAndSoAreSlowOnes(CapturedOutput output) {
    service.create("logged", List.of("written with a log"));
    String out = output.getAll();
    assertTrue(out.matches("(?s).*DEBUG .*dev\\.tether\\.sql +: \\([0-9.,]+ ms\\) INSERT INTO \"example_todo\".*"
        + "\\[written with a log, (false|0), [0-9]+\\].*"), out);
    assertTrue(out.matches("(?s).*WARN .*dev\\.tether\\.sql\\.slow +: \\([0-9.,]+ ms, threshold 0 ms\\) INSERT INTO"
        + " \"example_todo\".*\\[written with a log, (false|0), [0-9]+\\].*"), out);
  }
}
