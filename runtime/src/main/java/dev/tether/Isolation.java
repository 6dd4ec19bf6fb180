package dev.tether;

import java.sql.Connection;

/**
 * A transaction isolation level, for {@link Database#atomic(Isolation, Runnable)}: Django's
 * {@code OPTIONS["isolation_level"]}, chosen per block.
 */
public enum Isolation {
  READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
  READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
  REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
  SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

  final int jdbc;

  Isolation(int jdbc) {
    this.jdbc = jdbc;
  }
}
