package dev.tether;

import java.util.Objects;

/**
 * How {@link Database#atomic(TxOptions, Runnable)} begins its transaction: an isolation level,
 * read-only, or both. Immutable.
 * <pre>{@code
 * db.atomic(TxOptions.readOnly(), () -> report());
 * db.atomic(TxOptions.isolation(Isolation.REPEATABLE_READ).asReadOnly(), () -> report());
 * }</pre>
 */
public final class TxOptions {
  private final Isolation isolation;
  private final boolean readOnly;

  private TxOptions(Isolation isolation, boolean readOnly) {
    this.isolation = isolation;
    this.readOnly = readOnly;
  }

  /** At this isolation level. */
  public static TxOptions isolation(Isolation level) {
    return new TxOptions(Objects.requireNonNull(level, "isolation"), false);
  }

  /** A read-only transaction at the connection's isolation level. */
  public static TxOptions readOnly() {
    return new TxOptions(null, true);
  }

  /** These options, read-only. */
  public TxOptions asReadOnly() {
    return new TxOptions(isolation, true);
  }

  /** The isolation level, or null for the connection's. */
  public Isolation isolationLevel() {
    return isolation;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  int jdbcIsolation() {
    return isolation == null ? -1 : isolation.jdbc;
  }

  @Override
  public String toString() {
    return "TxOptions(" + (isolation == null ? "default isolation" : isolation) + (readOnly ? ", read-only" : "") + ")";
  }
}
