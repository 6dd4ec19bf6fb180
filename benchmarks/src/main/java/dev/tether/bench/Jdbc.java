package dev.tether.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The hand-written side's connections, set up as Tether sets up its own so that only the code in
 * between differs: on SQLite one connection to the same WAL file with the same pragmas; on
 * PostgreSQL a HikariCP pool of 10 with the session in UTC. Also where the databases are:
 * {@code -Dbench.sqlite=/path/bench.db}, {@code -Dbench.pg=jdbc:postgresql://host:port/db},
 * {@code -Dbench.pgUser=postgres}, {@code -Dbench.pgPassword=}.
 */
public final class Jdbc implements AutoCloseable {
  public final boolean sqlite;
  private final Connection single;
  private final HikariDataSource pool;

  private Jdbc(Connection single, HikariDataSource pool) {
    this.sqlite = single != null;
    this.single = single;
    this.pool = pool;
  }

  public static String sqliteUrl() {
    String path = System.getProperty("bench.sqlite",
        new File(System.getProperty("java.io.tmpdir"), "tether-bench/bench.db").getPath());
    new File(path).getAbsoluteFile().getParentFile().mkdirs();
    return "jdbc:sqlite:" + path;
  }

  public static String pgUrl() {
    return System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/tether_bench");
  }

  /**
   * {@link #pgUrl()} with its tables in schema {@code schema} of the same database (created when
   * missing), replacing any {@code currentSchema} the URL names.
   */
  public static String pgUrlInSchema(String schema) throws SQLException {
    createPgDatabase();
    try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    String url = pgUrl().replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Creates the schema a {@code currentSchema} in {@link #pgUrl()} names, when missing. */
  static void createPgSchema() throws SQLException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)")
        .matcher(pgUrl());
    if (m.find()) {
      pgUrlInSchema(m.group(1));
    }
  }

  public static String pgUser() {
    return System.getProperty("bench.pgUser", "postgres");
  }

  public static String pgPassword() {
    return System.getProperty("bench.pgPassword", "");
  }

  /** Opens the hand-written side of database {@code db} ({@code sqlite} or {@code postgresql}). */
  public static Jdbc open(String db) throws SQLException {
    if (!db.equals("sqlite")) {
      createPgDatabase();
      createPgSchema();
    }
    return open(db, db.equals("sqlite") ? sqliteUrl() : pgUrl());
  }

  /** {@link #open(String)} on another database of the same kind (the scale workloads' own). */
  public static Jdbc open(String db, String url) throws SQLException {
    if (db.equals("sqlite")) {
      Connection c = DriverManager.getConnection(url);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
      }
      return new Jdbc(c, null);
    }
    createPgDatabase();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(pgUser());
    config.setPassword(pgPassword());
    config.setMaximumPoolSize(10);
    config.setPoolName("jdbc-twin");
    config.setConnectionInitSql("SET TIME ZONE 'UTC'");
    return new Jdbc(null, new HikariDataSource(config));
  }

  /** Whether the PostgreSQL server answers (creating the benchmark database when it is missing). */
  public static boolean pgAvailable() {
    try {
      createPgDatabase();
      createPgSchema();
      return true;
    } catch (SQLException e) {
      System.err.println("PostgreSQL skipped: " + e.getMessage());
      return false;
    }
  }

  /** Creates the database named by {@link #pgUrl()}, connecting to {@code postgres}, when missing. */
  static void createPgDatabase() throws SQLException {
    String url = pgUrl();
    try {
      DriverManager.getConnection(url, pgUser(), pgPassword()).close();
      return;
    } catch (SQLException e) {
      if (!"3D000".equals(e.getSQLState())) {
        throw e;
      }
    }
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    String name = url.substring(slash + 1, query < 0 ? url.length() : query);
    String admin = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
    try (Connection c = DriverManager.getConnection(admin, pgUser(), pgPassword());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
    }
  }

  /** A connection for one statement or transaction: the single one, or one borrowed from the pool. */
  public Connection get() throws SQLException {
    return sqlite ? single : pool.getConnection();
  }

  /** Gives back what {@link #get()} returned. */
  public void release(Connection c) throws SQLException {
    if (!sqlite) {
      c.close();
    }
  }

  /** Binds a date as the schema stores it: ISO text on SQLite, a {@code date} on PostgreSQL. */
  public void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (sqlite) {
      ps.setString(i, d.toString());
    } else {
      ps.setObject(i, d);
    }
  }

  public LocalDate getDate(ResultSet rs, int i) throws SQLException {
    if (sqlite) {
      String s = rs.getString(i);
      return s == null ? null : LocalDate.parse(s);
    }
    return rs.getObject(i, LocalDate.class);
  }

  /**
   * A case-sensitive "starts with" on {@code column}, written as Tether writes it for this database,
   * so both sides ask the database the same question; {@link #startsWithValue} is its parameter.
   */
  public String startsWith(String column) {
    return sqlite ? "instr(" + column + ", ?) = 1" : column + " LIKE ? ESCAPE '\\'";
  }

  public String startsWithValue(String prefix) {
    return sqlite ? prefix : prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  @Override
  public void close() throws SQLException {
    if (sqlite) {
      single.close();
    } else {
      pool.close();
    }
  }
}
