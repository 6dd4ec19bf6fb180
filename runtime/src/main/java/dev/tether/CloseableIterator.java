package dev.tether;

import java.util.Iterator;

/**
 * An iterator over rows read as they come from an open database result: Django's
 * {@code QuerySet.iterator()}. <strong>It must be closed</strong>, in try-with-resources:
 *
 * <pre>{@code
 * try (CloseableIterator<Entry> it = Entry.objects.all().iterator(2000)) {
 *   while (it.hasNext()) { ... }
 * }
 * }</pre>
 *
 * <p>Until it is closed it holds its statement and, outside {@code atomic}, a connection (on
 * SQLite the only one: other threads wait). It closes itself when the rows run out, and when the
 * {@code atomic} block it was opened in ends; reading on after that throws IllegalStateException.
 * Close it on the thread that opened it.
 *
 * @param <T> the model
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
  /** Closes the result, and gives back the connection it holds; closing twice does nothing. */
  @Override
  void close();
}
