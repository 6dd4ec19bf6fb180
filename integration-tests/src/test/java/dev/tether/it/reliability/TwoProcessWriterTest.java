package dev.tether.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two JVMs increment one counter in one SQLite file, each {@value #N} times, reading it with
 * {@code selectForUpdate} inside {@code atomic}: with {@code BEGIN IMMEDIATE} the second waits on
 * the busy timeout instead of failing with SQLITE_BUSY, so none fails and the count is exact.
 */
@Tag("reliability")
class TwoProcessWriterTest {
  private static final int N = 300;
  private Database db;

  @BeforeEach
  void setUp() {
    TestDatabases.assumeSqlite();
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    ConnProbe.objects.create(p -> p.name = "shared");
  }

  @AfterEach
  void tearDown() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void twoProcessesIncrementingOneFileLoseNothingAndNeverFail() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process other = new ProcessBuilder(java, "-cp", classPath, TwoProcessWriter.class.getName(), db.url(),
        String.valueOf(N)).redirectErrorStream(true).start();
    TwoProcessWriter.increment(db, N);
    boolean ended = other.waitFor(3, TimeUnit.MINUTES);
    String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      other.destroyForcibly();
    }
    assertEquals(0, ended ? other.exitValue() : -1, output);
    assertEquals("done", output.strip().lines().reduce((a, b) -> b).orElse(""), output);
    assertEquals(2L * N, ConnProbe.objects.get(ConnProbe_.name.eq("shared")).value);
  }
}
