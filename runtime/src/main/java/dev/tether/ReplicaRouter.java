package dev.tether;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.ReplicaSet;
import dev.tether.meta.ModelMeta;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The router for one primary and its read replicas, the primary/replica router of Django's
 * documentation with the rules an application needs:
 * <ul>
 * <li>reads go to a replica, in turn ({@link #of}) or to the one running the fewest reads now
 *     ({@link #leastBusy()});
 * <li>writes go to the primary, and so do {@code selectForUpdate} and every read made inside an
 *     {@code atomic} block of the primary: a block reads its own writes;
 * <li>a replica that cannot be reached is skipped: the read that found it down runs on another
 *     replica (or the primary), a WARNING on the logger {@code dev.tether.replicas} says so, and a
 *     background probe ({@code SELECT 1}, after {@link #probeBackoff first}, then at doubling
 *     intervals) gives it reads again once it answers (an INFO line);
 * <li>relations between objects of the primary and its replicas are allowed (they hold the same rows);
 * <li>only the primary is migrated.
 * </ul>
 * Replicas lag: a read outside a block may not see a write the primary just committed.
 * <pre>{@code
 * Databases dbs = Databases.builder()
 *     .add("default", primary).add("replica1", r1).add("replica2", r2)
 *     .router(ReplicaRouter.of("default", "replica1", "replica2"))
 *     .build().install();
 * }</pre>
 */
public final class ReplicaRouter implements Router, AutoCloseable {
  private final String primary;
  private final List<String> replicas;
  private final Set<String> pool;
  private final boolean leastBusy;
  private final Duration firstProbe;
  private final Duration maxProbe;
  private volatile ReplicaSet set;

  private ReplicaRouter(String primary, List<String> replicas, boolean leastBusy, Duration firstProbe,
      Duration maxProbe) {
    if (replicas.isEmpty()) {
      throw new IllegalArgumentException("a replica router needs at least one replica besides \"" + primary + "\"");
    }
    if (replicas.contains(primary) || Set.copyOf(replicas).size() != replicas.size()) {
      throw new IllegalArgumentException("the primary and the replicas must be different databases: \""
          + primary + "\", " + replicas);
    }
    this.primary = primary;
    this.replicas = List.copyOf(replicas);
    java.util.Set<String> all = new java.util.HashSet<>(this.replicas);
    all.add(primary);
    this.pool = Set.copyOf(all);
    this.leastBusy = leastBusy;
    this.firstProbe = firstProbe;
    this.maxProbe = maxProbe;
  }

  /** Primary {@code primary} and replicas {@code replicas} (names in the {@link Databases}), read in turn. */
  public static ReplicaRouter of(String primary, String... replicas) {
    return new ReplicaRouter(Objects.requireNonNull(primary, "primary"), List.of(replicas), false,
        Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /** This router sending each read to the replica running the fewest reads now (ties: in turn). */
  public ReplicaRouter leastBusy() {
    return new ReplicaRouter(primary, replicas, true, firstProbe, maxProbe);
  }

  /**
   * How a replica found down is probed: first after {@code first}, then at doubling intervals up
   * to {@code max} (by default 1 s and 30 s).
   */
  public ReplicaRouter probeBackoff(Duration first, Duration max) {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("probeBackoff needs 0 < first <= max, not " + first + ", " + max);
    }
    return new ReplicaRouter(primary, replicas, leastBusy, first, max);
  }

  @Override
  public synchronized void attach(Databases databases) {
    if (set != null) {
      throw new IllegalStateException("this ReplicaRouter already routes " + databases + ": make one per Databases");
    }
    Engine[] rs = new Engine[replicas.size()];
    for (int i = 0; i < rs.length; i++) {
      rs[i] = databases.get(replicas.get(i)).engine();
    }
    set = new ReplicaSet(databases.get(primary).engine(), rs, leastBusy, firstProbe, maxProbe);
  }

  @Override
  public String dbForRead(ModelMeta<?> model, Object instance) {
    ReplicaSet s = set;
    return s == null ? primary : s.forRead().alias();
  }

  @Override
  public String dbForWrite(ModelMeta<?> model, Object instance) {
    return primary;
  }

  @Override
  public Boolean allowRelation(Object a, Object b) {
    Database da = ModelMeta.databaseOf(a);
    Database db = ModelMeta.databaseOf(b);
    return da != null && db != null && pool.contains(da.alias()) && pool.contains(db.alias()) ? Boolean.TRUE : null;
  }

  @Override
  public Boolean allowMigrate(String database, ModelMeta<?> model) {
    return database.equals(primary) ? Boolean.TRUE : replicas.contains(database) ? Boolean.FALSE : null;
  }

  /** Whether the replica named {@code alias} is marked down now (its reads go elsewhere). */
  public boolean isDown(String alias) {
    int i = replicas.indexOf(alias);
    if (i < 0) {
      throw new IllegalArgumentException("\"" + alias + "\" is not a replica of this router: " + replicas);
    }
    ReplicaSet s = set;
    return s != null && s.isDown(i);
  }

  /** Stops probing and failing over (the databases stay open); {@link Databases#close()} calls it. */
  @Override
  public void close() {
    ReplicaSet s = set;
    if (s != null) {
      s.close();
    }
  }

  @Override
  public String toString() {
    return "ReplicaRouter(primary " + primary + ", replicas " + replicas + (leastBusy ? ", least busy)" : ")");
  }
}
