package dev.tether;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Sql;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.path.ComparableExpr;
import dev.tether.path.Order;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Rows of chosen expressions instead of model objects, Django's {@code values_list(...)}: lazy and
 * immutable like a {@link QuerySet}. Each row is built by a function from the values read, so a
 * row can be a typed tuple ({@link Row2}, {@link Row3}), a single value (Django's {@code flat=True})
 * or any class through {@link #map}. With an aggregate among the expressions, the rows are grouped by
 * the others, as Django's {@code values(...).annotate(...)}.
 *
 * @param <T> the model queried
 * @param <R> the type of each row
 */
public final class Values<T, R> implements Iterable<R> {
  private final Database db;
  private final Query query;
  private final Function<Object[], R> row;

  Values(Database db, Query query, Function<Object[], R> row) {
    this.db = db;
    this.query = query;
    this.row = row;
  }

  static <T, R> Values<T, R> of(Database db, Query query, List<Expression> exprs, Function<Object[], R> row) {
    return new Values<>(db, query.withProjection(exprs), row);
  }

  /** Each row turned into {@code X} by {@code f}: {@code .map(r -> ...)}. */
  public <X> Values<T, X> map(Function<? super R, ? extends X> f) {
    return new Values<>(db, query, values -> f.apply(row.apply(values)));
  }

  /** The rows of {@code valuesList(a, b)} turned into {@code X}: {@code .map(HeadlineViews::new)}. */
  @SuppressWarnings("unchecked")
  public <A, B, X> Values<T, X> map(BiFunction<A, B, ? extends X> f) {
    requireWidth(2);
    return new Values<>(db, query, v -> f.apply((A) v[0], (B) v[1]));
  }

  /** The rows of {@code valuesList(a, b, c)} turned into {@code X}. */
  @SuppressWarnings("unchecked")
  public <A, B, C, X> Values<T, X> map(Row3.Mapper<A, B, C, ? extends X> f) {
    requireWidth(3);
    return new Values<>(db, query, v -> f.map((A) v[0], (B) v[1], (C) v[2]));
  }

  private void requireWidth(int n) {
    if (query.projection().size() != n) {
      throw new IllegalArgumentException("map with " + n + " arguments over rows of " + query.projection().size()
          + " values");
    }
  }

  /** Replaces the ordering: {@code orderBy(Book_.rating.asc())}. */
  @SafeVarargs
  public final Values<T, R> orderBy(Order<T>... terms) {
    List<OrderTerm> ts = new ArrayList<>();
    for (Order<T> o : terms) {
      ts.add(o.term());
    }
    return new Values<>(db, query.withOrdering(ts), row);
  }

  /** {@code SELECT DISTINCT}: each distinct row once. */
  public Values<T, R> distinct() {
    return new Values<>(db, query.withDistinct(true), row);
  }

  /** At most {@code n} rows. */
  public Values<T, R> limit(long n) {
    return new Values<>(db, query.withSlice(n, query.offset()), row);
  }

  /**
   * This one-column query as a value of each row of an outer query (its first row, NULL when none):
   * Django's {@code Subquery(qs.values("f")[:1])}. Refer to the outer row with {@code outer()}.
   * {@code S} is the outer query's model.
   */
  public <S> ComparableExpr<S, R> subquery() {
    requireWidth(1);
    return ComparableExpr.wrap(new Expression.Subquery(query.isSliced() ? query : query.withSlice(1, 0)));
  }

  /**
   * An aggregate over these rows, Django's {@code values(...).annotate(...).aggregate(...)}: with
   * {@code var n = Book_.authors().count()}, {@code Book.objects.valuesList(Book_.rating, n).aggregate(n.max())}
   * is the largest number of authors among the ratings' groups. The aggregate reads one of the
   * selected expressions (the same instance, or an equal one).
   */
  public <V> V aggregate(dev.tether.path.Expr<T, V> aggregate) {
    return aggregateAll(List.of(aggregate.node())).get(aggregate);
  }

  /** Several aggregates over these rows in one query, read back with {@link Aggregation#get}. */
  @SafeVarargs
  public final Aggregation<T> aggregate(dev.tether.path.Expr<T, ?> first, dev.tether.path.Expr<T, ?>... more) {
    List<Expression> es = new ArrayList<>();
    es.add(first.node());
    for (dev.tether.path.Expr<T, ?> e : more) {
      es.add(e.node());
    }
    return aggregateAll(es);
  }

  private Aggregation<T> aggregateAll(List<Expression> es) {
    Engine e = Engines.of(db);
    Sql sql = SqlCompiler.aggregateValues(e.dialect(), query, es);
    Object[] values = e.query(sql, (rs, r) -> {
      Object[] out = new Object[es.size()];
      rs.next();
      r.seek(1);
      for (int i = 0; i < out.length; i++) {
        out[i] = dev.tether.internal.sql.ExprValues.read(r, es.get(i));
      }
      return out;
    });
    return new Aggregation<>(es, values);
  }

  /** Runs the query: every row. */
  public List<R> list() {
    Engine e = query.forUpdate() ? Engines.write(db, query.model()) : Engines.read(db, query.model());
    List<Expression> exprs = query.projection();
    Sql sql = SqlCompiler.select(e.dialect(), query);
    return e.query(sql, (rs, r) -> {
      List<R> out = new ArrayList<>();
      while (rs.next()) {
        r.seek(1);
        Object[] vs = new Object[exprs.size()];
        for (int i = 0; i < vs.length; i++) {
          vs[i] = dev.tether.internal.sql.ExprValues.read(r, exprs.get(i));
        }
        out.add(row.apply(vs));
      }
      return out;
    });
  }

  @Override
  public Iterator<R> iterator() {
    return list().iterator();
  }

  public Stream<R> stream() {
    return list().stream();
  }

  /** The SQL this would run, with {@code ?} for each bound value. */
  public String sql() {
    return SqlCompiler.select(Engines.read(db, query.model()).dialect(), query).text();
  }
}
