package dev.tether.internal.query;

import java.util.List;

/**
 * How {@code selectForUpdate} locks: Django's {@code select_for_update(nowait, skip_locked, of)}.
 *
 * @param nowait fail at once on a locked row instead of waiting
 * @param skipLocked leave locked rows out instead of waiting
 * @param of the relations whose rows are locked (the root is {@link PathNode#isRoot()}); empty:
 *     every table read
 */
public record Locking(boolean nowait, boolean skipLocked, List<PathNode> of) {
  public Locking {
    of = List.copyOf(of);
  }

  /** Plain {@code FOR UPDATE}. */
  public static final Locking PLAIN = new Locking(false, false, List.of());
}
