package dev.tether;

/**
 * The connection to the database server broke (a restart, a killed session, the network). A
 * statement outside {@code atomic} has already been tried once more on a fresh connection; inside
 * {@code atomic} nothing is retried, since the server rolled the transaction back: run the whole
 * block again. Django raises {@code OperationalError} or {@code InterfaceError}.
 */
public class ConnectionLostException extends TetherException {
  private static final long serialVersionUID = 1L;

  public ConnectionLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
