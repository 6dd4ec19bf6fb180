package dev.tether.internal.jdbc;

import dev.tether.CapturedQuery;
import dev.tether.ConnectionLostException;
import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.QueryTimeoutException;
import dev.tether.TetherException;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.sql.Sql;
import dev.tether.meta.RowReader;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
  private final TransactionControl transactions;
  private final ThreadLocal<Tx> tx = new ThreadLocal<>();
  private final List<Capture> captures = new CopyOnWriteArrayList<>();
  private volatile Database database;
  private volatile boolean closed;
  private volatile boolean strictLoading;
  private volatile Duration statementTimeout;
  /** A query set's timeout, for every statement its terminal runs on this thread, on any database. */
  private static final ThreadLocal<Duration> scopedTimeout = new ThreadLocal<>();
  /** Statements at least this long are logged on {@code dev.tether.sql.slow}; 0: none. */
  private volatile long slowNanos;
  /** The name captured statements carry ({@code CapturedQuery.database()}). */
  private volatile String alias = "default";
  /** Where a read goes when this database cannot be reached (a replica's router); null: nowhere. */
  private volatile Failover failover;
  /** Whether reads running now are counted ({@link #busyReads}): for a "least busy" replica router. */
  private volatile boolean countBusy;
  /** Reads running now, counted while a failover is set (a replica router's "least busy"). */
  private final java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();

  /** Chooses another engine for a read this one could not run: a replica router's failover. */
  @FunctionalInterface
  public interface Failover {
    /** The engine to run the read on instead (this engine failed with {@code cause}), or null to fail. */
    Engine next(Engine failed, RuntimeException cause);
  }

  private static final class Tx {
    final Connection connection;
    int depth;
    boolean lost;
    /** Django's {@code run_on_commit}: what runs once the outermost block has committed. */
    final List<Runnable> onCommit = new ArrayList<>();
    /** Whether the transaction is its connection owner's, not Tether's (nothing runs on commit then). */
    boolean outer;
    /** The isolation asked for by the outermost block (a JDBC level), or -1: the connection's. */
    int isolation = -1;
    boolean readOnly;
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
    this.transactions = new TransactionControl(dialect);
  }

  /**
   * Opens a database by JDBC URL: an SQLite file gets one writer connection and a few readers, an
   * in-memory SQLite database one connection (it lives as long as that); a server gets a HikariCP
   * pool of {@code poolSize} connections. Fails within seconds when the database cannot be reached.
   */
  public static Engine open(String url, String user, String password, int poolSize) {
    Dialect d = Dialects.forUrl(url);
    return new Engine(d, Sources.open(d, url, user, password, poolSize));
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
    return new Engine(d, new DataSourceSource(dataSource, prepare));
  }

  /** Links the engine to its public facade (rows read carry it). */
  public void bind(Database db) {
    this.database = db;
  }

  public Database database() {
    return database;
  }

  /** The name of this database in a set of several ({@code default} otherwise). */
  public String alias() {
    return alias;
  }

  public void setAlias(String alias) {
    this.alias = alias;
  }

  /**
   * Sends a SELECT outside a transaction that fails because this database cannot be reached to
   * {@code failover}'s choice instead (null: nowhere), and with {@code countBusy} counts the reads
   * running now ({@link #busyReads}).
   */
  public void setFailover(Failover failover, boolean countBusy) {
    this.failover = failover;
    this.countBusy = countBusy && failover != null;
  }

  /** The reads running now on this engine (counted only while {@link #setFailover} asks to). */
  public int busyReads() {
    return busy.get();
  }

  /** Whether the calling thread is inside an {@code atomic} block of this engine (no connection is asked). */
  public boolean inAtomicBlock() {
    return tx.get() != null;
  }

  /** Whether this database answers {@code SELECT 1} now (a replica router's health probe). */
  public boolean reachable() {
    try {
      return withConnection(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT 1");
          return true;
        }
      }, "SELECT 1");
    } catch (RuntimeException e) {
      return false;
    }
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

  /** The longest any statement may run on this database, or null for no limit. */
  public Duration statementTimeout() {
    return statementTimeout;
  }

  public void setStatementTimeout(Duration limit) {
    statementTimeout = limit;
  }

  /** Runs {@code body} with every statement it sends bounded by {@code limit} (null: the database's default). */
  public <R> R withTimeout(Duration limit, Supplier<R> body) {
    if (limit == null) {
      return body.get();
    }
    Duration outer = scopedTimeout.get();
    scopedTimeout.set(limit);
    try {
      return body.get();
    } finally {
      if (outer == null) {
        scopedTimeout.remove();
      } else {
        scopedTimeout.set(outer);
      }
    }
  }

  private Duration timeout() {
    Duration scoped = scopedTimeout.get();
    return scoped != null ? scoped : statementTimeout;
  }

  // ---- transactions ----

  /**
   * Whether the calling thread is inside a transaction: an {@code atomic} block of this database,
   * or a transaction its connection's owner began (see {@link #inOuterTransaction}).
   */
  public boolean inTransaction() {
    return tx.get() != null || source.sharesTransactions() && withConnection(Engine::inOuterTransaction, "inTransaction");
  }

  /**
   * Runs {@code body} in a transaction, or in a savepoint when one is already open: Tether's own
   * {@code atomic} block, or a transaction the connection's owner began (see
   * {@link #inOuterTransaction}). A connection Tether found in auto-commit mode is left in it.
   */
  public <R> R atomic(Supplier<R> body) {
    return atomic(-1, false, body);
  }

  /**
   * {@link #atomic(Supplier)} with an isolation level ({@code java.sql.Connection.TRANSACTION_*},
   * or -1 for the connection's) and read-only mode for the outermost block. A nested block (or one
   * inside a transaction Tether did not begin) may not ask for another level, nor to be read-only
   * inside a read-write transaction: IllegalStateException.
   */
  public <R> R atomic(int isolation, boolean readOnly, Supplier<R> body) {
    Tx t = tx.get();
    if (t != null) {
      checkNested(t, isolation, readOnly);
      return savepoint(t, body);
    }
    Connection c = acquire();
    t = new Tx(c);
    tx.set(t);
    boolean own = false;
    int previousIsolation = -1;
    boolean committed = false;
    try {
      if (source.sharesTransactions() && inOuterTransaction(c)) {
        t.outer = true;
        t.readOnly = c.isReadOnly();
        checkNested(t, isolation, readOnly);
        return savepoint(t, body);
      }
      if (isolation >= 0 && dialect.setsIsolation()) {
        previousIsolation = c.getTransactionIsolation();
        c.setTransactionIsolation(isolation);
      }
      t.isolation = isolation;
      t.readOnly = readOnly;
      transactions.begin(c);
      own = true;
      if (readOnly) {
        dialect.setReadOnly(c, true);
      }
      R result;
      try {
        result = body.get();
        closeCursors(t, 0);
      } catch (Throwable e) {
        closeCursors(t, 0);
        transactions.rollbackQuietly(c, e);
        throw e;
      }
      try {
        transactions.commit(c);
      } catch (SQLException e) {
        transactions.rollbackQuietly(c, e);
        throw translate(e, "COMMIT");
      }
      committed = true;
      return result;
    } catch (SQLException e) {
      throw translate(e, "BEGIN");
    } finally {
      tx.remove();
      if (own) {
        try {
          if (readOnly) {
            dialect.setReadOnly(c, false);
          }
          transactions.end(c);
          if (previousIsolation >= 0) {
            c.setTransactionIsolation(previousIsolation);
          }
        } catch (SQLException e) {
          t.lost |= dialect.isConnectionFailure(e);
        }
      }
      if (t.lost) {
        source.discard(c);
      } else {
        source.release(c);
      }
      if (committed) {
        runOnCommit(t);
      }
    }
  }

  /** Refuses a nested block's isolation or read-only request that the transaction cannot honour. */
  private static void checkNested(Tx t, int isolation, boolean readOnly) {
    if (isolation >= 0) {
      int current = t.isolation;
      if (current < 0) {
        try {
          current = t.connection.getTransactionIsolation();
        } catch (SQLException e) {
          current = -1;
        }
      }
      if (current != isolation) {
        throw new IllegalStateException("a nested atomic block cannot change the isolation level of its"
            + " transaction (" + isolationName(current) + ") to " + isolationName(isolation)
            + "; ask for it on the outermost block");
      }
    }
    if (readOnly && !t.readOnly) {
      throw new IllegalStateException("a nested atomic block cannot be read-only inside a read-write transaction;"
          + " ask for it on the outermost block");
    }
  }

  private static String isolationName(int level) {
    switch (level) {
      case Connection.TRANSACTION_READ_UNCOMMITTED:
        return "READ_UNCOMMITTED";
      case Connection.TRANSACTION_READ_COMMITTED:
        return "READ_COMMITTED";
      case Connection.TRANSACTION_REPEATABLE_READ:
        return "REPEATABLE_READ";
      case Connection.TRANSACTION_SERIALIZABLE:
        return "SERIALIZABLE";
      default:
        return "the connection's";
    }
  }

  /**
   * Django's {@code transaction.on_commit}: inside an {@code atomic} block, runs {@code callback}
   * after the outermost block commits (in registration order), and drops it when the block (or
   * the savepoint it was registered in) rolls back; outside any transaction, runs it now.
   */
  public void onCommit(Runnable callback) {
    Tx t = tx.get();
    if (t == null) {
      if (source.sharesTransactions() && withConnection(Engine::inOuterTransaction, "onCommit")) {
        throw outerOnCommit();
      }
      callback.run();
      return;
    }
    if (t.outer) {
      throw outerOnCommit();
    }
    t.onCommit.add(callback);
  }

  private static IllegalStateException outerOnCommit() {
    return new IllegalStateException("onCommit() inside a transaction Tether did not begin (the connection's"
        + " owner, such as a Spring transaction manager, commits it): register the callback with that owner,"
        + " e.g. Spring's TransactionSynchronization.afterCommit");
  }

  private static void runOnCommit(Tx t) {
    // a callback may open its own transaction: this one is finished and unbound
    for (Runnable r : List.copyOf(t.onCommit)) {
      r.run();
    }
  }

  private <R> R savepoint(Tx t, Supplier<R> body) {
    Connection c = t.connection;
    TransactionControl.Mark mark;
    try {
      mark = transactions.savepoint(c, "tether_" + (++t.depth));
    } catch (SQLException e) {
      t.depth--;
      throw translate(e, "SAVEPOINT");
    }
    int callbacks = t.onCommit.size();
    try {
      R result = body.get();
      closeCursors(t, t.depth);
      transactions.release(c, mark);
      return result;
    } catch (SQLException e) {
      throw translate(e, "RELEASE SAVEPOINT");
    } catch (Throwable e) {
      // the savepoint's work is undone: so are the callbacks registered inside it
      t.onCommit.subList(callbacks, t.onCommit.size()).clear();
      closeCursors(t, t.depth);
      try {
        transactions.rollback(c, mark);
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
    Connection c = t != null ? t.connection : acquire(true); // SQLite: a reader, when it has them
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

  private Connection acquire(boolean reader) {
    if (closed) {
      throw new IllegalStateException("the database is closed");
    }
    try {
      return reader ? source.acquireReader() : source.acquire();
    } catch (SQLException e) {
      throw new TetherException("could not get a connection: " + e.getMessage(), e);
    }
  }

  private Connection acquire() {
    return acquire(false);
  }

  /** Runs {@code work} on the thread's transaction connection, or on one borrowed for the call. */
  public <R> R withConnection(SqlFunction<Connection, R> work, String what) {
    return withConnection(work, what, false);
  }

  /**
   * {@link #withConnection(SqlFunction, String)}; {@code reads} when the work only reads (SQLite
   * then runs it on a reader connection). Outside a transaction, work whose connection turns out
   * to be dead (a server restart, a killed session) runs once more on a fresh connection; inside
   * one it throws {@link ConnectionLostException}, since the server rolled the transaction back.
   */
  private <R> R withConnection(SqlFunction<Connection, R> work, String what, boolean reads) {
    return withConnection(work, what, reads, false);
  }

  /** {@link #withConnection(SqlFunction, String, boolean)}; {@code failingOver}: a dead connection is not retried here, the failover takes the read. */
  private <R> R withConnection(SqlFunction<Connection, R> work, String what, boolean reads, boolean failingOver) {
    Tx t = tx.get();
    if (t != null) {
      try {
        return work.apply(t.connection);
      } catch (SQLException e) {
        t.lost |= dialect.isConnectionFailure(e);
        throw translate(e, what);
      }
    }
    for (int attempt = 1; ; attempt++) {
      Connection c = acquire(reads);
      boolean dead = false;
      boolean outer = false; // a transaction manager's transaction: never retried elsewhere
      try {
        outer = source.sharesTransactions() && inOuterTransaction(c);
        return work.apply(c);
      } catch (SQLException e) {
        dead = dialect.isConnectionFailure(e);
        if (!dead || attempt > 1 || outer || failingOver) {
          throw translate(e, what);
        }
      } finally {
        if (dead) {
          source.discard(c);
        } else {
          source.release(c);
        }
      }
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
    Failover f = failover;
    if (f != null && tx.get() == null && isSelect(sql.text())) {
      return queryOrFailOver(f, sql, rows);
    }
    return withConnection(c -> run(c, sql, ps -> {
      try (ResultSet rs = ps.executeQuery()) {
        return rows.read(rs, new RowReader(rs, dialect, database));
      }
    }), sql.text(), isSelect(sql.text()));
  }

  /** {@link #query} of a read that moves to {@code f}'s engine when this one cannot be reached. */
  private <R> R queryOrFailOver(Failover f, Sql sql, Rows<R> rows) {
    boolean counted = countBusy;
    if (counted) {
      busy.incrementAndGet();
    }
    try {
      return withConnection(c -> run(c, sql, ps -> {
        try (ResultSet rs = ps.executeQuery()) {
          return rows.read(rs, new RowReader(rs, dialect, database));
        }
      }), sql.text(), true, true);
    } catch (TetherException e) {
      Engine next = unreachable(e) ? f.next(this, e) : null;
      if (next == null || next == this) {
        throw e;
      }
      return next.query(sql, rows);
    } finally {
      if (counted) {
        busy.decrementAndGet();
      }
    }
  }

  /** Whether {@code e} says the server cannot be reached (down, restarting, refusing connections). */
  private boolean unreachable(TetherException e) {
    if (e instanceof ConnectionLostException) {
      return true;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof SQLException s && (dialect.isConnectionFailure(s) || s.getSQLState() != null
          && s.getSQLState().startsWith("08") || s instanceof java.sql.SQLNonTransientConnectionException
          || s instanceof java.sql.SQLTransientConnectionException) || t instanceof java.net.ConnectException) {
        return true;
      }
    }
    return false;
  }

  /** Runs an INSERT/UPDATE/DELETE and returns the rows it changed. */
  public int update(Sql sql) {
    return withConnection(c -> run(c, sql, PreparedStatement::executeUpdate), sql.text(), false);
  }

  private static boolean isSelect(String text) {
    return text.regionMatches(true, 0, "SELECT ", 0, 7);
  }

  /** Prepares {@code sql} (from the connection's cache when it has one), binds, and runs it under the timeout in force. */
  private <R> R run(Connection c, Sql sql, SqlFunction<PreparedStatement, R> execute) throws SQLException {
    long start = System.nanoTime();
    StatementCache cache = source.statements(c);
    PreparedStatement ps = cache != null ? cache.prepare(sql.text()) : c.prepareStatement(sql.text());
    boolean ok = false;
    Duration limit = timeout();
    try {
      bind(ps, sql.params());
      R result;
      if (limit == null) {
        result = execute.apply(ps);
      } else {
        dialect.startTimeout(c, ps, limit);
        try {
          result = execute.apply(ps);
        } catch (SQLException e) {
          if (dialect.isTimeout(e)) {
            throw new QueryTimeoutException("the statement ran longer than its timeout of " + describe(limit)
                + " and was cancelled (QuerySet.timeout / Database.statementTimeout) [SQL: " + sql.text() + "]",
                e, limit);
          }
          throw e;
        } finally {
          dialect.endTimeout(c, ps);
        }
      }
      ok = true;
      return result;
    } finally {
      done(cache, sql, ps, ok);
      record(sql, start);
    }
  }

  private static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
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
      CapturedQuery q = new CapturedQuery(sql.text(), sql.params(), Duration.ofNanos(nanos), alias);
      for (Capture c : captures) {
        c.record(q);
      }
    }
  }

  public Capture startCapture() {
    return startCapture(new Capture());
  }

  /** Records this engine's statements into {@code c} too (one capture may span several engines). */
  public Capture startCapture(Capture c) {
    captures.add(c);
    return c;
  }

  public void stopCapture(Capture c) {
    captures.remove(c);
  }

  /** A driver exception as Tether's: constraint failures become {@link IntegrityException}. */
  public TetherException translate(SQLException e, String sql) {
    if (dialect.isConnectionFailure(e)) {
      return new ConnectionLostException((inTransaction()
          ? "the connection was lost inside an atomic block, so the database rolled the transaction back;"
              + " nothing of the block was committed: run it again"
          : "the connection was lost, and again on a fresh connection")
          + " (" + e.getMessage() + ") [SQL: " + sql + "]", e);
    }
    if (dialect.isIntegrityViolation(e)) {
      return new IntegrityException(e.getMessage() + " [SQL: " + sql + "]", e, dialect.sqlState(e),
          dialect.constraintName(e));
    }
    return new TetherException(e.getMessage() + " [SQL: " + sql + "]", e);
  }

  @Override
  public void close() {
    closed = true;
    source.close();
  }
}
