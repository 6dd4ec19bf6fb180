package dev.tether;

import java.time.Duration;
import java.util.List;

/**
 * One statement run while {@link Database#captureQueries()} (or {@link Databases#captureQueries()})
 * was open: its SQL, its bound values (as sent to the driver), how long it took, and the name of
 * the database it ran on ({@code "default"} for a database outside a {@link Databases}), as
 * Django's {@code CaptureQueriesContext} records per connection alias.
 */
public record CapturedQuery(String sql, List<Object> params, Duration duration, String database) {
  public CapturedQuery {
    params = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
  }

  /** A statement run on the database named {@code "default"}. */
  public CapturedQuery(String sql, List<Object> params, Duration duration) {
    this(sql, params, duration, "default");
  }
}
