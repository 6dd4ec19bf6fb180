package dev.tether.spring.boot;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Database;
import dev.tether.TetherException;
import dev.tether.spring.boot.example.TodoList;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code tether.migrate-on-startup=false}: the default database, with no tables created. */
@SpringBootTest(classes = NoMigrationOnStartupTest.App.class, properties = "tether.migrate-on-startup=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoMigrationOnStartupTest {
  @Configuration
  @EnableAutoConfiguration
  static class App {}

  @Autowired Database db;

  @DynamicPropertySource
  static void dataSource(DynamicPropertyRegistry registry) throws IOException {
    String file = Files.createTempDirectory("tether-boot").resolve("app.db").toString();
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
  }

  @Test
  void theSchemaIsLeftAlone() {
    assertSame(db, Database.getDefault());
    assertThrows(TetherException.class, () -> TodoList.objects.count());
    db.migrate();
    TodoList.objects.count();
  }
}
