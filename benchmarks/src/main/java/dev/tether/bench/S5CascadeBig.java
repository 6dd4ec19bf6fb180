package dev.tether.bench;

import dev.tether.DeleteResult;
import dev.tether.bench.model.Reporter;
import dev.tether.bench.model.Reporter_;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * S5: delete the reporter who has a tenth of all articles (100,000 at 1,000,000) and, by cascade,
 * its articles, in one transaction. After each call (not timed) they are put back with their keys,
 * and on PostgreSQL the tables vacuumed.
 */
public class S5CascadeBig extends ScaleWorkload {
  private static final List<Long> VICTIM = List.of(1L);

  @State(Scope.Thread)
  public static class Restore {
    @TearDown(Level.Invocation)
    public void restore(ScaleEnv env) throws SQLException {
      env.insert(env.writer, true);
      Data.settle(env.writer);
    }
  }

  @Benchmark
  public DeleteResult tether(ScaleEnv env, Restore restore) {
    long cpu = CpuTime.start();
    DeleteResult result = Reporter.objects.filter(Reporter_.id.in(VICTIM)).delete();
    CpuTime.stop(cpu);
    return result;
  }

  /** The cascade by hand, as W7's twin: the articles, then the reporter. */
  @Benchmark
  public int jdbc(ScaleEnv env, Restore restore) throws SQLException {
    long cpu = CpuTime.start();
    Jdbc j = env.jdbc;
    int n;
    Connection c = j.get();
    try {
      c.setAutoCommit(false);
      n = delete(c, "DELETE FROM article WHERE reporter_id IN (?)");
      n += delete(c, "DELETE FROM reporter WHERE id IN (?)");
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
      j.release(c);
    }
    CpuTime.stop(cpu);
    return n;
  }

  private static int delete(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, VICTIM.get(0));
      return ps.executeUpdate();
    }
  }
}
