package dev.tether;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.schema.SchemaEditor;
import dev.tether.internal.sql.RawSql;
import dev.tether.internal.sql.Sql;
import dev.tether.meta.ModelMeta;
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
   * {@code jdbc:mariadb://host/db} (add the driver to your dependencies). A server database gets
   * a HikariCP pool of 10 connections; use {@link #of(DataSource)} to configure your own.
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
   */
  public static Database of(DataSource dataSource) {
    Engine e = Engine.of(Objects.requireNonNull(dataSource, "dataSource"));
    return new Database(e.dialect().name() + ":" + dataSource, e);
  }

  /** Makes {@code db} the database that managers such as {@code Article.objects} use. */
  public static void setDefault(Database db) {
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
   * on the class path, written by {@code makemigrations}), applies those not applied yet, each in a
   * transaction, as Django's {@code migrate}; see {@link Migrations}. Without migrations, creates
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
