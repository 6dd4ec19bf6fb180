package dev.tether.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.CapturedQuery;
import dev.tether.Database;
import dev.tether.Databases;
import dev.tether.ReplicaRouter;
import dev.tether.TetherException;
import dev.tether.it.TestDatabases;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A replica going down and coming back, on every build: the "replicas" are SQLite handles on the
 * primary's file behind a data source that can refuse connections as a stopped server does
 * (SQLState 08001). {@link StreamingReplicaTest} does the same with a real PostgreSQL standby.
 */
class ReplicaFailoverTest {
  Databases dbs;
  ReplicaRouter router;
  Switch one;
  Switch two;
  final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  final Logger log = Logger.getLogger("dev.tether.replicas");
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

  /** A data source on an SQLite file whose connections can be refused. */
  static final class Switch implements DataSource {
    final String url;
    volatile boolean down;

    Switch(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (down) {
        throw new SQLNonTransientConnectionException("Connection to the replica refused", "08001");
      }
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <X> X unwrap(Class<X> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }

  @BeforeEach
  void open() {
    TestDatabases.assumeSqlite();
    Database primary = TestDatabases.open();
    primary.createTables(List.of(Person_.META, Book_.META));
    one = new Switch(primary.url());
    two = new Switch(primary.url());
    router = ReplicaRouter.of("default", "replica1", "replica2")
        .probeBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    dbs = Databases.builder().add("default", primary).add("replica1", Database.of(one))
        .add("replica2", Database.of(two)).router(router).build().install();
    Person.objects.create(p -> p.name = "Marty");
    log.addHandler(handler);
  }

  @AfterEach
  void close() {
    log.removeHandler(handler);
    if (dbs != null) {
      dbs.close();
    }
  }

  static List<String> where(CapturedQueries q) {
    return q.queries().stream().map(CapturedQuery::database).toList();
  }

  @Test
  void aDownReplicaIsSkippedAndComesBack() throws InterruptedException {
    one.down = true;
    try (CapturedQueries q = dbs.captureQueries()) {
      for (int i = 0; i < 6; i++) {
        assertEquals("Marty", Person.objects.get(Person_.name.eq("Marty")).name);
      }
      assertFalse(where(q).contains("replica1"), where(q).toString());
      assertEquals(6, q.count(), "each read ran once, on a replica that answered");
    }
    assertTrue(router.isDown("replica1"), logged.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList().toString());
    assertFalse(router.isDown("replica2"));
    assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.WARNING
        && r.getMessage().contains("cannot be reached")), "a WARNING names the replica");

    one.down = false;
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (router.isDown("replica1") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertFalse(router.isDown("replica1"), "the probe found it back");
    try (CapturedQueries q = dbs.captureQueries()) {
      for (int i = 0; i < 4; i++) {
        Person.objects.count();
      }
      assertEquals(2, where(q).stream().filter("replica1"::equals).count(), where(q).toString());
    }
  }

  @Test
  void withEveryReplicaDownReadsGoToThePrimary() {
    one.down = true;
    two.down = true;
    try (CapturedQueries q = dbs.captureQueries()) {
      for (int i = 0; i < 4; i++) {
        assertEquals(1, Person.objects.count());
      }
      assertEquals(List.of("default", "default", "default", "default"), where(q));
    }
    assertTrue(router.isDown("replica1") && router.isDown("replica2"));
  }

  @Test
  void aWriteIsNeverMovedAndAnotherErrorIsNotAFailover() {
    one.down = true;
    two.down = true;
    // a write names the primary: no replica involved
    Person.objects.create(p -> p.name = "Wesley");
    one.down = false;
    two.down = false;
    // an error that is not about reaching the server stays an error, and marks nothing down
    assertThrows(TetherException.class,
        () -> dbs.get("replica1").query("SELECT * FROM no_such_table", List.of(), r -> r.getInt(1)));
    assertFalse(router.isDown("replica1"));
  }
}
