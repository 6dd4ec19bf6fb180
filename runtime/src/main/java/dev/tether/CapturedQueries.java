package dev.tether;

import dev.tether.internal.jdbc.Capture;
import dev.tether.internal.jdbc.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every statement a database runs while open, from any thread: Django's
 * {@code CaptureQueriesContext}, for asserting query counts as {@code assertNumQueries} does.
 * <pre>{@code
 * try (CapturedQueries q = db.captureQueries()) {
 *   article.reporter();
 *   assertEquals(1, q.count());
 * }
 * }</pre>
 * {@link Databases#captureQueries()} records the statements of several databases in one list, in the
 * order they ran; {@link CapturedQuery#database()} says where each went.
 */
public final class CapturedQueries implements AutoCloseable {
  private final List<Engine> engines;
  private final Capture capture = new Capture();

  CapturedQueries(Engine engine) {
    this(List.of(engine));
  }

  CapturedQueries(List<Engine> engines) {
    this.engines = List.copyOf(engines);
    for (Engine e : this.engines) {
      e.startCapture(capture);
    }
  }

  /** Statements run so far. */
  public int count() {
    return capture.queries().size();
  }

  /** The SQL of each statement run so far, in order. */
  public List<String> sql() {
    List<String> out = new ArrayList<>();
    for (CapturedQuery q : capture.queries()) {
      out.add(q.sql());
    }
    return out;
  }

  /** Each statement with its parameters, duration and database. */
  public List<CapturedQuery> queries() {
    return capture.queries();
  }

  /** The statements that ran on the database named {@code alias}. */
  public List<CapturedQuery> on(String alias) {
    List<CapturedQuery> out = new ArrayList<>();
    for (CapturedQuery q : capture.queries()) {
      if (q.database().equals(alias)) {
        out.add(q);
      }
    }
    return out;
  }

  /** Stops recording; what was recorded stays readable. */
  @Override
  public void close() {
    for (Engine e : engines) {
      e.stopCapture(capture);
    }
  }

  @Override
  public String toString() {
    return count() + " queries: " + sql();
  }
}
