package dev.tether.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tether.CapturedQueries;
import dev.tether.CapturedQuery;
import dev.tether.Database;
import dev.tether.Databases;
import dev.tether.ReplicaRouter;
import dev.tether.TetherException;
import dev.tether.it.TestDatabases;
import dev.tether.meta.ModelMeta;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The replica router on a real PostgreSQL streaming replica of the test server
 * ({@code -Dtether.test.replica.url}, by default the test database on port 5433, which
 * {@code .ci/services.sh} starts with {@code pg_basebackup -R}). Runs in the PostgreSQL pass of the
 * suite; an unreachable replica skips it, or fails it under {@code CI=true}.
 */
class StreamingReplicaTest {
  static final String REPLICA_URL = System.getProperty("tether.test.replica.url",
      TestDatabases.POSTGRES_URL.replace(":5432/", ":5433/"));
  static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(20);

  Databases dbs;
  ReplicaRouter router;
  final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  final Logger replicasLog = Logger.getLogger("dev.tether.replicas");
  final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      logged.add(r);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void open() {
    Assumptions.assumeTrue(TestDatabases.kind().equals("postgresql"), "PostgreSQL only");
    Database primary = TestDatabases.open();
    Database replica = openReplica();
    router = ReplicaRouter.of("default", "replica").probeBackoff(Duration.ofMillis(200), Duration.ofSeconds(1));
    dbs = Databases.builder().add("default", primary).add("replica", replica).router(router).build().install();
    primary.createTables(List.of(Person_.META, Book_.META));
    waitForReplay();
    replicasLog.addHandler(handler);
  }

  @AfterEach
  void close() {
    replicasLog.removeHandler(handler);
    if (dbs != null) {
      dbs.close();
    }
  }

  /** The replica with a short wait for a connection (2 s), so a read that finds it down moves on quickly. */
  static Database openReplica() {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(REPLICA_URL);
    c.setUsername(TestDatabases.POSTGRES_USER);
    c.setPassword("");
    c.setMaximumPoolSize(4);
    c.setConnectionTimeout(2000);
    c.setConnectionInitSql("SET TIME ZONE 'UTC'");
    c.setPoolName("tether-test-replica");
    try {
      return Database.of(new HikariDataSource(c));
    } catch (RuntimeException e) {
      String line = "[tether] the PostgreSQL replica at " + REPLICA_URL + " is not reachable (" + e.getMessage()
          + "): the streaming replica tests are skipped (.ci/services.sh starts it)";
      if ("true".equals(System.getenv("CI"))) {
        fail(line + " -- and CI=true requires it");
      }
      System.out.println(line);
      Assumptions.abort(line);
      return null;
    }
  }

  static List<String> where(CapturedQueries q) {
    return q.queries().stream().map(CapturedQuery::database).toList();
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  void waitForReplay() {
    String lsn = dbs.get("default").query("SELECT pg_current_wal_lsn()::text", List.of(), r -> r.getString(1)).get(0);
    long deadline = System.nanoTime() + REPLAY_TIMEOUT.toNanos();
    try (Connection c = DriverManager.getConnection(REPLICA_URL, TestDatabases.POSTGRES_USER, "");
        PreparedStatement ps = c.prepareStatement("SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
      ps.setString(1, lsn);
      while (true) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          fail("the replica did not replay " + lsn + " within " + REPLAY_TIMEOUT);
        }
        Thread.sleep(20);
      }
    } catch (SQLException | InterruptedException e) {
      throw new AssertionError("waiting for the replica: " + e.getMessage(), e);
    }
  }

  @Test
  void theReplicaIsAReadOnlyStandby() {
    Database replica = dbs.get("replica");
    assertEquals(List.of(true), replica.query("SELECT pg_is_in_recovery()", List.of(), r -> r.getBoolean(1)));
    var e = assertThrows(TetherException.class,
        () -> Person.objects.using(replica).create(p -> p.name = "nowhere"));
    assertTrue(e.getMessage().contains("read-only transaction"), e.getMessage());
  }

  @Test
  void writesAppearOnTheReplicaAfterReplication() {
    try (CapturedQueries q = dbs.captureQueries()) {
      Person marty = Person.objects.create(p -> p.name = "Marty Alchin");
      Book.objects.create(b -> {
        b.title = "Pro Django";
        b.editor = marty;
      });
      assertEquals(List.of("default", "default"), where(q));
    }
    waitForReplay();
    try (CapturedQueries q = dbs.captureQueries()) {
      Book pro = Book.objects.get(Book_.title.eq("Pro Django"));
      assertEquals("replica", ModelMeta.databaseOf(pro).alias());
      assertEquals("Marty Alchin", pro.editor().name);
      assertEquals(List.of("replica", "replica"), where(q));
      pro.pages = 300;
      pro.save();
      assertEquals("default", where(q).get(2), "a save goes to the primary, whatever the object was read from");
    }
    waitForReplay();
    assertEquals(300, Book.objects.get(Book_.title.eq("Pro Django")).pages);
  }

  @Test
  void anAtomicBlockReadsItsOwnWritesOnThePrimary() {
    Database primary = dbs.get("default");
    try (CapturedQueries q = dbs.captureQueries()) {
      primary.atomic(() -> {
        Person.objects.create(p -> p.name = "Mark Pilgrim");
        assertEquals(1, Person.objects.filter(Person_.name.eq("Mark Pilgrim")).count());
        Person locked = Person.objects.selectForUpdate().get(Person_.name.eq("Mark Pilgrim"));
        locked.name = "Mark";
        locked.save();
        assertEquals("Mark", Person.objects.get(Person_.name.eq("Mark")).name);
      });
      assertTrue(where(q).stream().allMatch("default"::equals), where(q).toString());
    }
  }

  @Test
  void stoppingTheReplicaLosesNoRequest() throws Exception {
    Replica server = Replica.of(dbs.get("replica"));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger done = new AtomicInteger();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    Thread worker = new Thread(() -> {
      int i = 0;
      while (!stop.get()) {
        try {
          String name = "p" + i++;
          Person.objects.create(p -> p.name = name);
          Person.objects.count();
          Person.objects.filter(Person_.name.eq("p0")).exists();
          done.incrementAndGet();
        } catch (Throwable t) {
          failures.add(t);
        }
      }
    }, "routing-test-worker");
    boolean stopped = false;
    try (CapturedQueries q = dbs.captureQueries()) {
      worker.start();
      awaitProgress(done, 20);
      server.stop();
      stopped = true;
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!router.isDown("replica") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(router.isDown("replica"), "the router noticed the replica is down");
      int before = q.count();
      awaitProgress(done, 20);
      List<CapturedQuery> all = q.queries(); // one snapshot: the worker keeps adding
      List<CapturedQuery> whileDown = all.subList(before, all.size());
      assertTrue(whileDown.stream().allMatch(c -> c.database().equals("default")),
          "while the replica is down every statement goes to the primary");
      server.start();
      stopped = false;
      deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (router.isDown("replica") && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(!router.isDown("replica"), "the replica takes reads again once it answers");
      int back = q.count();
      awaitProgress(done, 10);
      List<CapturedQuery> after = q.queries();
      assertTrue(after.subList(back, after.size()).stream().anyMatch(c -> c.database().equals("replica")),
          "reads go to the replica again");
    } finally {
      stop.set(true);
      worker.join(30_000);
      if (stopped) {
        server.start();
      }
    }
    assertEquals(List.of(), failures, "no request failed");
    assertTrue(logged.stream().anyMatch(r -> r.getLevel() == java.util.logging.Level.WARNING
        && r.getMessage().contains("cannot be reached")), "a WARNING says the replica is down");
    assertTrue(logged.stream().anyMatch(r -> r.getLevel() == java.util.logging.Level.INFO
        && r.getMessage().contains("answers again")), "an INFO line says it is back");
    waitForReplay();
    assertEquals(Person.objects.using(dbs.get("default")).count(), Person.objects.count(),
        "the replica caught up with every write made while it was down");
  }

  private static void awaitProgress(AtomicInteger done, int more) throws InterruptedException {
    int target = done.get() + more;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (done.get() < target && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(done.get() >= target, "the worker made progress");
  }

  /** The replica server, stopped and started with pg_ctl as the postgres user. */
  record Replica(List<String> asPostgres, String pgCtl, String dataDir, String logFile) {
    static Replica of(Database replica) {
      String dir = replica.query("SHOW data_directory", List.of(), r -> r.getString(1)).get(0);
      int version = replica.query("SHOW server_version_num", List.of(), r -> r.getInt(1)).get(0) / 10000;
      String port = replica.query("SHOW port", List.of(), r -> r.getString(1)).get(0);
      String user = System.getProperty("user.name");
      List<String> prefix = user.equals("postgres") ? List.of()
          : user.equals("root") ? List.of("runuser", "-u", "postgres", "--") : null;
      if (prefix == null) {
        String line = "cannot stop and start the replica as " + user + " (root or postgres can)";
        if ("true".equals(System.getenv("CI"))) {
          fail(line);
        }
        Assumptions.abort(line);
      }
      return new Replica(prefix, "/usr/lib/postgresql/" + version + "/bin/pg_ctl", dir,
          "/var/log/postgresql/postgresql-" + version + "-replica_" + port + ".log");
    }

    void stop() {
      run("-D", dataDir, "-m", "fast", "-w", "stop");
    }

    void start() {
      run("-D", dataDir, "-l", logFile, "-w", "-t", "60", "start");
    }

    private void run(String... args) {
      List<String> cmd = new ArrayList<>(asPostgres);
      cmd.add(pgCtl);
      cmd.addAll(List.of(args));
      try {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
          fail(String.join(" ", cmd) + " failed: " + out);
        }
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(String.join(" ", cmd) + ": " + e.getMessage(), e);
      }
    }
  }
}
