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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W7: delete 100 reporters and, by cascade, their 10,000 articles, in one transaction. After each
 * call (outside the measurement) the deleted rows are put back with their keys (and on PostgreSQL
 * vacuumed), which takes longer than the call: hence longer iterations.
 */
@Measurement(iterations = 5, time = 3)
public class W7Cascade extends Workload {
  private static final List<Long> VICTIMS = Data.victims();

  @State(Scope.Thread)
  public static class Restore {
    @TearDown(Level.Invocation)
    public void restore(Env env) throws SQLException {
      Data.insert(env.writer, VICTIMS.size());
      if (!env.writer.sqlite) {
        Data.settle(env.writer); // else dead rows pile up call after call and the deletes slow down
      }
    }
  }

  @Benchmark
  public DeleteResult tether(Env env, Restore restore) {
    long cpu = CpuTime.start();
    DeleteResult result = Reporter.objects.filter(Reporter_.id.in(VICTIMS)).delete();
    CpuTime.stop(cpu);
    return result;
  }

  /** What the cascade means, by hand: the articles, then the reporters; returns the rows deleted. */
  @Benchmark
  public int jdbc(Env env, Restore restore) throws SQLException {
    long cpu = CpuTime.start();
    Jdbc j = env.jdbc;
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < VICTIMS.size(); i++) {
      marks.append(i == 0 ? "?" : ", ?");
    }
    int n;
    Connection c = j.get();
    try {
      c.setAutoCommit(false);
      n = delete(c, "DELETE FROM article WHERE reporter_id IN (" + marks + ")");
      n += delete(c, "DELETE FROM reporter WHERE id IN (" + marks + ")");
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
      for (int i = 0; i < VICTIMS.size(); i++) {
        ps.setLong(i + 1, VICTIMS.get(i));
      }
      return ps.executeUpdate();
    }
  }
}
