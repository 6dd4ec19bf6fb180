package dev.tether.internal.sql;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Compiled SQL by query shape: a query set run again with other values (another key, another name)
 * costs a walk of its conditions and a map look-up instead of a compilation. The key is the query's
 * structure (model, kind of statement, dialect, the condition tree with each lookup and column, the
 * number of values of an {@code in}, ordering, slice, distinct, selectRelated, deferred columns,
 * locking), never its values; the values are collected by the same walk, converted as the compiler
 * converts them, and stay bound parameters.
 *
 * <p>Only plain shapes are cached: conditions that are column lookups (no expressions, sub-queries or
 * {@code EXISTS}), no annotations, projection or combinator; anything else is compiled each time. The
 * first compilation of a shape checks that the walk collected exactly the compiler's values, in its
 * order; a shape for which it did not is never cached. Whatever {@link Query} gains that changes
 * the SQL must join the key in {@link #get} (or make {@link #plain} refuse it).
 */
final class SqlCache {
  /** Shapes kept; a program has few, a test suite opening many databases more: past it, start again. */
  private static final int SIZE = 2048;
  private static final ConcurrentHashMap<Shape, Sql> CACHE = new ConcurrentHashMap<>();
  /** Stands for a shape whose values the walk does not reproduce. */
  private static final Sql UNCACHEABLE = new Sql("", List.of());

  private static final Object AND = new Token("and");
  private static final Object OR = new Token("or");
  private static final Object NOT = new Token("not");
  private static final Object END = new Token("end");
  private static final Object TRUE = new Token("true");
  private static final Object CALL = new Token("call");

  private SqlCache() {}

  /**
   * What a statement of a query is: a SELECT of its objects, its count, whether it has a row, its
   * keys (distinct or not), the DELETE of its rows.
   */
  enum Kind { SELECT, COUNT, EXISTS, KEYS, DISTINCT_KEYS, DELETE }

  /**
   * The statement of kind {@code kind} for {@code q}: from the cache when a query of the same shape
   * was compiled before (with this query's values), else {@code compile}'s, remembered for next time.
   */
  static Sql get(Kind kind, Dialect d, Query q, List<OrderTerm> ordering, Supplier<Sql> compile) {
    if (!plain(q, ordering)) {
      return compile.get();
    }
    List<Object> key = new ArrayList<>(16);
    List<Object> params = new ArrayList<>();
    key.add(kind);
    key.add(d);
    key.add(q.model());
    key.add(q.distinct());
    key.add(q.limit());
    key.add(q.offset());
    key.add(q.locking());
    key.add(q.deferred());
    key.add(q.selectRelated());
    key.add(ordering);
    for (Condition c : q.filters()) {
      key.add(CALL);
      if (!walk(d, c, key, params)) {
        return compile.get();
      }
    }
    Shape shape = new Shape(key.toArray());
    Sql known = CACHE.get(shape);
    if (known != null) {
      return known == UNCACHEABLE ? compile.get() : new Sql(known.text(), params, known.selectedRelations());
    }
    Sql sql = compile.get();
    if (CACHE.size() >= SIZE) {
      CACHE.clear();
    }
    CACHE.put(shape, sameValues(sql.params(), params) ? new Sql(sql.text(), List.of(), sql.selectedRelations())
        : UNCACHEABLE);
    return sql;
  }

  /** Whether the query is of the shapes cached: nothing but column conditions, columns ordered by. */
  private static boolean plain(Query q, List<OrderTerm> ordering) {
    if (!q.annotations().isEmpty() || q.projection() != null || q.combinator() != null || !q.combined().isEmpty()) {
      return false;
    }
    for (OrderTerm t : ordering) {
      if (!(t.expr() instanceof ColumnExpr)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the shape of {@code c} to {@code key} and its values to {@code params}, in the compiler's
   * order; false for a condition not cached.
   */
  private static boolean walk(Dialect d, Condition c, List<Object> key, List<Object> params) {
    if (c instanceof Condition.Leaf l) {
      return leaf(d, l, key, params);
    }
    if (c instanceof Condition.And a) {
      return group(d, AND, a.children(), key, params);
    }
    if (c instanceof Condition.Or o) {
      return group(d, OR, o.children(), key, params);
    }
    if (c instanceof Condition.Not n) {
      key.add(NOT);
      return walk(d, n.child(), key, params);
    }
    if (c instanceof Condition.True) {
      key.add(TRUE);
      return true;
    }
    return false; // Compare, Exists, and whatever comes later
  }

  private static boolean group(Dialect d, Object op, List<Condition> children, List<Object> key, List<Object> params) {
    key.add(op);
    for (Condition child : children) {
      if (!walk(d, child, key, params)) {
        return false;
      }
    }
    key.add(END);
    return true;
  }

  /** The values of one lookup as {@code Scope.predicate} binds them; what shapes its text, to the key. */
  private static boolean leaf(Dialect d, Condition.Leaf l, List<Object> key, List<Object> params) {
    ColumnExpr e = l.lhs();
    if (l.lookup() == Lookup.JSON || l.lookup() == Lookup.IN_QUERY) {
      return false;
    }
    Object value = e.transform() == null ? Scope.toColumn(e.field(), l.lookup(), l.value()) : l.value();
    key.add(e);
    key.add(l.lookup());
    switch (l.lookup()) {
      case EXACT, GT, GTE, LT, LTE -> params.add(d.toDb(e.valueType(), value));
      case RANGE -> {
        List<?> r = (List<?>) value;
        params.add(d.toDb(e.valueType(), r.get(0)));
        params.add(d.toDb(e.valueType(), r.get(1)));
      }
      case IS_NULL -> key.add(Boolean.TRUE.equals(value));
      case IN -> {
        List<?> vs = (List<?>) value;
        key.add(vs.size());
        for (Object v : vs) {
          params.add(d.toDb(e.valueType(), v));
        }
      }
      default -> {
        // the text lookups: the dialect's text may depend on the value (an empty suffix, a
        // character outside the BMP), so the text it gives without a column is part of the shape
        key.add(d.lookup(l.lookup(), "", d.text((String) value), params));
      }
    }
    return true;
  }

  private static boolean sameValues(List<Object> compiled, List<Object> walked) {
    if (compiled.size() != walked.size()) {
      return false;
    }
    for (int i = 0; i < compiled.size(); i++) {
      if (!Objects.deepEquals(compiled.get(i), walked.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number of shapes cached (for tests). */
  static int size() {
    return CACHE.size();
  }

  /** A marker in a shape. */
  private record Token(String name) {}

  /** A query's shape: its parts in walk order. */
  private static final class Shape {
    private final Object[] parts;
    private final int hash;

    Shape(Object[] parts) {
      this.parts = parts;
      this.hash = Arrays.hashCode(parts);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Shape s && s.hash == hash && Arrays.equals(s.parts, parts);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
