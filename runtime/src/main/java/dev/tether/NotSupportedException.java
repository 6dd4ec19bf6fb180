package dev.tether;

/**
 * The database cannot do what was asked, such as {@code selectForUpdate(ForUpdate.skipLocked())}
 * on SQLite: Django's {@code NotSupportedError}. The message names the option and the database.
 */
public class NotSupportedException extends TetherException {
  private static final long serialVersionUID = 1L;

  public NotSupportedException(String message) {
    super(message);
  }
}
