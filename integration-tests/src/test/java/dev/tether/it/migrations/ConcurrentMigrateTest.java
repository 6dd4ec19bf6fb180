package dev.tether.it.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.migrate.Executor;
import dev.tether.internal.migrate.Migration;
import dev.tether.it.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code migrate} runs at once, from two handles on one database, apply each migration once:
 * the second waits for the first's lock (PostgreSQL's advisory lock, MariaDB's GET_LOCK, SQLite's
 * write lock per migration) and then finds nothing left to do.
 */
class ConcurrentMigrateTest {
  @TempDir Path dir;
  Scenario s;
  Database other;

  @BeforeEach
  void open() {
    s = new Scenario(dir);
    other = TestDatabases.reopen(s.db);
  }

  @AfterEach
  void close() {
    other.close();
    s.close();
  }

  /** A statement that takes about half a second, so that the two runs overlap. */
  static String slow() {
    return switch (TestDatabases.kind()) {
      case "postgresql" -> "SELECT pg_sleep(0.4)";
      case "mariadb" -> "DO SLEEP(0.4)";
      default -> "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 600000)"
          + " SELECT count(*) FROM c";
    };
  }

  @Test
  void twoRunsAtOnceApplyEachMigrationOnce() throws Exception {
    Scenario.writeV1(dir);
    String q = TestDatabases.quote("mig_tag");
    Files.writeString(dir.resolve("0002_seed.json"), "{\"format\": 1, \"operations\": [{\"op\": \"runSql\", \"sql\": ["
        + json(slow()) + ", " + json("INSERT INTO " + q + " (" + TestDatabases.quote("name") + ") VALUES ('once')")
        + "]}]}\n");
    Files.writeString(dir.resolve("0003_more.json"), "{\"format\": 1, \"operations\": [{\"op\": \"runSql\", \"sql\": ["
        + json(slow()) + ", " + json("UPDATE " + q + " SET " + TestDatabases.quote("name") + " = 'twice?'") + "]}]}\n");
    List<Migration> migrations = s.migrations();
    assertEquals(3, migrations.size());

    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (Database handle : List.of(s.db, other)) {
        String who = handle == s.db ? "first" : "second";
        runs.add(pool.submit(() -> {
          Executor e = new Executor(Engines.of(handle), migrations, line -> log.add(who + ": " + line));
          start.await();
          return e.migrate(null);
        }));
      }
      int a = runs.get(0).get();
      int b = runs.get(1).get();
      assertEquals(3, a + b, "each migration applied once: " + log);
      if (!TestDatabases.isSqlite()) {
        // one session lock for the whole run: the second waited, then had nothing to do
        assertEquals(0, Math.min(a, b), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.endsWith("Waiting for another migrate run on this database to finish")),
            log.toString());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, log.stream().filter(l -> l.contains(": Applying ")).count(), log.toString());
    assertEquals(List.of("twice?"), s.rows("SELECT name FROM " + q));
    assertEquals(List.of("0001_initial", "0002_seed", "0003_more"),
        s.rows("SELECT name FROM " + TestDatabases.quote("tether_migrations") + " ORDER BY name"));
    if (TestDatabases.kind().equals("mariadb")) {
      // the tables a migration creates, join table and history included, do not pad
      assertEquals(List.of("mig_article|utf8mb4_nopad_bin", "mig_article_tags|utf8mb4_nopad_bin",
          "mig_reporter|utf8mb4_nopad_bin", "mig_tag|utf8mb4_nopad_bin", "tether_migrations|utf8mb4_nopad_bin"),
          s.rows("SELECT table_name, table_collation FROM information_schema.tables WHERE table_schema = DATABASE()"
              + " AND (table_name LIKE 'mig%' OR table_name = 'tether_migrations') ORDER BY table_name"));
    }
    // a third run, from either handle, finds nothing to do
    assertEquals(0, new Executor(Engines.of(other), migrations, l -> { }).migrate(null));
  }

  private static String json(String sql) {
    return "\"" + sql.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
