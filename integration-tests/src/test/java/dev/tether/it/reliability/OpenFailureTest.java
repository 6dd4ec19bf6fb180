package dev.tether.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.Migrations;
import dev.tether.TetherException;
import dev.tether.it.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Database.open} on a wrong port, a missing database or refused credentials fails within a
 * few seconds with the driver's message and the URL, never the password, and leaves no pool
 * thread running; the migrations command likewise exits with 2 and says why.
 */
@Tag("reliability")
class OpenFailureTest {
  private static final String SECRET = "s3cret-Pa55";
  @TempDir Path dir;
  private String url;
  private String user;

  @BeforeEach
  void setUp() {
    Assumptions.assumeFalse(TestDatabases.isSqlite(), "servers only");
    boolean pg = TestDatabases.kind().equals("postgresql");
    url = pg ? TestDatabases.POSTGRES_URL : TestDatabases.MARIADB_URL;
    user = pg ? TestDatabases.POSTGRES_USER : TestDatabases.MARIADB_USER;
    TestDatabases.open().close(); // skips when the server is not reachable
  }

  private static long poolThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("tether ")).count();
  }

  /** Opens, expects a failure within 4 s naming {@code expected}, and no thread left behind. */
  private TetherException failsFast(String badUrl, String badUser, String password, String expected)
      throws InterruptedException {
    return failsFast(badUrl, badUser, password, expected, 4_000);
  }

  private TetherException failsFast(String badUrl, String badUser, String password, String expected, long limit)
      throws InterruptedException {
    long threadsBefore = poolThreads();
    long start = System.nanoTime();
    TetherException e = assertThrows(TetherException.class, () -> Database.open(badUrl, badUser, password).close());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < limit, "failed after " + millis + " ms: " + e.getMessage());
    assertTrue(e.getMessage().contains("could not open " + badUrl.replace(SECRET, "***")), e.getMessage());
    assertTrue(e.getMessage().toLowerCase().contains(expected.toLowerCase()), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    for (int i = 0; i < 50 && poolThreads() > threadsBefore; i++) {
      Thread.sleep(100); // a pool's threads may take a moment to end
    }
    assertTrue(poolThreads() <= threadsBefore, "pool threads left running: " + poolThreads() + " > " + threadsBefore);
    return e;
  }

  private String withPort(int port) {
    return url.replaceFirst(":\\d+/", ":" + port + "/");
  }

  private String withDatabase(String name) {
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
  }

  @Test
  void wrongPort() throws Exception {
    failsFast(withPort(1), user, SECRET, TestDatabases.kind().equals("postgresql") ? "refused" : "connect");
  }

  /** A port that accepts connections and never answers: the login gives up within seconds. */
  @Test
  void aServerThatNeverAnswers() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        List<Socket> held = new ArrayList<>();
        try {
          while (true) {
            held.add(silent.accept()); // kept open, never written to
          }
        } catch (IOException closed) {
          held.forEach(s -> {
            try {
              s.close();
            } catch (IOException ignored) {
              // closing
            }
          });
        }
      });
      acceptor.start();
      failsFast(withPort(silent.getLocalPort()), user, SECRET, "", 8_000);
    }
  }

  @Test
  void missingDatabase() throws Exception {
    failsFast(withDatabase("tether_no_such_db"), user, "", "tether_no_such_db");
  }

  /**
   * MariaDB: the wrong password for the test user. PostgreSQL: the local server trusts every
   * password, so an unknown role stands for refused credentials.
   */
  @Test
  void refusedCredentials() throws Exception {
    if (TestDatabases.kind().equals("postgresql")) {
      failsFast(url, "tether_no_such_role", SECRET, "tether_no_such_role");
    } else {
      failsFast(url, user, SECRET, "denied");
    }
  }

  @Test
  void aPasswordInTheUrlIsNotShown() throws Exception {
    String sep = url.contains("?") ? "&" : "?";
    failsFast(withPort(1) + sep + "password=" + SECRET, user, null, "");
  }

  @Test
  void migrationsCommandExitsWithTwoAndSaysWhy() throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long threadsBefore = poolThreads();
    long start = System.nanoTime();
    int code = Migrations.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "migrate", "--dir", dir.resolve("migrations").toString(),
        "--database", withDatabase("tether_no_such_db"), "--user", user, "--password", SECRET);
    assertTrue((System.nanoTime() - start) / 1_000_000 < 4_000);
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, message);
    assertTrue(message.startsWith("error: could not open " + withDatabase("tether_no_such_db")), message);
    assertTrue(message.contains("tether_no_such_db"), message);
    assertFalse(message.contains(SECRET), message);
    for (int i = 0; i < 50 && poolThreads() > threadsBefore; i++) {
      Thread.sleep(100);
    }
    assertTrue(poolThreads() <= threadsBefore, "pool threads left running: " + poolThreads() + " > " + threadsBefore);
  }
}
