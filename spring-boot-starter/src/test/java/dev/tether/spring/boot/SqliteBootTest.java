package dev.tether.spring.boot;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link BootTransactionsTest} on an SQLite file: {@code spring.datasource.url=jdbc:sqlite:...}. */
class SqliteBootTest extends BootTransactionsTest {
  @DynamicPropertySource
  static void dataSource(DynamicPropertyRegistry registry) throws IOException {
    String file = Files.createTempDirectory("tether-boot").resolve("app.db").toString();
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
  }
}
