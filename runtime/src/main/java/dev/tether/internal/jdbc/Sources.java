package dev.tether.internal.jdbc;

import dev.tether.TetherException;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.SqliteDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens the connections of {@code Database.open}: an SQLite file's writer and readers, an
 * in-memory database's single connection, or a HikariCP pool for a server ({@link ServerPools}). A server that cannot
 * be reached, a missing database or refused credentials fail here within seconds, naming the URL
 * (never a password) and the driver's message, and leave no pool thread behind.
 */
final class Sources {
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):[^/@]*@");

  private Sources() {}

  static ConnectionSource open(Dialect d, String url, String user, String password, int poolSize) {
    if (d instanceof SqliteDialect sqlite) {
      return openSqlite(sqlite, url, user, password);
    }
    try {
      return ServerPools.open(d, url, user, password, poolSize);
    } catch (NoClassDefFoundError e) {
      throw new TetherException("could not open " + redact(url) + ": Tether pools server connections with HikariCP;"
          + " add com.zaxxer:HikariCP to your dependencies, or pass your own pool to Database.of(dataSource)", e);
    }
  }

  private static ConnectionSource openSqlite(SqliteDialect d, String url, String user, String password) {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    Connection writer = null;
    try {
      writer = DriverManager.getConnection(url, p);
      d.configure(writer);
      if (SqliteDialect.isMemory(url)) {
        return new SingleConnectionSource(writer); // a second connection would see another, empty database
      }
      return new SqliteSource(writer, () -> {
        Connection r = DriverManager.getConnection(url, p);
        try {
          d.configureReader(r);
          return r;
        } catch (SQLException e) {
          r.close();
          throw e;
        }
      });
    } catch (SQLException e) {
      if (writer != null) {
        try {
          writer.close();
        } catch (SQLException inner) {
          e.addSuppressed(inner);
        }
      }
      throw failure(url, e);
    }
  }

  /** Why a database could not be opened: the URL without its password, and the driver's own words. */
  static TetherException failure(String url, Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof SQLException)) {
      cause = cause.getCause();
    }
    return new TetherException("could not open " + redact(url) + ": " + cause.getMessage(), e);
  }

  /** {@code url} with any password in it replaced by {@code ***}. */
  static String redact(String url) {
    Matcher m = USER_INFO.matcher(PASSWORD_PARAM.matcher(url).replaceAll("$1***"));
    return m.replaceAll("//$1:***@");
  }
}
