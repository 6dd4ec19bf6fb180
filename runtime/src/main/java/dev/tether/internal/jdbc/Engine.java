package dev.tether.internal.jdbc;

import dev.tether.CapturedQuery;
import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.TetherException;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.sql.Sql;
import dev.tether.meta.RowReader;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A database's connections, transactions and statement execution. {@code atomic} blocks bind one
 * connection to the thread; nested blocks are savepoints. Every statement is logged at DEBUG on
 * the {@code dev.tether.sql} logger, recorded by open captures, and its constraint failures become
 * {@link IntegrityException}.
 */
public final class Engine implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.tether.sql");
  private static final System.Logger SLOW = System.getLogger("dev.tether.sql.slow");

  private final Dialect dialect;
  private final ConnectionSource source;
  private final ThreadLocal<Tx> tx = new ThreadLocal<>();
  private final List<Capture> captures = new CopyOnWriteArrayList<>();
  private volatile Database database;
  private volatile boolean closed;
  private volatile boolean strictLoading;
  /** Statements at least this long are logged on {@code dev.tether.sql.slow}; 0: none. */
  private volatile long slowNanos;

  private static final class Tx {
    final Connection connection;
    int depth;
    /** Streams opened inside this transaction: each is closed when its block ends. */
    final List<Cursor> cursors = new ArrayList<>(0);

    Tx(Connection connection) {
      this.connection = connection;
    }
  }

  /**
   * Whether {@code c} is already in a transaction Tether did not begin: a connection an
   * application's {@code DataSource} hands out in manual-commit mode (a transaction manager's,
   * such as Spring's {@code @Transactional}). Tether runs its statements there, makes its
   * {@code atomic} blocks savepoints, and leaves commit, rollback and auto-commit to the owner.
   */
  private static boolean inOuterTransaction(Connection c) throws SQLException {
    return !c.getAutoCommit();
  }

  private Engine(Dialect dialect, ConnectionSource source) {
    this.dialect = dialect;
    this.source = source;
  }

  /**
   * Opens a database by JDBC URL: SQLite keeps one connection (an in-memory database lives as
   * long as it); a server gets a HikariCP pool of {@code poolSize} connections (HikariCP is an
   * optional dependency, needed only then).
   */
  public static Engine open(String url, String user, String password, int poolSize) {
    Dialect d = Dialects.forUrl(url);
    if (d.name().equals("sqlite")) {
      try {
        Properties p = new Properties();
        if (user != null) {
          p.setProperty("user", user);
        }
        if (password != null) {
          p.setProperty("password", password);
        }
        Connection c = DriverManager.getConnection(url, p);
        d.configure(c);
        return new Engine(d, new SingleConnectionSource(c));
      } catch (SQLException e) {
        throw new TetherException("could not open " + url + ": " + e.getMessage(), e);
      }
    }
    ConnectionSource pool;
    try {
      pool = ServerPools.open(d, url, user, password, poolSize);
    } catch (NoClassDefFoundError e) {
      throw new TetherException("could not open " + url + ": Tether pools server connections with HikariCP;"
          + " add com.zaxxer:HikariCP to your dependencies, or pass your own pool to Database.of(dataSource)", e);
    }
    Engine engine = new Engine(d, pool);
    engine.withConnection(c -> c.isValid(5), "connect"); // fail now, not at the first query
    return engine;
  }

  /** Runs on a connection pool the application configured; the dialect comes from its URL. */
  public static Engine of(DataSource dataSource) {
    String url;
    try (Connection c = dataSource.getConnection()) {
      url = c.getMetaData().getURL();
    } catch (SQLException e) {
      throw new TetherException("could not get a connection from " + dataSource + ": " + e.getMessage(), e);
    }
    Dialect d = Dialects.forUrl(url);
    SqlFunction<Connection, Void> prepare = d.name().equals("sqlite") ? c -> {
      d.configure(c);
      return null;
    } : null;
    return new Engine(d, new DataSourceSource(dataSource, prepare, null));
  }

  /** Links the engine to its public facade (rows read carry it). */
  public void bind(Database db) {
    this.database = db;
  }

  public Database database() {
    return database;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Whether lazy relation loads are refused on this database. */
  public boolean strictLoading() {
    return strictLoading;
  }

  public void setStrictLoading(boolean on) {
    strictLoading = on;
  }

  /** Logs statements that take at least {@code threshold} at WARNING; null turns it off. */
  public void setSlowQueryThreshold(Duration threshold) {
    slowNanos = threshold == null ? 0 : Math.max(1, threshold.toNanos());
  }

  // ---- transactions ----

  /**
   * Whether the calling thread is inside a transaction: an {@code atomic} block of this database,
   * or a transaction its connection's owner began (see {@link #inOuterTransaction}).
   */
  public boolean inTransaction() {
    return tx.get() != null || withConnection(Engine::inOuterTransaction, "inTransaction");
  }

  /**
   * Runs {@code body} in a transaction, or in a savepoint when one is already open: Tether's own
   * {@code atomic} block, or a transaction the connection's owner began (see
   * {@link #inOuterTransaction}). Auto-commit is switched off only on a connection that had it on,
   * and switched back on before the connection is released.
   */
  public <R> R atomic(Supplier<R> body) {
    Tx t = tx.get();
    if (t != null) {
      return savepoint(t, body);
    }
    Connection c = acquire();
    t = new Tx(c);
    tx.set(t);
    boolean own = false;
    try {
      if (inOuterTransaction(c)) {
        return savepoint(t, body);
      }
      c.setAutoCommit(false);
      own = true;
      R result;
      try {
        result = body.get();
        closeCursors(t, 0);
      } catch (Throwable e) {
        closeCursors(t, 0);
        rollbackQuietly(c, e);
        throw e;
      }
      try {
        c.commit();
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        throw translate(e, "COMMIT");
      }
      return result;
    } catch (SQLException e) {
      throw translate(e, "BEGIN");
    } finally {
      tx.remove();
      if (own) {
        try {
          c.setAutoCommit(true);
        } catch (SQLException e) {
          // the connection is unusable; the source will notice
        }
      }
      source.release(c);
    }
  }

  private <R> R savepoint(Tx t, Supplier<R> body) {
    Connection c = t.connection;
    Savepoint sp;
    try {
      sp = c.setSavepoint("tether_" + (++t.depth));
    } catch (SQLException e) {
      t.depth--;
      throw translate(e, "SAVEPOINT");
    }
    try {
      R result = body.get();
      closeCursors(t, t.depth);
      c.releaseSavepoint(sp);
      return result;
    } catch (SQLException e) {
      throw translate(e, "RELEASE SAVEPOINT");
    } catch (Throwable e) {
      closeCursors(t, t.depth);
      try {
        c.rollback(sp);
        c.releaseSavepoint(sp);
      } catch (SQLException inner) {
        e.addSuppressed(inner);
      }
      throw e;
    } finally {
      t.depth--;
    }
  }

  /** Closes the streams opened at savepoint depth {@code depth} or deeper: their block ends. */
  private static void closeCursors(Tx t, int depth) {
    for (Cursor c : List.copyOf(t.cursors)) {
      if (c.depth >= depth) {
        try {
          c.closeBecause("the atomic block it was opened in ended");
        } catch (RuntimeException e) {
          // the transaction ends anyway; the statement goes with it
        }
      }
    }
  }

  /**
   * Runs a SELECT whose rows are read as they come, {@code chunkSize} at a time, instead of all at
   * once. Inside {@code atomic} it runs on the block's connection and is closed when the block
   * ends; outside, it holds a connection of its own until closed (on SQLite, the one connection:
   * other threads wait, as for an atomic block), in a read transaction of its own where the
   * dialect needs one to stream (PostgreSQL).
   */
  public Cursor openCursor(Sql sql, int chunkSize) {
    Tx t = tx.get();
    Connection c = t != null ? t.connection : acquire();
    boolean began = false;
    PreparedStatement ps = null;
    long start = System.nanoTime();
    try {
      if (t == null && dialect.streamsInTransaction() && c.getAutoCommit()) {
        c.setAutoCommit(false);
        began = true;
      }
      ps = c.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      dialect.streamRows(ps, chunkSize);
      bind(ps, sql.params());
      ResultSet rs = ps.executeQuery();
      Cursor cursor = new Cursor(this, c, ps, rs, new RowReader(rs, dialect, database), t == null, began, sql.text());
      if (t != null) {
        cursor.owner = t;
        cursor.depth = t.depth;
        t.cursors.add(cursor);
      }
      return cursor;
    } catch (SQLException | RuntimeException e) {
      try {
        if (ps != null) {
          ps.close();
        }
        if (began) {
          c.rollback();
          c.setAutoCommit(true);
        }
      } catch (SQLException inner) {
        e.addSuppressed(inner);
      }
      if (t == null) {
        source.release(c);
      }
      throw e instanceof SQLException x ? translate(x, sql.text()) : (RuntimeException) e;
    } finally {
      record(sql, start);
    }
  }

  /** Called by a closing cursor: forgets it, gives back the connection it held ({@code own}, or null). */
  void cursorClosed(Cursor cursor, Connection own) {
    if (cursor.owner instanceof Tx t) {
      t.cursors.remove(cursor);
    }
    if (own != null) {
      source.release(own);
    }
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private Connection acquire() {
    if (closed) {
      throw new IllegalStateException("the database is closed");
    }
    try {
      return source.acquire();
    } catch (SQLException e) {
      throw new TetherException("could not get a connection: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} on the thread's transaction connection, or on one borrowed for the call. */
  public <R> R withConnection(SqlFunction<Connection, R> work, String what) {
    Tx t = tx.get();
    if (t != null) {
      try {
        return work.apply(t.connection);
      } catch (SQLException e) {
        throw translate(e, what);
      }
    }
    Connection c = acquire();
    try {
      return work.apply(c);
    } catch (SQLException e) {
      throw translate(e, what);
    } finally {
      source.release(c);
    }
  }

  // ---- statements ----

  /** Handles the rows of a query. */
  @FunctionalInterface
  public interface Rows<R> {
    R read(ResultSet rs, RowReader reader) throws SQLException;
  }

  /** Runs a SELECT (or a statement with RETURNING) and hands its rows to {@code rows}. */
  public <R> R query(Sql sql, Rows<R> rows) {
    return withConnection(c -> {
      long start = System.nanoTime();
      StatementCache cache = source.statements(c);
      PreparedStatement ps = cache != null ? cache.prepare(sql.text()) : c.prepareStatement(sql.text());
      boolean ok = false;
      try {
        bind(ps, sql.params());
        R result;
        try (ResultSet rs = ps.executeQuery()) {
          result = rows.read(rs, new RowReader(rs, dialect, database));
        }
        ok = true;
        return result;
      } finally {
        done(cache, sql, ps, ok);
        record(sql, start);
      }
    }, sql.text());
  }

  /** Runs an INSERT/UPDATE/DELETE and returns the rows it changed. */
  public int update(Sql sql) {
    return withConnection(c -> {
      long start = System.nanoTime();
      StatementCache cache = source.statements(c);
      PreparedStatement ps = cache != null ? cache.prepare(sql.text()) : c.prepareStatement(sql.text());
      boolean ok = false;
      try {
        bind(ps, sql.params());
        int n = ps.executeUpdate();
        ok = true;
        return n;
      } finally {
        done(cache, sql, ps, ok);
        record(sql, start);
      }
    }, sql.text());
  }

  private static void done(StatementCache cache, Sql sql, PreparedStatement ps, boolean ok) throws SQLException {
    if (cache != null) {
      cache.release(sql.text(), ps, ok);
    } else {
      ps.close();
    }
  }

  /** Runs DDL. */
  public void execute(String ddl) {
    withConnection(c -> {
      long start = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute(ddl);
        return null;
      } finally {
        record(new Sql(ddl, List.of()), start);
      }
    }, ddl);
  }

  private void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      dialect.bind(ps, i + 1, params.get(i));
    }
  }

  private void record(Sql sql, long start) {
    long nanos = System.nanoTime() - start;
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "({0} ms) {1} {2}", nanos / 1_000_000.0, sql.text(), sql.params());
    }
    long slow = slowNanos;
    if (slow > 0 && nanos >= slow && SLOW.isLoggable(Level.WARNING)) {
      SLOW.log(Level.WARNING, "({0} ms, threshold {1} ms) {2} {3}", nanos / 1_000_000.0, slow / 1_000_000.0,
          sql.text(), sql.params());
    }
    if (!captures.isEmpty()) {
      CapturedQuery q = new CapturedQuery(sql.text(), sql.params(), Duration.ofNanos(nanos));
      for (Capture c : captures) {
        c.record(q);
      }
    }
  }

  public Capture startCapture() {
    Capture c = new Capture();
    captures.add(c);
    return c;
  }

  public void stopCapture(Capture c) {
    captures.remove(c);
  }

  /** A driver exception as Tether's: constraint failures become {@link IntegrityException}. */
  public TetherException translate(SQLException e, String sql) {
    if (dialect.isIntegrityViolation(e)) {
      return new IntegrityException(e.getMessage() + " [SQL: " + sql + "]", e, dialect.sqlState(e));
    }
    return new TetherException(e.getMessage() + " [SQL: " + sql + "]", e);
  }

  @Override
  public void close() {
    closed = true;
    source.close();
  }
}
