package dev.tether;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.schema.SchemaEditor;
import dev.tether.internal.sql.RawSql;
import dev.tether.internal.sql.Sql;
import dev.tether.meta.ModelMeta;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A database: its connections, transactions and schema. Django's {@code connections[alias]}.
 * <pre>{@code
 * Database db = Database.open("jdbc:sqlite:app.db");
 * db.migrate();
 * Database.setDefault(db);      // what Article.objects uses
 * db.atomic(() -> { ... });     // a transaction; nested calls are savepoints
 * }</pre>
 * An in-memory SQLite database ({@code jdbc:sqlite::memory:}) lives as long as this object.
 * An SQLite file is opened in WAL mode with one connection that writes (every write and every
 * {@code atomic} block, which starts with {@code BEGIN IMMEDIATE}) and up to four that read
 * outside transactions, so a slow query does not hold up other threads.
 */
public final class Database implements AutoCloseable {
  private static volatile Database defaultDatabase;

  static {
    Engines.install(db -> db.engine);
  }

  private final String url;
  private final Engine engine;

  private Database(String url, Engine engine) {
    this.url = url;
    this.engine = engine;
    engine.bind(this);
  }

  /** Opens a database by JDBC URL: {@code jdbc:sqlite:file.db} or {@code jdbc:sqlite::memory:}. */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, null, null);
  }

  /**
   * Opens a database by JDBC URL with credentials: {@code jdbc:postgresql://host/db} or
   * {@code jdbc:mariadb://host/db} (add the driver and HikariCP to your dependencies). A server
   * database gets a HikariCP pool of 10 connections; use {@link #of(DataSource)} to configure your own. A
   * server that cannot be reached, a missing database or refused credentials throw
   * {@link TetherException} within seconds, with the driver's message and the URL (without a
   * password), and leave nothing running.
   */
  public static Database open(String jdbcUrl, String user, String password) {
    return open(jdbcUrl, user, password, 10);
  }

  /** {@link #open(String, String, String)} with a pool of {@code poolSize} connections (servers only). */
  public static Database open(String jdbcUrl, String user, String password, int poolSize) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    return new Database(jdbcUrl, Engine.open(jdbcUrl, user, password, poolSize));
  }

  /**
   * Runs on a connection pool the application configured (HikariCP or any other), choosing the
   * dialect from the connections' URL. Closing the database does not close the pool. On a server,
   * set the session time zone to UTC in the pool (HikariCP's {@code connectionInitSql}).
   * <p>Tether never changes a connection it did not open. One the pool hands out in manual-commit
   * mode is its owner's transaction (a transaction manager's): Tether's statements run in it,
   * {@link #atomic} there is a savepoint, and commit, rollback and auto-commit stay the owner's.
   * One in auto-commit mode is handed back in auto-commit mode. For Spring's transactions, see
   * {@code TetherSpring} in {@code tether-spring}.
   */
  public static Database of(DataSource dataSource) {
    Engine e = Engine.of(Objects.requireNonNull(dataSource, "dataSource"));
    return new Database(e.dialect().name() + ":" + dataSource, e);
  }

  /**
   * Makes {@code db} the database that managers such as {@code Article.objects} use (and drops the
   * routing a {@link Databases#install()} set up).
   */
  public static void setDefault(Database db) {
    Engines.route(null);
    defaultDatabase = db;
  }

  /** The default database; throws {@link IllegalStateException} when none was set. */
  public static Database getDefault() {
    Database db = defaultDatabase;
    if (db == null) {
      throw new IllegalStateException(
          "No default database: call Database.setDefault(Database.open(url)) first, or use Model.objects.using(db)");
    }
    return db;
  }

  /**
   * Brings the schema up to date. When the application ships migrations ({@code db/migration/*.json}
   * and, one directory per module with models, {@code db/migration/<app>/*.json} on the class path,
   * written by {@code makemigrations}), applies those not applied yet, every app's in dependency
   * order, each in a transaction, as Django's {@code migrate}; see {@link Migrations}. Without migrations, creates
   * the tables (with their constraints and indexes) of every model the application compiled that
   * do not exist yet. Idempotent either way.
   */
  public void migrate() {
    List<ModelMeta<?>> models = Migrations.compiledModels();
    if (!Migrations.migrateFromClassPath(this, models)) {
      createTables(models);
    }
  }

  /** Creates the tables of the given models that do not exist yet. Idempotent. */
  public void createTables(List<? extends ModelMeta<?>> models) {
    SchemaEditor.createTables(engine, models);
  }

  /** Runs {@code body} in a transaction: all or nothing. A nested call is a savepoint. */
  public void atomic(Runnable body) {
    engine.atomic(() -> {
      body.run();
      return null;
    });
  }

  /** Runs {@code body} in a transaction and returns its result. A nested call is a savepoint. */
  public <V> V atomic(Supplier<V> body) {
    return engine.atomic(body);
  }

  /**
   * {@link #atomic(Runnable)} at an isolation level: {@code db.atomic(Isolation.SERIALIZABLE, () -> ...)}.
   * Only the outermost block may choose it; a nested block asking for another level throws
   * IllegalStateException. SQLite's transactions are always serializable (every level is met).
   */
  public void atomic(Isolation isolation, Runnable body) {
    atomic(TxOptions.isolation(isolation), body);
  }

  /** {@link #atomic(Isolation, Runnable)} returning the body's result. */
  public <V> V atomic(Isolation isolation, Supplier<V> body) {
    return atomic(TxOptions.isolation(isolation), body);
  }

  /**
   * {@link #atomic(Runnable)} with options: {@code db.atomic(TxOptions.readOnly(), () -> ...)},
   * {@code TxOptions.isolation(Isolation.REPEATABLE_READ).asReadOnly()}. A read-only transaction
   * refuses writes (the database's error); a nested block may not be read-only inside a
   * read-write transaction, nor change the isolation (IllegalStateException).
   */
  public void atomic(TxOptions options, Runnable body) {
    atomic(options, () -> {
      body.run();
      return null;
    });
  }

  /** {@link #atomic(TxOptions, Runnable)} returning the body's result. */
  public <V> V atomic(TxOptions options, Supplier<V> body) {
    return engine.atomic(options.jdbcIsolation(), options.isReadOnly(), body);
  }

  /**
   * Runs {@code callback} once the current transaction commits: Django's
   * {@code transaction.on_commit}. Inside {@code atomic}, callbacks run in order after the
   * outermost block commits, outside any transaction; they are dropped when the block rolls back,
   * or when the savepoint (nested block) they were registered in does. Outside a transaction the
   * callback runs now. Inside a transaction Tether did not begin (a Spring transaction manager's),
   * it throws IllegalStateException: register with the owner instead.
   * <pre>{@code
   * db.atomic(() -> {
   *   order.save();
   *   db.onCommit(() -> mailer.send(order));   // only if the order really was saved
   * });
   * }</pre>
   */
  public void onCommit(Runnable callback) {
    engine.onCommit(Objects.requireNonNull(callback, "callback"));
  }

  /**
   * Runs one statement written in SQL (INSERT, UPDATE, DELETE, DDL) inside the current transaction,
   * each {@code ?} bound to the next argument; returns the rows changed. Django's
   * {@code cursor.execute(sql, params)}.
   */
  public int execute(String sql, Object... args) {
    return engine.update(new Sql(sql, RawSql.params(engine, args)));
  }

  /**
   * Runs a SELECT written in SQL inside the current transaction and maps each row with
   * {@code mapper}: {@code db.query("SELECT name FROM t WHERE x = ?", List.of(1), rs -> rs.getString(1))}.
   */
  public <X> List<X> query(String sql, List<?> args, RowMapper<X> mapper) {
    return engine.query(new Sql(sql, RawSql.params(engine, args.toArray())), (rs, r) -> {
      List<X> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    });
  }

  /** Reads one row of {@link #query}. */
  @FunctionalInterface
  public interface RowMapper<X> {
    X map(java.sql.ResultSet row) throws java.sql.SQLException;
  }

  /** Starts recording every statement this database runs; close it to stop. */
  public CapturedQueries captureQueries() {
    return new CapturedQueries(engine);
  }

  /**
   * Turns strict loading on or off for every object read from this database: when on, a lazy
   * relation load ({@code article.reporter()} on an article read without
   * {@code selectRelated}) throws {@link LazyLoadException} naming the fix. Off by default.
   */
  public void strictLoading(boolean on) {
    engine.setStrictLoading(on);
  }

  /**
   * Logs every statement that takes at least {@code threshold}, with its parameters and time, at
   * WARNING on the logger {@code dev.tether.sql.slow} ({@code System.Logger}: java.util.logging, or
   * SLF4J/Log4j through their bridges). {@code null} turns it off (the default). Every statement,
   * fast or slow, is logged at DEBUG on {@code dev.tether.sql}.
   */
  public void slowQueryThreshold(Duration threshold) {
    engine.setSlowQueryThreshold(threshold);
  }

  /**
   * Bounds every query and write on this database to {@code limit} (null: no limit, the default):
   * a statement that runs longer is cancelled and throws {@link QueryTimeoutException}.
   * {@link QuerySet#timeout} overrides it for one query set; schema changes are not bounded.
   * Servers count whole seconds (rounded up; JDBC's query timeout, which PostgreSQL's driver
   * sends as a cancel and MariaDB's as {@code max_statement_time}); SQLite interrupts the statement
   * from a progress handler, to the millisecond.
   */
  public void statementTimeout(java.time.Duration limit) {
    if (limit != null && (limit.isNegative() || limit.isZero())) {
      throw new IllegalArgumentException("statementTimeout must be positive or null, not " + limit);
    }
    engine.setStatementTimeout(limit);
  }

  /**
   * Whether the calling thread is inside an {@link #atomic} block of this database: Django's
   * {@code connection.in_atomic_block}. A replica router sends every read made there to this
   * database.
   */
  public boolean inAtomicBlock() {
    return engine.inAtomicBlock();
  }

  /**
   * The name of this database in the {@link Databases} it belongs to, {@code "default"} outside
   * one: Django's connection alias, which {@link CapturedQuery#database()} reports.
   */
  public String alias() {
    return engine.alias();
  }

  void setAlias(String alias) {
    engine.setAlias(alias);
  }

  /** For {@link Databases}: where a read this database cannot run goes instead (a replica router). */
  dev.tether.internal.jdbc.Engine engine() {
    return engine;
  }

  /** The JDBC URL this database was opened with. */
  public String url() {
    return url;
  }

  /** Closes every connection. An in-memory database is gone afterwards. */
  @Override
  public void close() {
    if (defaultDatabase == this) {
      defaultDatabase = null;
    }
    engine.close();
  }

  @Override
  public String toString() {
    return "Database(" + url + ")";
  }
}
