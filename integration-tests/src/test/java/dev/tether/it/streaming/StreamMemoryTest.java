package dev.tether.it.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The memory bound of streaming: a million readings of 150 characters (well over 128 MB as
 * objects) are read by {@code stream()} in a JVM with {@code -Xmx128m}, and the same JVM running
 * {@code list()} on them runs out of memory.
 */
@Tag("memory")
class StreamMemoryTest {
  static final int ROWS = 1_000_000;

  @Test
  void aMillionRowsStreamUnder128MegabytesOfHeap() throws Exception {
    try (Database db = TestDatabases.open()) {
      db.migrate();
      long start = System.nanoTime();
      insertMillion(db);
      System.out.printf("[%s] %d rows inserted in %d ms%n", TestDatabases.kind(), ROWS,
          (System.nanoTime() - start) / 1_000_000);
      String user = TestDatabases.kind().equals("postgresql") ? TestDatabases.POSTGRES_USER
          : TestDatabases.kind().equals("mariadb") ? TestDatabases.MARIADB_USER : "-";

      start = System.nanoTime();
      Run streamed = run(db.url(), user, "stream", "2000");
      System.out.printf("[%s] stream(): %s in %d ms%n", TestDatabases.kind(), streamed.out.strip(),
          (System.nanoTime() - start) / 1_000_000);
      assertEquals(0, streamed.exit, streamed.out);
      long sum = (long) ROWS * (ROWS + 1) / 2;
      assertTrue(streamed.out.contains("rows=" + ROWS + " sum=" + sum + " labels=" + 150L * ROWS + " "), streamed.out);

      start = System.nanoTime();
      Run listed = run(db.url(), user, "list", "0");
      System.out.printf("[%s] list(): exit %d in %d ms%n", TestDatabases.kind(), listed.exit,
          (System.nanoTime() - start) / 1_000_000);
      assertNotEquals(0, listed.exit, "list() of a million readings should not fit in 128 MB: " + listed.out);
      assertTrue(listed.out.contains("OutOfMemoryError"), listed.out);
    }
  }

  /** One INSERT ... SELECT from a generated series: a million rows in seconds. */
  static void insertMillion(Database db) throws SQLException {
    String sql = switch (TestDatabases.kind()) {
      case "postgresql" -> "INSERT INTO streaming_reading (number, label)"
          + " SELECT i, lpad(i::text, 150, '0') FROM generate_series(1, " + ROWS + ") AS i";
      case "mariadb" -> "INSERT INTO streaming_reading (number, label)"
          + " SELECT seq, LPAD(seq, 150, '0') FROM seq_1_to_" + ROWS;
      default -> "INSERT INTO streaming_reading (number, label)"
          + " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + ROWS + ")"
          + " SELECT i, printf('%0150d', i) FROM n";
    };
    try (Connection c = TestDatabases.rawConnection(db); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  record Run(int exit, String out) {}

  static Run run(String url, String user, String mode, String chunk) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        StreamMemoryMain.class.getName(), url, user, mode, chunk)).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
