package dev.tether;

import java.sql.SQLException;

/** The database refused a statement because of a constraint (NOT NULL, UNIQUE, FOREIGN KEY, CHECK). */
public class IntegrityException extends TetherException {
  private static final long serialVersionUID = 1L;
  private final String sqlState;
  private final String constraintName;

  public IntegrityException(String message, SQLException cause, String sqlState) {
    this(message, cause, sqlState, null);
  }

  public IntegrityException(String message, SQLException cause, String sqlState, String constraintName) {
    super(message, cause);
    this.sqlState = sqlState;
    this.constraintName = constraintName;
  }

  /**
   * The name of the constraint the row broke, or null when none is known: PostgreSQL names unique,
   * foreign key and check constraints ({@code author_email_key}); MariaDB names the unique key
   * ({@code email}), the foreign key and the check; SQLite names a check, and for UNIQUE reports
   * only the columns, which give the name of the {@code @Unique} over exactly those columns of a
   * model on the class path. So a declared {@code @Unique} or {@code @Check} is known by its
   * declared name on all three. A NOT NULL violation has no name anywhere.
   */
  public String constraintName() {
    return constraintName;
  }

  /** The SQL state the driver reported, such as {@code 23505}; SQLite, whose driver sets none, gets the standard
   * class-23 code for the constraint ({@code 23505} unique, {@code 23502} not null, {@code 23503}
   * foreign key, {@code 23000} otherwise). */
  public String sqlState() {
    return sqlState;
  }
}
