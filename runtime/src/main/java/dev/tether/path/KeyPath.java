package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.KeyMatch;
import dev.tether.internal.query.PathNode;
import java.util.Arrays;
import java.util.Collection;

/**
 * The composite primary key of a model as one lookup, {@code OrderLine_.pk}: compares every
 * column of the key at once. Django 5.2's {@code pk=(1, 2)} and {@code pk__in=[...]} on a
 * {@code CompositePrimaryKey}.
 *
 * @param <R> the model being filtered
 * @param <K> the generated key record ({@code OrderLine.Pk})
 */
public final class KeyPath<R, K extends Record> {
  private final PathNode node;

  /** For generated code. */
  public KeyPath(PathNode node) {
    this.node = node;
  }

  /** The row has this key: {@code a = ? AND b = ?}. Django's {@code pk=(a, b)}. */
  public Q<R> eq(K key) {
    return Q.of(KeyMatch.eq(node, node.model(), key));
  }

  /** The row does not have this key: Django's {@code ~Q(pk=(a, b))}. */
  public Q<R> ne(K key) {
    return eq(key).not();
  }

  /**
   * The row has one of these keys: {@code (a, b) IN ((?, ?), ...)}, or an OR of ANDs where the
   * database cannot compare row values. Django's {@code pk__in=[...]}; none matches nothing.
   */
  @SafeVarargs
  public final Q<R> in(K... keys) {
    return in(Arrays.asList(keys));
  }

  /** {@link #in(Record[])} with a collection. */
  public Q<R> in(Collection<? extends K> keys) {
    return Q.of(KeyMatch.in(node, node.model(), keys));
  }

  @Override
  public String toString() {
    return node.model().name() + ".pk";
  }
}
