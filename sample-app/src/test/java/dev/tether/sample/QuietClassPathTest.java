package dev.tether.sample;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.TetherException;
import org.junit.jupiter.api.Test;

/**
 * An application on SQLite alone gets neither HikariCP nor SLF4J from Tether, so nothing prints
 * SLF4J's "no providers" warning (sqlite-jdbc logs through SLF4J only when it is present).
 */
class QuietClassPathTest {
  @Test
  void noPoolAndNoSlf4jOnTheClassPath() {
    ClassLoader loader = QuietClassPathTest.class.getClassLoader();
    assertNull(loader.getResource("com/zaxxer/hikari/HikariDataSource.class"), "HikariCP came with tether-runtime");
    assertNull(loader.getResource("org/slf4j/LoggerFactory.class"), "SLF4J came with tether-runtime");
  }

  @Test
  void aServerByUrlWithoutHikariCpSaysWhatToAdd() {
    TetherException e = assertThrows(TetherException.class,
        () -> Database.open("jdbc:postgresql://127.0.0.1:5432/none", "postgres", ""));
    assertTrue(e.getMessage().contains("add com.zaxxer:HikariCP to your dependencies"), e.getMessage());
  }
}
