package dev.tether;

import dev.tether.internal.query.PathNode;
import dev.tether.path.ModelPath;
import java.util.ArrayList;
import java.util.List;

/**
 * An option of {@link QuerySet#selectForUpdate(ForUpdate[])}, Django's
 * {@code select_for_update(nowait=True)}, {@code skip_locked=True} and {@code of=(...)}:
 * <pre>{@code
 * Article.objects.selectForUpdate(ForUpdate.nowait())
 * Article.objects.selectForUpdate(ForUpdate.skipLocked()).limit(10)
 * Article.objects.selectRelated(Article_.reporter())
 *     .selectForUpdate(ForUpdate.of(Article_.reporter()))      // lock the reporters only
 * }</pre>
 * PostgreSQL has all three; MariaDB {@code nowait} and {@code skipLocked}, not {@code of}; SQLite
 * none. Where the database lacks one, reading the query throws {@link NotSupportedException}
 * naming the option and the database.
 *
 * @param <T> the model being read
 */
public final class ForUpdate<T> {
  final boolean nowait;
  final boolean skipLocked;
  final boolean self;
  final List<PathNode> of;

  private ForUpdate(boolean nowait, boolean skipLocked, boolean self, List<PathNode> of) {
    this.nowait = nowait;
    this.skipLocked = skipLocked;
    this.self = self;
    this.of = of;
  }

  /** {@code NOWAIT}: a row another transaction has locked fails the query at once. */
  public static <T> ForUpdate<T> nowait() {
    return new ForUpdate<>(true, false, false, List.of());
  }

  /** {@code SKIP LOCKED}: rows another transaction has locked are left out (a work queue). */
  public static <T> ForUpdate<T> skipLocked() {
    return new ForUpdate<>(false, true, false, List.of());
  }

  /**
   * {@code FOR UPDATE OF}: locks the rows of these {@code selectRelated} relations only (add
   * {@link #ofSelf()} for the model's own rows). Django's {@code of=(...)}.
   */
  @SafeVarargs
  public static <T> ForUpdate<T> of(ModelPath<T, ?>... relations) {
    List<PathNode> ps = new ArrayList<>();
    for (ModelPath<T, ?> p : relations) {
      ps.add(p.node());
    }
    return new ForUpdate<>(false, false, false, List.copyOf(ps));
  }

  /** {@code FOR UPDATE OF} the model's own table: Django's {@code of=("self",)}. */
  public static <T> ForUpdate<T> ofSelf() {
    return new ForUpdate<>(false, false, true, List.of());
  }
}
