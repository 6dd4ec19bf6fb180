package dev.tether.internal.jdbc;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A primary and its read replicas: which replica takes the next read (round robin, or the one
 * running the fewest reads), which are down, and the probes that bring them back. A replica is
 * marked down when a read on it fails to reach it (that read then runs elsewhere: its engine's
 * {@link Engine.Failover} is this set); a background probe asks it {@code SELECT 1} after
 * {@code firstProbe}, then at doubling intervals up to {@code maxProbe}, and marks it up again
 * once it answers. Queries pay nothing for the probing: choosing a replica reads a flag per replica.
 */
public final class ReplicaSet implements Engine.Failover, AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.tether.replicas");

  private final Engine primary;
  private final Engine[] replicas;
  private final AtomicBoolean[] down;
  private final boolean leastBusy;
  private final long firstProbeNanos;
  private final long maxProbeNanos;
  private final AtomicInteger next = new AtomicInteger();
  private ScheduledExecutorService prober;
  private volatile boolean closed;

  public ReplicaSet(Engine primary, Engine[] replicas, boolean leastBusy, Duration firstProbe, Duration maxProbe) {
    this.primary = primary;
    this.replicas = replicas.clone();
    this.down = new AtomicBoolean[replicas.length];
    for (int i = 0; i < replicas.length; i++) {
      down[i] = new AtomicBoolean();
      replicas[i].setFailover(this, leastBusy);
    }
    this.leastBusy = leastBusy;
    this.firstProbeNanos = firstProbe.toNanos();
    this.maxProbeNanos = Math.max(firstProbeNanos, maxProbe.toNanos());
  }

  /** The engine the next read goes to: the primary inside its atomic block or when every replica is down. */
  public Engine forRead() {
    if (primary.inAtomicBlock()) {
      return primary;
    }
    Engine e = pick(-1);
    return e != null ? e : primary;
  }

  /** Whether replica {@code i} is marked down. */
  public boolean isDown(int i) {
    return down[i].get();
  }

  private Engine pick(int excluded) {
    int n = replicas.length;
    if (n == 1) {
      return excluded == 0 || down[0].get() ? null : replicas[0];
    }
    int start = Math.floorMod(next.getAndIncrement(), n);
    Engine best = null;
    int bestBusy = Integer.MAX_VALUE;
    for (int k = 0; k < n; k++) {
      int i = start + k < n ? start + k : start + k - n;
      if (i == excluded || down[i].get()) {
        continue;
      }
      if (!leastBusy) {
        return replicas[i];
      }
      int busy = replicas[i].busyReads();
      if (busy < bestBusy) {
        best = replicas[i];
        bestBusy = busy;
      }
    }
    return best;
  }

  /** A read on {@code failed} could not reach it: marks it down and names where the read goes instead. */
  @Override
  public Engine next(Engine failed, RuntimeException cause) {
    int i = indexOf(failed);
    if (i < 0) {
      return null;
    }
    Engine instead = pick(i);
    if (instead == null) {
      instead = primary;
    }
    if (down[i].compareAndSet(false, true)) {
      LOG.log(Level.WARNING, "replica \"{0}\" cannot be reached ({1}): its reads go to \"{2}\" and the other"
          + " replicas until it answers again", failed.alias(), cause.getMessage(), instead.alias());
      schedule(i, firstProbeNanos);
    }
    return instead;
  }

  private int indexOf(Engine e) {
    for (int i = 0; i < replicas.length; i++) {
      if (replicas[i] == e) {
        return i;
      }
    }
    return -1;
  }

  private synchronized void schedule(int i, long delayNanos) {
    if (closed) {
      return;
    }
    if (prober == null) {
      prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tether-replica-probe");
        t.setDaemon(true);
        return t;
      });
    }
    prober.schedule(() -> probe(i, delayNanos), delayNanos, TimeUnit.NANOSECONDS);
  }

  private void probe(int i, long delayNanos) {
    if (closed) {
      return;
    }
    if (replicas[i].reachable()) {
      down[i].set(false);
      LOG.log(Level.INFO, "replica \"{0}\" answers again: it takes reads again", replicas[i].alias());
    } else {
      schedule(i, Math.min(delayNanos * 2, maxProbeNanos));
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    for (Engine r : replicas) {
      r.setFailover(null, false);
    }
    if (prober != null) {
      prober.shutdownNow();
    }
  }
}
