package dev.tether.internal.sql;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.Hop;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Query} into SQL text plus bound values, Django's {@code SQLCompiler}. Asks the
 * {@link Dialect} wherever databases differ; never sees a value except as a parameter.
 */
public final class SqlCompiler {
  private SqlCompiler() {}

  private static Scope scope(Dialect d, Query q, List<Object> params) {
    Scope.Aliases aliases = new Scope.Aliases();
    String root = aliases.forTable(q.model().table());
    return new Scope(d, aliases, params, q.root(), root);
  }

  /** {@code SELECT} the model's columns, then those of each {@code selectRelated} path. */
  public static Sql select(Dialect d, Query q) {
    return select(d, q, q.effectiveOrdering());
  }

  /** {@code SELECT} with an explicit ordering (used by {@code first()}/{@code last()}). */
  public static Sql select(Dialect d, Query q, List<OrderTerm> ordering) {
    if (q.combinator() != null) {
      return combined(d, q, ordering);
    }
    return SqlCache.get(SqlCache.Kind.SELECT, d, q, ordering, () -> Select.of(d, q, ordering));
  }

  /**
   * {@code SELECT ... UNION SELECT ...} (or INTERSECT / EXCEPT): the members without ordering or
   * slice, then the ordering by column position and the slice over the result, as Django's
   * {@code get_combinator_sql}.
   */
  private static Sql combined(Dialect d, Query q, List<OrderTerm> ordering) {
    List<Object> params = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    List<Query> members = new ArrayList<>();
    members.add(q.member());
    members.addAll(q.combined());
    for (Query m : members) {
      if (!m.annotations().isEmpty() || !m.selectRelated().isEmpty() || m.projection() != null || m.grouped()) {
        throw new IllegalArgumentException(q.combinator().toLowerCase(java.util.Locale.ROOT)
            + "() combines plain query sets of " + q.model().name() + ", without annotate, selectRelated or values");
      }
      Sql part = Select.of(d, m.member(), List.of());
      b.append(b.length() == 0 ? "" : " " + q.combinator() + " ").append(part.text());
      params.addAll(part.params());
    }
    List<String> order = new ArrayList<>();
    for (OrderTerm t : ordering) {
      if (!(t.expr() instanceof ColumnExpr c) || !c.path().isRoot() || c.transform() != null) {
        throw new IllegalArgumentException("A combined query set orders by its own columns only, not "
            + t.expr().describe());
      }
      int position = q.model().fields().indexOf(c.field()) + 1;
      order.add(d.orderTerm(String.valueOf(position), t.descending(),
          t.nulls() == null ? null : t.nulls() == OrderTerm.Nulls.FIRST));
    }
    if (!order.isEmpty()) {
      b.append(" ORDER BY ").append(String.join(", ", order));
    }
    if (q.isSliced()) {
      b.append(slice(d, q));
    }
    return new Sql(b.toString(), params);
  }

  /**
   * The {@code selectRelated} paths with every intermediate step, parents first. Only
   * single-valued steps can be joined into one row per object.
   */
  public static List<PathNode> selectedRelations(Query q) {
    List<PathNode> out = new ArrayList<>();
    for (PathNode p : q.selectRelated()) {
      for (PathNode step : p.steps()) {
        Hop h = step.hop();
        if (h.multiValued()) {
          throw new IllegalArgumentException("selectRelated(" + q.model().name() + "_." + p.describe()
              + "()) crosses " + step.describe() + ", which has many rows per "
              + step.parent().model().name() + "; use prefetchRelated() for it");
        }
        if (!out.contains(step)) {
          out.add(step);
        }
      }
    }
    out.sort(Comparator.comparingInt(n -> n.steps().size()));
    return out;
  }

  /** {@code SELECT COUNT(*)}: over a sub-query when distinct or sliced. */
  public static Sql count(Dialect d, Query q) {
    return SqlCache.get(SqlCache.Kind.COUNT, d, q, q.isSliced() ? q.effectiveOrdering() : List.of(), () -> uncachedCount(d, q));
  }

  private static Sql uncachedCount(Dialect d, Query q) {
    List<Object> params = new ArrayList<>();
    if (q.grouped() || q.combinator() != null) {
      Sql inner = select(d, q, List.of());
      return new Sql("SELECT COUNT(*) FROM (" + inner.text() + ") " + d.quote("subquery"), inner.params());
    }
    if (q.distinct() || q.isSliced()) {
      Sql inner = keys(d, q, q.distinct(), params);
      return new Sql("SELECT COUNT(*) FROM (" + inner.text() + ") " + d.quote("subquery"), params);
    }
    Scope s = scope(d, q, params);
    String where = s.whereOf(q);
    StringBuilder b = new StringBuilder("SELECT COUNT(*) FROM ");
    b.append(s.from());
    if (!where.isEmpty()) {
      b.append(" WHERE ").append(where);
    }
    return new Sql(b.toString(), params);
  }

  /**
   * {@code SELECT agg, agg FROM ... WHERE ...}: Django's {@code aggregate()}. The aggregates reuse
   * the joins of the filters. Over an annotated, distinct or sliced query set the query becomes a
   * sub-query, and an aggregate of an annotation reads the sub-query's column, as Django's
   * {@code get_aggregation} does.
   */
  public static Sql aggregate(Dialect d, Query q, List<Expression> aggregates) {
    if (q.grouped() || q.distinct() || q.isSliced() || !q.annotations().isEmpty()) {
      Sql inner = select(d, q.withoutSelectRelated(), q.isSliced() ? q.effectiveOrdering() : List.of());
      StringBuilder b = new StringBuilder("SELECT ");
      for (int i = 0; i < aggregates.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(outerAggregate(d, q, aggregates.get(i)));
      }
      b.append(" FROM (").append(inner.text()).append(") ").append(d.quote("subquery"));
      return new Sql(b.toString(), inner.params());
    }
    List<Object> whereParams = new ArrayList<>();
    Scope s = scope(d, q, whereParams);
    String where = s.whereOf(q);
    List<Object> params = new ArrayList<>();
    s.params = params;
    StringBuilder b = new StringBuilder("SELECT ");
    for (int i = 0; i < aggregates.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(s.expression(aggregates.get(i), -1, false));
    }
    b.append(" FROM ").append(s.from());
    if (!where.isEmpty()) {
      b.append(" WHERE ").append(where);
    }
    params.addAll(whereParams);
    return new Sql(b.toString(), params);
  }

  /**
   * Aggregates over the rows of a {@code valuesList(...)}: {@code SELECT MAX("subquery"."c1") FROM
   * (SELECT ... AS "c0", COUNT(...) AS "c1" ... GROUP BY ...) "subquery"}, Django's
   * {@code values(...).annotate(...).aggregate(...)}. Each aggregate reads one projected expression.
   */
  public static Sql aggregateValues(Dialect d, Query q, List<Expression> aggregates) {
    Sql inner = Select.aliased(d, q);
    StringBuilder b = new StringBuilder("SELECT ");
    for (int i = 0; i < aggregates.size(); i++) {
      Expression e = aggregates.get(i);
      int col = e instanceof Expression.Agg g && g.filter() == null && g.arg() != null
          ? q.projection().indexOf(g.arg()) : -1;
      if (col < 0) {
        throw new IllegalArgumentException("aggregate() over valuesList(...) takes count, sum, avg, min or max of one "
            + "of its expressions (without a filter), not " + e.describe());
      }
      Expression.Agg g = (Expression.Agg) e;
      b.append(i == 0 ? "" : ", ").append(g.kind().name()).append('(').append(g.distinct() ? "DISTINCT " : "")
          .append(d.quote("subquery")).append('.').append(d.quote("c" + col)).append(')');
    }
    b.append(" FROM (").append(inner.text()).append(") ").append(d.quote("subquery"));
    return new Sql(b.toString(), inner.params());
  }

  private static String outerAggregate(Dialect d, Query q, Expression e) {
    if (e instanceof Expression.Agg g && g.filter() == null && g.arg() != null) {
      String col = null;
      for (Query.Annotation a : q.annotations()) {
        if (a.expr().equals(g.arg())) {
          col = a.alias();
        }
      }
      if (col == null && g.arg() instanceof ColumnExpr c && c.path().isRoot() && c.transform() == null) {
        col = c.field().column();
      }
      if (col != null) {
        return g.kind().name() + "(" + (g.distinct() ? "DISTINCT " : "") + d.quote("subquery") + "." + d.quote(col) + ")";
      }
    }
    throw new UnsupportedOperationException("aggregate() over an annotated, distinct or sliced query set takes "
        + "aggregates of its annotations or of its own columns, not " + e.describe());
  }

  /** {@code SELECT 1 ... LIMIT 1}. */
  public static Sql exists(Dialect d, Query q) {
    return SqlCache.get(SqlCache.Kind.EXISTS, d, q, q.isSliced() ? q.effectiveOrdering() : List.of(), () -> uncachedExists(d, q));
  }

  private static Sql uncachedExists(Dialect d, Query q) {
    List<Object> params = new ArrayList<>();
    if (q.grouped() || q.combinator() != null) {
      Sql inner = select(d, q, List.of());
      return new Sql("SELECT 1 FROM (" + inner.text() + ") " + d.quote("subquery") + " LIMIT 1", inner.params());
    }
    if (q.isSliced()) {
      Sql inner = keys(d, q, false, params);
      return new Sql("SELECT 1 FROM (" + inner.text() + ") " + d.quote("subquery") + " LIMIT 1", params);
    }
    Scope s = scope(d, q, params);
    String where = s.whereOf(q);
    StringBuilder b = new StringBuilder("SELECT 1 FROM ").append(s.from());
    if (!where.isEmpty()) {
      b.append(" WHERE ").append(where);
    }
    return new Sql(b.append(" LIMIT 1").toString(), params);
  }

  /** {@code SELECT [DISTINCT] key FROM ... WHERE ...}: the keys of the selected rows. */
  public static Sql keys(Dialect d, Query q, boolean distinct) {
    return SqlCache.get(distinct ? SqlCache.Kind.DISTINCT_KEYS : SqlCache.Kind.KEYS, d, q,
        q.isSliced() ? q.effectiveOrdering() : List.of(), () -> keys(d, q, distinct, new ArrayList<>()));
  }

  private static Sql keys(Dialect d, Query q, boolean distinct, List<Object> params) {
    if (q.grouped() || q.combinator() != null) {
      throw new UnsupportedOperationException("A query set filtered on an aggregate cannot select keys for "
          + "delete(), update() or in(...): " + q.describeFilters());
    }
    Scope s = scope(d, q, params);
    String where = s.whereOf(q);
    StringBuilder b = new StringBuilder("SELECT ");
    if (distinct) {
      b.append("DISTINCT ");
    }
    for (int i = 0; i < q.model().keyFields().size(); i++) {
      b.append(i == 0 ? "" : ", ").append(s.q(s.rootAlias)).append('.')
          .append(s.q(q.model().keyFields().get(i).column()));
    }
    b.append(" FROM ").append(s.from());
    if (!where.isEmpty()) {
      b.append(" WHERE ").append(where);
    }
    if (q.isSliced()) {
      List<String> order = new ArrayList<>();
      for (OrderTerm t : q.effectiveOrdering()) {
        order.add(s.order(t));
      }
      if (!order.isEmpty() && !distinct) {
        b.append(" ORDER BY ").append(String.join(", ", order));
      }
      b.append(slice(d, q));
    }
    return new Sql(b.toString(), params);
  }

  /** {@code SELECT column FROM ... WHERE ...} of the query's rows. */
  public static Sql column(Dialect d, Query q, FieldMeta column) {
    List<Object> params = new ArrayList<>();
    Scope s = scope(d, q, params);
    String where = s.whereOf(q);
    StringBuilder b = new StringBuilder("SELECT ").append(s.q(s.rootAlias)).append('.').append(s.q(column.column()))
        .append(" FROM ").append(s.from());
    if (!where.isEmpty()) {
      b.append(" WHERE ").append(where);
    }
    return new Sql(b.toString(), params);
  }

  /** {@code INSERT INTO table (columns) VALUES (?, ?), (?, ?)...} for {@code rows} rows. */
  public static String insertRows(Dialect d, String table, List<FieldMeta> columns, int rows) {
    StringBuilder b = new StringBuilder("INSERT INTO ").append(d.quote(table)).append(" (");
    StringBuilder marks = new StringBuilder("(");
    for (int i = 0; i < columns.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(d.quote(columns.get(i).column()));
      marks.append(i == 0 ? "?" : ", ?");
    }
    b.append(") VALUES ");
    marks.append(')');
    for (int r = 0; r < rows; r++) {
      b.append(r == 0 ? "" : ", ").append(marks);
    }
    return b.toString();
  }

  /**
   * {@code UPDATE table SET ... WHERE ...}; when the filters need joins, the rows are chosen by
   * key through a sub-query.
   */
  public static Sql update(Dialect d, Query q, Map<FieldMeta, Object> values) {
    List<Object> params = new ArrayList<>();
    ModelMeta<?> m = q.model();
    StringBuilder set = new StringBuilder();
    Scope exprs = scope(d, q, params);
    for (Map.Entry<FieldMeta, Object> e : values.entrySet()) {
      if (set.length() > 0) {
        set.append(", ");
      }
      set.append(d.quote(e.getKey().column())).append(" = ");
      if (e.getValue() instanceof Expression x) {
        // Django's update(views=F("views") + 1): computed by the database, row by row
        set.append(exprs.expression(x, -1, false));
        if (exprs.hasJoins() || x.containsAggregate()) {
          throw new IllegalArgumentException("update() of " + m.name() + "." + e.getKey().name()
              + " can use only " + m.name() + "'s own columns, not " + x.describe());
        }
      } else {
        set.append('?');
        params.add(d.toDb(e.getKey().type(), e.getValue()));
      }
    }
    String where = restrict(d, q, params);
    return new Sql("UPDATE " + d.quote(m.table()) + " SET " + set + where, params);
  }

  /** {@code DELETE FROM table WHERE ...}, for rows nothing else depends on. */
  public static Sql delete(Dialect d, Query q) {
    return SqlCache.get(SqlCache.Kind.DELETE, d, q, q.isSliced() ? q.effectiveOrdering() : List.of(),
        () -> uncachedDelete(d, q));
  }

  private static Sql uncachedDelete(Dialect d, Query q) {
    List<Object> params = new ArrayList<>();
    return new Sql("DELETE FROM " + d.quote(q.model().table()) + restrict(d, q, params), params);
  }

  /** The WHERE clause of an UPDATE/DELETE on the query's table. */
  private static String restrict(Dialect d, Query q, List<Object> params) {
    List<Object> whereParams = new ArrayList<>();
    Scope s = scope(d, q, whereParams);
    String where = s.whereOf(q);
    if (!s.hasJoins() && !q.isSliced()) {
      params.addAll(whereParams);
      return where.isEmpty() ? "" : " WHERE " + where;
    }
    Sql keys = keys(d, q, false);
    params.addAll(keys.params());
    List<String> cols = new ArrayList<>();
    for (dev.tether.meta.FieldMeta f : q.model().keyFields()) {
      cols.add(d.quote(f.column()));
    }
    String lhs = cols.size() == 1 ? cols.get(0) : "(" + String.join(", ", cols) + ")";
    return " WHERE " + lhs + " IN (" + d.wrapSelfSubquery(keys.text()) + ")";
  }

  static String slice(Dialect d, Query q) {
    return d.limitOffset(q.limit(), q.offset());
  }
}
