package dev.tether.internal.sql;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Conditions;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.meta.FieldMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The SELECT of model objects with their annotations: Django's {@code SQLCompiler.as_sql} with
 * {@code get_group_by}. Filter calls and annotations are compiled in the order they were made, so an
 * annotation reuses the joins of the filters before it (they restrict what it counts) and not those of
 * later ones; a condition on an aggregate goes to HAVING; aggregates group by every column selected.
 * Each clause collects its own bound values, assembled in text order at the end.
 */
final class Select {
  private final Dialect d;
  private final Query q;
  private final Scope s;
  private final List<String> where = new ArrayList<>();
  private final List<String> having = new ArrayList<>();
  private final List<Object> whereParams = new ArrayList<>();
  private final List<Object> havingParams = new ArrayList<>();
  private final List<Scope.Compiled> annotations = new ArrayList<>();

  /** {@code SELECT 1} instead of columns, for {@code EXISTS (...)}. */
  private boolean one;

  /** Projected expressions get the aliases {@code c0}, {@code c1}..., for an outer query over them. */
  private boolean aliased;

  private Select(Dialect d, Query q) {
    this.d = d;
    this.q = q;
    Scope.Aliases aliases = new Scope.Aliases();
    this.s = new Scope(d, aliases, new ArrayList<>(), q.root(), aliases.forTable(q.model().table()));
  }

  private Select(Dialect d, Scope outer, Query q) {
    this.d = d;
    this.q = q;
    this.s = new Scope(d, outer.aliases(), new ArrayList<>(), q.root(), outer.aliases().subqueryRoot());
    this.s.outer = outer;
  }

  static Sql of(Dialect d, Query q, List<OrderTerm> ordering) {
    return new Select(d, q).build(ordering);
  }

  /** The projection of {@code q} with its columns named {@code c0}, {@code c1}... */
  static Sql aliased(Dialect d, Query q) {
    Select sel = new Select(d, q);
    sel.aliased = true;
    return sel.build(q.isSliced() ? q.effectiveOrdering() : List.of());
  }

  /**
   * A sub-query inside {@code outer}'s statement, whose {@code OuterRef}s read {@code outer}'s row:
   * {@code SELECT 1 ...} for {@code EXISTS}, else the query's one projected value (ordered and sliced
   * as the query says).
   */
  static Sql nested(Dialect d, Scope outer, Query q, boolean exists) {
    Select sel = new Select(d, outer, exists ? q.withOrdering(List.of()).withProjection(null) : q);
    if (exists) {
      sel.one = true;
      return sel.build(List.of());
    }
    if (q.projection() == null || q.projection().size() != 1) {
      throw new IllegalArgumentException("A sub-query used as a value selects exactly one expression: "
          + "valuesList(oneExpression)");
    }
    return sel.build(q.effectiveOrdering());
  }

  private void conditions() {
    List<Query.Annotation> anns = q.annotations();
    List<Condition> filters = q.filters();
    int next = 0;
    for (int i = 0; i < filters.size(); i++) {
      while (next < anns.size() && anns.get(next).filtersBefore() <= i) {
        annotations.add(s.compile(anns.get(next++).expr(), -1));
      }
      Condition c = filters.get(i);
      if (c instanceof Condition.True) {
        continue;
      }
      List<Condition> parts = c instanceof Condition.And a && Conditions.containsAggregate(c) ? a.children() : List.of(c);
      for (Condition part : parts) {
        if (Conditions.containsAggregate(part)) {
          s.params = havingParams;
          having.add(s.where(part, new Scope.Ctx(-1, false, false)));
        } else {
          s.params = whereParams;
          where.add(s.where(part, new Scope.Ctx(i, false, true)));
        }
      }
    }
    while (next < anns.size()) {
      annotations.add(s.compile(anns.get(next++).expr(), -1));
    }
  }

  private Sql build(List<OrderTerm> ordering) {
    conditions();
    StringBuilder cols = new StringBuilder();
    List<String> groupBy = new ArrayList<>();
    boolean grouped = q.grouped();
    List<Object> selectParams = new ArrayList<>();
    List<Object> groupParams = new ArrayList<>();
    if (one) {
      cols.append('1');
      if (grouped) {
        groupByKey(groupBy);
      }
      return finish(grouped, cols, groupBy, selectParams, groupParams, ordering, List.of());
    }
    if (q.projection() != null) {
      return finish(projection(cols, groupBy, selectParams, groupParams), cols, groupBy, selectParams, groupParams,
          ordering, List.of());
    }
    s.columns(cols, q.model(), s.rootAlias, q.deferred());
    if (grouped) {
      for (FieldMeta f : q.model().fields()) {
        groupBy.add(s.q(s.rootAlias) + "." + s.q(f.column()));
      }
    }
    List<PathNode> related = SqlCompiler.selectedRelations(q);
    for (PathNode p : related) {
      String alias = s.alias(p, -1, false);
      s.columns(cols, p.model(), alias);
      if (grouped) {
        for (FieldMeta f : p.model().fields()) {
          groupBy.add(s.q(alias) + "." + s.q(f.column()));
        }
      }
    }
    List<Query.Annotation> anns = q.annotations();
    for (int i = 0; i < anns.size(); i++) {
      Scope.Compiled c = annotations.get(i);
      cols.append(", ").append(c.sql()).append(" AS ").append(s.q(anns.get(i).alias()));
      selectParams.addAll(c.params());
      if (grouped && !anns.get(i).expr().containsAggregate()) {
        groupBy.add(c.sql());
        groupParams.addAll(c.params());
      }
    }
    return finish(grouped, cols, groupBy, selectParams, groupParams, ordering, related);
  }

  /**
   * The selected expressions of {@code valuesList(...)}; with an aggregate among them, the others
   * are the GROUP BY (Django's {@code values(...).annotate(...)}). Returns whether rows are grouped.
   */
  /** Groups by the root's key: each column of a composite key. */
  private void groupByKey(List<String> groupBy) {
    for (dev.tether.meta.FieldMeta f : q.model().keyFields()) {
      groupBy.add(s.q(s.rootAlias) + "." + s.q(f.column()));
    }
  }

  private boolean projection(StringBuilder cols, List<String> groupBy, List<Object> selectParams,
      List<Object> groupParams) {
    boolean grouped = q.grouped();
    List<Expression> exprs = q.projection();
    if (exprs.stream().anyMatch(e -> e.containsAggregate() && annotated(e))) {
      // annotate(...) before valuesList(...): one row per object, as Django groups by the model
      groupByKey(groupBy);
    }
    for (int i = 0; i < exprs.size(); i++) {
      Scope.Compiled c = s.compile(exprs.get(i), -1);
      cols.append(i == 0 ? "" : ", ").append(c.sql());
      if (aliased) {
        cols.append(" AS ").append(s.q("c" + i));
      }
      selectParams.addAll(c.params());
      if (grouped && !exprs.get(i).containsAggregate()) {
        groupBy.add(c.sql());
        groupParams.addAll(c.params());
      }
    }
    return grouped;
  }

  private Sql finish(boolean grouped, StringBuilder cols, List<String> groupBy, List<Object> selectParams,
      List<Object> groupParams, List<OrderTerm> ordering, List<PathNode> related) {
    List<Object> orderParams = new ArrayList<>();
    List<String> orderSql = new ArrayList<>();
    for (OrderTerm t : ordering) {
      s.params = orderParams;
      orderSql.add(s.order(t));
      boolean rootColumn = q.projection() == null && t.expr() instanceof ColumnExpr c && c.path().isRoot()
          && c.transform() == null;
      boolean selected = q.projection() != null && q.projection().contains(t.expr());
      if (!rootColumn && !selected && !t.expr().containsAggregate() && !annotated(t.expr())) {
        List<Object> ps = new ArrayList<>();
        s.params = ps;
        String e = s.expression(t.expr(), -1, false);
        if (q.distinct()) {
          cols.append(", ").append(e); // SELECT DISTINCT must list its ORDER BY expressions
          selectParams.addAll(ps);
        }
        if (grouped) {
          groupBy.add(e);
          groupParams.addAll(ps);
        }
      }
    }
    StringBuilder b = new StringBuilder("SELECT ");
    if (q.distinct()) {
      b.append("DISTINCT ");
    }
    b.append(cols).append(" FROM ").append(s.from());
    List<Object> params = new ArrayList<>(selectParams);
    if (!where.isEmpty()) {
      b.append(" WHERE ").append(String.join(" AND ", where));
      params.addAll(whereParams);
    }
    if (grouped && !groupBy.isEmpty()) {
      b.append(" GROUP BY ").append(String.join(", ", groupBy));
      params.addAll(groupParams);
    }
    if (!having.isEmpty()) {
      b.append(" HAVING ").append(String.join(" AND ", having));
      params.addAll(havingParams);
    }
    if (!orderSql.isEmpty()) {
      b.append(" ORDER BY ").append(String.join(", ", orderSql));
      params.addAll(orderParams);
    }
    if (q.isSliced()) {
      b.append(SqlCompiler.slice(d, q));
    }
    if (q.forUpdate()) {
      List<String> of = new ArrayList<>();
      for (PathNode p : q.locking().of()) {
        if (!p.isRoot() && !related.contains(p)) {
          throw new IllegalArgumentException("selectForUpdate(of(" + q.model().name() + "_." + p.describe()
              + "())) names a relation the query does not join; add it to selectRelated()");
        }
        of.add(d.quote(p.isRoot() ? s.rootAlias : s.alias(p, -1, false)));
      }
      b.append(d.forUpdate(q.locking().nowait(), q.locking().skipLocked(), of));
    }
    return new Sql(b.toString(), params, related);
  }

  private boolean annotated(Expression e) {
    return q.annotations().stream().anyMatch(a -> a.expr().equals(e));
  }
}
