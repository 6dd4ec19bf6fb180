package dev.tether.internal.migrate;

import dev.tether.MigrationException;
import dev.tether.TetherException;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies and reverses migrations on a database, each in its own transaction, recording them in
 * {@code tether_migrations}. Refuses to run when the recorded history and the files disagree: an
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
    Map<String, Status> out = new java.util.TreeMap<>();
    for (Migration m : migrations) {
      String sum = applied.get(m.name());
      out.put(m.name(), sum == null ? Status.PENDING : sum.equals(m.checksum()) ? Status.APPLIED : Status.CHANGED);
    }
    for (String name : applied.keySet()) {
      out.putIfAbsent(name, Status.MISSING);
    }
    return out;
  }

  /**
   * Migrates to {@code target}: the last migration when null, none when {@code "zero"}. Applies
   * the migrations up to it, or reverses those after it, newest first. Returns how many it ran.
   * Two runs at once on one database do not both apply a migration: the second waits for the
   * first ({@link Dialect#lockMigrationsSql}) and then finds nothing left to do.
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
    int applied = verify(history.applied());
    int goal = target == null ? migrations.size()
        : target.equals("zero") ? 0 : MigrationSql.indexOf(migrations, target) + 1;
    int ran = 0;
    if (goal > applied) {
      if (applied == 0 && fakeInitial()) {
        applied = 1;
      }
      for (int i = applied; i < goal; i++) {
        Migration m = migrations.get(i);
        if (run(m, MigrationSql.statements(engine.dialect(), migrations, i, false, false), () -> history.record(m),
            "Applying")) {
          ran++;
        }
      }
    } else if (goal < applied) {
      for (int i = applied - 1; i >= goal; i--) {
        Migration m = migrations.get(i);
        if (!m.reversible()) {
          throw new MigrationException("cannot migrate back to " + (target == null ? "zero" : target) + ": "
              + m.name() + " has an operation that cannot be reversed (a runSql without reverseSql)");
        }
      }
      for (int i = applied - 1; i >= goal; i--) {
        Migration m = migrations.get(i);
        if (run(m, MigrationSql.statements(engine.dialect(), migrations, i, true, false), () -> history.forget(m),
            "Unapplying")) {
          ran++;
        }
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
    return history.applied().containsKey(m.name());
  }

  /** The number of migrations applied, after checking they are the first ones and unchanged. */
  private int verify(Map<String, String> applied) {
    int i = 0;
    for (Map.Entry<String, String> e : applied.entrySet()) {
      Migration m = i < migrations.size() ? migrations.get(i) : null;
      if (m == null || !m.name().equals(e.getKey())) {
        boolean known = migrations.stream().anyMatch(x -> x.name().equals(e.getKey()));
        throw new MigrationException(known
            ? "inconsistent history: " + e.getKey() + " is applied but " + (m == null ? "?" : m.name())
                + ", which comes before it, is not"
            : "migration " + e.getKey() + " is applied to this database but its file is missing; restore it");
      }
      if (!m.checksum().equals(e.getValue())) {
        throw new MigrationException("migration " + m.name() + " (" + m.origin() + ") changed after it was"
            + " applied to this database: restore the applied version, and put new changes in a new migration"
            + " (makemigrations)");
      }
      i++;
    }
    return i;
  }

  /**
   * Records the first migration without running it when everything it creates exists already (a
   * database made by {@code Database.migrate()} before the application had migrations). Django's
   * {@code --fake-initial}, decided by looking at every table and column.
   */
  private boolean fakeInitial() {
    Migration first = migrations.get(0);
    ProjectState s = ProjectState.EMPTY;
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
      return fakeInitial(first, state);
    });
  }

  private boolean fakeInitial(Migration first, ProjectState s) {
    List<String> missing = new ArrayList<>();
    List<String> present = new ArrayList<>();
    var tables = History.tables(engine);
    for (ModelState m : s.models()) {
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
      throw new MigrationException(first.name() + " creates tables that partly exist already (missing: "
          + String.join(", ", missing) + "): drop them, or bring them in line and migrate again");
    }
    history.record(first);
    log.accept("Recording " + first.name() + " as applied: its tables exist already");
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
        log.accept(verb + " " + m.name());
        for (String s : statements) {
          engine.execute(s);
        }
        checkForeignKeys(d, m);
        record.run();
        return true;
      });
    } catch (TetherException e) {
      throw new MigrationException(verb.toLowerCase(java.util.Locale.ROOT) + " " + m.name() + " failed"
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
      throw new MigrationException(m.name() + " leaves rows pointing at rows that do not exist: "
          + String.join("; ", broken));
    }
  }
}
