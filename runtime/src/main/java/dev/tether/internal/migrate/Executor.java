package dev.tether.internal.migrate;

import dev.tether.MigrationException;
import dev.tether.TetherException;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.sql.Sql;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies and reverses migrations on a database, each in its own transaction, recording them in
 * {@code tether_migrations}, in {@link Plan}'s order (an app's migrations after those of the apps
 * they depend on). Refuses to run when the recorded history and the files disagree: an
 * applied migration missing, applied out of order, or edited since (its checksum). Django's
 * {@code MigrationExecutor}.
 */
public final class Executor {
  private final Engine engine;
  private final List<Migration> migrations;
  private final History history;
  private final Consumer<String> log;

  /** {@code log} receives one line per migration applied, reversed or recorded as already present. */
  public Executor(Engine engine, List<Migration> migrations, Consumer<String> log) {
    this.engine = engine;
    this.migrations = List.copyOf(migrations);
    this.history = new History(engine);
    this.log = log;
  }

  /** Where a migration stands on a database. */
  public enum Status {
    APPLIED,
    PENDING,
    /** Applied, but its file changed since. */
    CHANGED,
    /** Applied, but there is no file for it. */
    MISSING
  }

  /**
   * Every migration file and every applied migration without a file, in order, with where it
   * stands; unlike {@link #migrate}, this reports a bad history rather than refusing it.
   */
  public Map<String, Status> status() {
    Map<String, String> applied = history.applied();
    Map<String, Status> out = new LinkedHashMap<>();
    for (Migration m : migrations) {
      String sum = applied.get(m.id());
      out.put(m.id(), sum == null ? Status.PENDING : sum.equals(m.checksum()) ? Status.APPLIED : Status.CHANGED);
    }
    for (String id : applied.keySet()) {
      out.putIfAbsent(id, Status.MISSING);
    }
    return out;
  }

  /**
   * Migrates to {@code target}: every migration when null, none when {@code "zero"}; with a
   * migration ({@code name}, its number, or {@code app/name} when several apps have one), applies
   * it and what it depends on, or, when it is applied, reverses the later migrations of its app
   * and those depending on them, newest first; {@code app/zero} reverses all of an app's. Returns
   * how many it ran. Two runs at once on one database do not both apply a migration: the second
   * waits for the first ({@link Dialect#lockMigrationsSql}) and then finds nothing left to do.
   */
  public int migrate(String target) {
    if (engine.inTransaction()) {
      throw new MigrationException("migrations run their own transactions: call migrate outside atomic()");
    }
    Dialect d = engine.dialect();
    if (d.lockMigrationsSql(true) == null) {
      return migrateLocked(target);
    }
    return engine.withConnection(c -> {
      if (!lock(c, d.lockMigrationsSql(false))) {
        log.accept("Waiting for another migrate run on this database to finish");
        if (!lock(c, d.lockMigrationsSql(true))) {
          throw new MigrationException("another migrate run on this database still holds its lock");
        }
      }
      try {
        return migrateLocked(target);
      } finally {
        try (var st = c.createStatement()) {
          st.execute(d.unlockMigrationsSql());
        }
      }
    }, "lock the migrations");
  }

  private static boolean lock(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private int migrateLocked(String target) {
    history.ensure();
    Set<String> applied = verify(history.applied());
    List<Migration> forwards = new ArrayList<>();
    Set<Migration> backwards = new HashSet<>();
    if (target == null) {
      migrations.stream().filter(m -> !applied.contains(m.id())).forEach(forwards::add);
    } else if (target.equals("zero")) {
      migrations.stream().filter(m -> applied.contains(m.id())).forEach(backwards::add);
    } else if (target.endsWith("/zero")) {
      String app = target.substring(0, target.length() - "/zero".length());
      migrations.stream().filter(m -> m.app().equals(app)).forEach(backwards::add);
    } else {
      Migration t = migrations.get(MigrationSql.indexOf(migrations, target));
      if (applied.contains(t.id())) {
        migrations.stream().filter(m -> m.app().equals(t.app()) && m.number() > t.number()).forEach(backwards::add);
      } else {
        Set<Migration> needed = new HashSet<>();
        collectNeeds(t, needed);
        migrations.stream().filter(m -> needed.contains(m) && !applied.contains(m.id())).forEach(forwards::add);
      }
    }
    if (!backwards.isEmpty()) {
      return unapply(target, backwards, applied);
    }
    int ran = 0;
    for (Migration m : forwards) {
      int i = migrations.indexOf(m);
      if (Plan.needs(migrations, m).stream().noneMatch(x -> x.app().equals(m.app())) && fakeInitial(i)) {
        continue;
      }
      if (run(m, MigrationSql.statements(engine.dialect(), migrations, i, false, false), () -> history.record(m),
          "Applying")) {
        ran++;
      }
    }
    return ran;
  }

  /**
   * Opens a migration's transaction: takes the write lock where the database needs it taken per
   * transaction (SQLite), then reads the history again. Returns whether {@code m} is applied now.
   */
  private boolean lockAndCheck(Migration m) {
    String lock = engine.dialect().migrationWriteLockSql(History.TABLE);
    if (lock != null) {
      engine.execute(lock);
    }
    return history.applied().containsKey(m.id());
  }

  private void collectNeeds(Migration m, Set<Migration> into) {
    if (into.add(m)) {
      for (Migration n : Plan.needs(migrations, m)) {
        collectNeeds(n, into);
      }
    }
  }

  /** Reverses the applied migrations of {@code undo} and those depending on them, newest first. */
  private int unapply(String target, Set<Migration> undo, Set<String> applied) {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Migration m : migrations) {
        if (!undo.contains(m) && Plan.needs(migrations, m).stream().anyMatch(undo::contains)) {
          grew |= undo.add(m);
        }
      }
    }
    List<Migration> order = new ArrayList<>(migrations);
    Collections.reverse(order);
    order.removeIf(m -> !undo.contains(m) || !applied.contains(m.id()));
    for (Migration m : order) {
      if (!m.reversible()) {
        throw new MigrationException("cannot migrate back to " + target + ": " + m.id()
            + " has an operation that cannot be reversed (a runSql without reverseSql)");
      }
    }
    int ran = 0;
    for (Migration m : order) {
      if (run(m, MigrationSql.statements(engine.dialect(), migrations, migrations.indexOf(m), true, false),
          () -> history.forget(m), "Unapplying")) {
        ran++;
      }
    }
    return ran;
  }

  /** The applied migrations, after checking each has its file, unchanged, and what it needs applied. */
  private Set<String> verify(Map<String, String> applied) {
    Map<String, Migration> byId = new HashMap<>();
    migrations.forEach(m -> byId.put(m.id(), m));
    for (Map.Entry<String, String> e : applied.entrySet()) {
      Migration m = byId.get(e.getKey());
      if (m == null) {
        throw new MigrationException("migration " + e.getKey() + " is applied to this database but its file is"
            + " missing; restore it");
      }
      if (!m.checksum().equals(e.getValue())) {
        throw new MigrationException("migration " + m.id() + " (" + m.origin() + ") changed after it was"
            + " applied to this database: restore the applied version, and put new changes in a new migration"
            + " (makemigrations)");
      }
      for (Migration n : Plan.needs(migrations, m)) {
        if (!applied.containsKey(n.id())) {
          throw new MigrationException("inconsistent history: " + m.id() + " is applied but " + n.id()
              + ", which comes before it, is not");
        }
      }
    }
    return new HashSet<>(applied.keySet());
  }

  /**
   * Records the first migration of an app without running it when everything it creates exists
   * already (a database made by {@code Database.migrate()} before the application had
   * migrations). Django's {@code --fake-initial}, decided by looking at every table and column.
   */
  private boolean fakeInitial(int index) {
    Migration first = migrations.get(index);
    ProjectState before = MigrationLoader.state(migrations, index);
    ProjectState s = before;
    for (Operation op : first.operations()) {
      if (!(op instanceof CreateModel) && !(op instanceof AddField)) {
        return false;
      }
      s = op.apply(s);
    }
    ProjectState state = s;
    return engine.atomic(() -> {
      if (lockAndCheck(first)) {
        return true; // another migrate run applied it meanwhile
      }
      return fakeInitial(first, before, state);
    });
  }

  private boolean fakeInitial(Migration first, ProjectState before, ProjectState s) {
    List<String> missing = new ArrayList<>();
    List<String> present = new ArrayList<>();
    var tables = History.tables(engine);
    for (ModelState m : s.models()) {
      if (before.has(m.name()) && before.model(m.name()).equals(m)) {
        continue;
      }
      List<dev.tether.internal.schema.Table> all = new ArrayList<>();
      all.add(Tables.of(s, m.name()));
      for (FieldState f : m.fields()) {
        if (f.isManyToMany()) {
          all.add(Tables.join(s, m.name(), f.name()));
        }
      }
      for (var t : all) {
        if (!tables.contains(t.name().toLowerCase(java.util.Locale.ROOT))) {
          missing.add(t.name());
          continue;
        }
        var columns = History.columns(engine, t.name());
        for (var c : t.columns()) {
          (columns.contains(c.name().toLowerCase(java.util.Locale.ROOT)) ? present : missing)
              .add(t.name() + "." + c.name());
        }
        present.add(t.name());
      }
    }
    if (present.isEmpty()) {
      return false;
    }
    if (!missing.isEmpty()) {
      throw new MigrationException(first.id() + " creates tables that partly exist already (missing: "
          + String.join(", ", missing) + "): drop them, or bring them in line and migrate again");
    }
    history.record(first);
    log.accept("Recording " + first.id() + " as applied: its tables exist already");
    return true;
  }

  /**
   * Runs one migration's statements and records it, in one transaction; returns false, running
   * nothing, when another migrate run applied (or reversed) it meanwhile.
   */
  private boolean run(Migration m, List<String> statements, Runnable record, String verb) {
    Dialect d = engine.dialect();
    boolean forwards = verb.equals("Applying");
    for (String s : d.beforeMigration()) {
      engine.execute(s);
    }
    try {
      return engine.atomic(() -> {
        if (lockAndCheck(m) == forwards) {
          return false;
        }
        log.accept(verb + " " + m.id());
        for (String s : statements) {
          engine.execute(s);
        }
        checkForeignKeys(d, m);
        record.run();
        return true;
      });
    } catch (TetherException e) {
      throw new MigrationException(verb.toLowerCase(java.util.Locale.ROOT) + " " + m.id() + " failed"
          + (d.transactionalDdl() ? " and was rolled back: " : " (" + d.name() + " commits each schema change, so the"
              + " statements before the failing one stay applied; fix the database by hand): ") + e.getMessage(), e);
    } finally {
      for (String s : d.afterMigration()) {
        engine.execute(s);
      }
    }
  }

  private void checkForeignKeys(Dialect d, Migration m) {
    String check = d.foreignKeyCheck();
    if (check == null) {
      return;
    }
    List<String> broken = engine.query(new Sql(check, List.of()), (rs, r) -> {
      List<String> out = new ArrayList<>();
      while (rs.next() && out.size() < 5) {
        out.add(rs.getString(1) + " row " + rs.getString(2) + " -> " + rs.getString(3));
      }
      return out;
    });
    if (!broken.isEmpty()) {
      throw new MigrationException(m.id() + " leaves rows pointing at rows that do not exist: "
          + String.join("; ", broken));
    }
  }
}
