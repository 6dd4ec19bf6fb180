package dev.tether;

import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Conditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition on model {@code T}, built by a lookup ({@code Article_.headline.startsWith("This")})
 * and combined with {@link #and}, {@link #or} and {@link #not}: Django's {@code Q} objects.
 *
 * @param <T> the model the condition filters
 */
public final class Q<T> {
  private final Condition condition;

  private Q(Condition condition) {
    this.condition = Objects.requireNonNull(condition);
  }

  /** Wraps a condition tree; for the lookup classes of {@code dev.tether.path}. */
  public static <T> Q<T> of(Condition condition) {
    return new Q<>(condition);
  }

  /** Both hold: Django's {@code q1 & q2}. */
  public Q<T> and(Q<T> other) {
    return new Q<>(new Condition.And(flatten(Condition.And.class, condition, other.condition)));
  }

  /** Either holds: Django's {@code q1 | q2}. */
  public Q<T> or(Q<T> other) {
    return new Q<>(new Condition.Or(flatten(Condition.Or.class, condition, other.condition)));
  }

  /** This does not hold: Django's {@code ~q}. Rows where the condition is NULL are included. */
  public Q<T> not() {
    if (condition instanceof Condition.Not n) {
      return new Q<>(n.child());
    }
    return new Q<>(new Condition.Not(condition));
  }

  /** Every one of {@code qs} holds; with none, always true. */
  @SafeVarargs
  public static <T> Q<T> all(Q<T>... qs) {
    List<Condition> cs = new ArrayList<>();
    for (Q<T> q : qs) {
      cs.add(q.condition);
    }
    return cs.size() == 1 ? qs[0] : new Q<>(cs.isEmpty() ? new Condition.True() : new Condition.And(cs));
  }

  /** At least one of {@code qs} holds. */
  @SafeVarargs
  public static <T> Q<T> any(Q<T>... qs) {
    if (qs.length == 0) {
      throw new IllegalArgumentException("Q.any() needs at least one condition");
    }
    List<Condition> cs = new ArrayList<>();
    for (Q<T> q : qs) {
      cs.add(q.condition);
    }
    return cs.size() == 1 ? qs[0] : new Q<>(new Condition.Or(cs));
  }

  /**
   * {@code query} has a row: Django's {@code Exists(queryset)}. The query may compare with the row
   * being filtered through {@code outer()}:
   * {@code Q.exists(Article.objects.filter(Article_.reporter().id.eq(Reporter_.id.outer())))}.
   */
  public static <T> Q<T> exists(QuerySet<?> query) {
    return new Q<>(new Condition.Exists(query.query()));
  }

  /** {@code query} has no row: Django's {@code ~Exists(queryset)}. */
  public static <T> Q<T> notExists(QuerySet<?> query) {
    return new Q<>(new Condition.Not(new Condition.Exists(query.query())));
  }

  /** The condition tree, for the query layer. */
  public Condition condition() {
    return condition;
  }

  private static List<Condition> flatten(Class<?> kind, Condition a, Condition b) {
    List<Condition> out = new ArrayList<>();
    for (Condition c : List.of(a, b)) {
      if (kind == Condition.And.class && c instanceof Condition.And and) {
        out.addAll(and.children());
      } else if (kind == Condition.Or.class && c instanceof Condition.Or or) {
        out.addAll(or.children());
      } else {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Q<?> q && q.condition.equals(condition);
  }

  @Override
  public int hashCode() {
    return condition.hashCode();
  }

  @Override
  public String toString() {
    return "Q(" + Conditions.describe(condition) + ")";
  }
}
