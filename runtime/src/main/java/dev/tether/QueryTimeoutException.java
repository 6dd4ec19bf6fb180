package dev.tether;

import java.time.Duration;

/**
 * A statement ran longer than its timeout ({@link QuerySet#timeout} or
 * {@link Database#statementTimeout}) and was cancelled. Inside {@code atomic} the block's
 * transaction is rolled back, as for any exception leaving it.
 */
public class QueryTimeoutException extends TetherException {
  private static final long serialVersionUID = 1L;
  private final Duration timeout;

  public QueryTimeoutException(String message, Throwable cause, Duration timeout) {
    super(message, cause);
    this.timeout = timeout;
  }

  /** The timeout the statement exceeded. */
  public Duration timeout() {
    return timeout;
  }
}
