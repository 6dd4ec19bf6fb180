package dev.tether.bench;

import dev.tether.Database;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One database, open twice: through Tether (the default database, so the benchmarks read as user
 * code does: {@code Article.objects...}) and through plain JDBC. The schema is Tether's
 * ({@code migrate()}); the data set is loaded once and kept intact between workloads, and the
 * database settled ({@link Data#settle}) before each.
 */
@State(Scope.Benchmark)
public class Env {
  @Param({"sqlite", "postgresql"})
  public String db;

  public Database tether;
  public Jdbc jdbc;
  /**
   * A third connection (pool) for the set-up between calls (W1 empties the tables, W7 puts the
   * deleted rows back). Neither measured side writes the set-up itself: on SQLite a connection that
   * wrote last keeps its page cache, while the other finds the file changed and drops its cache,
   * which would favour whichever side did the writing.
   */
  public Jdbc writer;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    jdbc = Jdbc.open(db);
    writer = Jdbc.open(db);
    tether = db.equals("sqlite")
        ? Database.open(Jdbc.sqliteUrl())
        : Database.open(Jdbc.pgUrl(), Jdbc.pgUser(), Jdbc.pgPassword());
    tether.migrate();
    Database.setDefault(tether);
    Data.ensure(jdbc);
    Data.settle(jdbc);
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    tether.close();
    jdbc.close();
    writer.close();
  }
}
