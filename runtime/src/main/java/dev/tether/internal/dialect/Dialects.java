package dev.tether.internal.dialect;

/** Chooses the dialect for a JDBC URL. */
public final class Dialects {
  private static final Dialect SQLITE = new SqliteDialect();
  private static final Dialect POSTGRES = new PostgresDialect();
  private static final Dialect MARIADB = new MariaDbDialect();
  private static final Dialect MYSQL = new MariaDbDialect(MariaDbDialect.MYSQL_NOPAD_BIN);

  private Dialects() {}

  public static Dialect forUrl(String url) {
    if (url.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRES;
    }
    if (url.startsWith("jdbc:mariadb:")) {
      return MARIADB;
    }
    if (url.startsWith("jdbc:mysql:")) {
      return MYSQL;
    }
    throw new IllegalArgumentException("Tether does not support this database: " + url
        + " (supported: jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:)");
  }
}
