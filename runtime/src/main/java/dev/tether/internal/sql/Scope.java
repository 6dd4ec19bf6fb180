package dev.tether.internal.sql;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Conditions;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.Hop;
import dev.tether.internal.query.JsonTest;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FROM clause and WHERE conditions of one SELECT (a statement or a sub-query): Django's
 * {@code Query.alias_map} and {@code build_filter}. Single-valued hops share one join per path;
 * multi-valued ones get one per filter call, so conditions in one call refer to the same related
 * row. A join is INNER when the path cannot miss (non-null keys forward) or a conjunctive
 * null-rejecting condition uses it; otherwise LEFT OUTER, so OR, NOT and {@code isNull} give
 * Django's answers.
 */
final class Scope {
  final Dialect d;
  private final Aliases aliases;
  /** Where bound values go; a statement swaps it to collect each clause's values apart. */
  List<Object> params;
  /** Expressions already compiled in this statement (annotations), reused by HAVING and ORDER BY. */
  private final Map<Expression, Compiled> compiled = new java.util.HashMap<>();
  final String rootAlias;
  final PathNode root;
  private final Map<Object, Join> joins = new LinkedHashMap<>();

  Scope(Dialect d, Aliases aliases, List<Object> params, PathNode root, String rootAlias) {
    this.d = d;
    this.aliases = aliases;
    this.params = params;
    this.root = root;
    this.rootAlias = rootAlias;
  }

  /** Alias allocation shared by a statement and its sub-queries. */
  static final class Aliases {
    private final java.util.Set<String> used = new java.util.HashSet<>();
    private int next = 1;

    String forTable(String table) {
      if (used.add(table)) {
        return table;
      }
      String a;
      do {
        a = "T" + (++next);
      } while (!used.add(a));
      return a;
    }

    String subqueryRoot() {
      String a;
      do {
        a = "U" + (next++);
      } while (!used.add(a));
      return a;
    }
  }

  /**
   * The evaluation context of a condition node: its filter call, whether an odd number of
   * negations encloses it (Django's {@code current_negated}), whether any does
   * ({@code branch_negated}), and whether only ANDs lead to it from the call.
   */
  record Ctx(int call, boolean negated, boolean underNot, boolean conjunctive) {
    Ctx(int call, boolean negated, boolean conjunctive) {
      this(call, negated, negated, conjunctive);
    }

    Ctx negate() {
      return new Ctx(call, !negated, true, false);
    }

    Ctx disjunct() {
      return new Ctx(call, negated, underNot, false);
    }
  }

  boolean hasJoins() {
    return !joins.isEmpty();
  }

  String q(String ident) {
    return d.quote(ident);
  }

  // ---- joins ----

  /** The alias where {@code node}'s columns live, joining what is missing. */
  String alias(PathNode node, int call, boolean vote) {
    if (node.isRoot()) {
      return rootAlias;
    }
    Join j = join(node, call);
    if (vote) {
      for (Join x = j; x != null; x = x.parent) {
        x.innerVote = true;
      }
    }
    return j.alias;
  }

  private Join join(PathNode node, int call) {
    if (node.isRoot()) {
      return null;
    }
    Object key = node.multiValued() ? List.of(node, call) : node;
    Join j = joins.get(key);
    if (j == null && call < 0 && node.multiValued()) {
      // ordering reuses the latest filter join of a multi-valued path, as Django's order_by does
      for (Join x : joins.values()) {
        if (x.node.equals(node)) {
          j = x;
        }
      }
    }
    if (j == null) {
      Join parent = join(node.parent(), call);
      j = new Join(node, parent, aliases.forTable(node.model().table()));
      joins.put(key, j);
    }
    return j;
  }

  /** The FROM clause: the root table and every join, parents first. */
  String from() {
    StringBuilder b = new StringBuilder();
    String table = root.model().table();
    b.append(q(table));
    if (!rootAlias.equals(table)) {
      b.append(' ').append(q(rootAlias));
    }
    for (Join j : joins.values()) {
      Hop h = j.hop();
      boolean parentInner = j.parent == null || j.parent.inner;
      j.inner = j.innerVote || (h.kind() == Hop.Kind.FORWARD && !h.foreignKey().nullable() && parentInner);
      b.append(j.inner ? " INNER JOIN " : " LEFT OUTER JOIN ");
      String table2 = j.node.model().table();
      b.append(q(table2));
      if (!j.alias.equals(table2)) {
        b.append(' ').append(q(j.alias));
      }
      ForeignKeyMeta<?, ?> fk = h.foreignKey();
      String parentAlias = j.parentAlias(rootAlias);
      if (h.kind() == Hop.Kind.FORWARD) {
        b.append(" ON (").append(q(parentAlias)).append('.').append(q(fk.column().column()))
            .append(" = ").append(q(j.alias)).append('.').append(q(fk.targetField().column())).append(')');
      } else {
        b.append(" ON (").append(q(parentAlias)).append('.').append(q(fk.targetField().column()))
            .append(" = ").append(q(j.alias)).append('.').append(q(fk.column().column())).append(')');
      }
    }
    return b.toString();
  }

  // ---- expressions ----

  /**
   * The SQL of a column expression. The field a forward hop's key column stores (the target's
   * key, or its {@code toField}) is read from that key column of the previous table, without joining (Django trims that join too).
   */
  String column(ColumnExpr e, int call, boolean vote) {
    PathNode p = e.path();
    String sql;
    if (e.transform() == null && !p.isRoot() && p.hop().kind() == Hop.Kind.FORWARD
        && e.field().name().equals(p.hop().foreignKey().targetField().name())) {
      sql = q(alias(p.parent(), call, vote)) + '.' + q(p.hop().foreignKey().column().column());
    } else {
      sql = q(alias(p, call, vote)) + '.' + q(e.field().column());
    }
    return e.transform() == null ? sql : d.datePart(e.transform(), sql);
  }

  /** The scope of the enclosing query, for {@code OuterRef}; null at the top. */
  Scope outer;

  Aliases aliases() {
    return aliases;
  }

  /** SQL text with the values it binds. */
  record Compiled(String sql, List<Object> params) {}

  /** Compiles {@code e} (joining with {@code call}) and remembers it for later clauses. */
  Compiled compile(Expression e, int call) {
    Compiled c = compiled.get(e);
    if (c == null) {
      List<Object> saved = params;
      params = new ArrayList<>();
      try {
        c = new Compiled(expression(e, call, false), List.copyOf(params));
      } finally {
        params = saved;
      }
      compiled.put(e, c);
    }
    return c;
  }

  /** The SQL of any expression, its values added to {@link #params}. */
  String expression(Expression e, int call, boolean vote) {
    Compiled known = compiled.get(e);
    if (known != null) {
      params.addAll(known.params());
      return known.sql();
    }
    return ExprSql.expression(this, e, call, vote);
  }

  /** One ORDER BY term. */
  String order(OrderTerm t) {
    String e = expression(t.expr(), -1, false);
    return d.orderTerm(e, t.descending(), t.nulls() == null ? null : t.nulls() == OrderTerm.Nulls.FIRST);
  }

  // ---- conditions ----

  String where(Condition c, Ctx ctx) {
    if (c instanceof Condition.Leaf l) {
      return leaf(l, ctx);
    }
    if (c instanceof Condition.Compare x) {
      return ExprSql.compare(this, x, ctx);
    }
    if (c instanceof Condition.Exists x) {
      Sql sub = Select.nested(d, this, x.query(), true);
      params.addAll(sub.params());
      return "EXISTS (" + sub.text() + ")";
    }
    if (c instanceof Condition.And a) {
      return group(a.children(), " AND ", ctx, ctx);
    }
    if (c instanceof Condition.Or o) {
      return group(o.children(), " OR ", ctx.disjunct(), ctx);
    }
    if (c instanceof Condition.Not n) {
      return "NOT (" + where(n.child(), ctx.negate()) + ")";
    }
    if (c instanceof Condition.KeyIn k) {
      return keyIn(k, ctx);
    }
    return "1 = 1";
  }

  /** A composite key among several: row values where the dialect compares them, else OR of ANDs. */
  private String keyIn(Condition.KeyIn k, Ctx ctx) {
    if (k.keys().isEmpty()) {
      return "1 = 0";
    }
    boolean vote = ctx.conjunctive() && !ctx.negated();
    List<String> cols = new java.util.ArrayList<>();
    for (ColumnExpr e : k.columns()) {
      cols.add(column(e, ctx.call(), vote));
    }
    boolean rows = d.comparesRowValues();
    StringBuilder b = new StringBuilder();
    if (rows) {
      b.append('(').append(String.join(", ", cols)).append(") IN (");
    } else if (k.keys().size() > 1) {
      b.append('(');
    }
    for (int i = 0; i < k.keys().size(); i++) {
      List<Object> key = k.keys().get(i);
      b.append(i == 0 ? "" : rows ? ", " : " OR ").append('(');
      for (int j = 0; j < cols.size(); j++) {
        String p = param(k.columns().get(j).valueType(), key.get(j));
        b.append(j == 0 ? "" : rows ? ", " : " AND ").append(rows ? p : cols.get(j) + " = " + p);
      }
      b.append(')');
    }
    if (rows || k.keys().size() > 1) {
      b.append(')');
    }
    return b.toString();
  }

  private String group(List<Condition> children, String op, Ctx childCtx, Ctx ctx) {
    if (children.isEmpty()) {
      return op.equals(" AND ") ? "1 = 1" : "1 = 0";
    }
    if (children.size() == 1) {
      return where(children.get(0), childCtx);
    }
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < children.size(); i++) {
      if (i > 0) {
        b.append(op);
      }
      b.append(where(children.get(i), childCtx));
    }
    return b.append(')').toString();
  }

  private String leaf(Condition.Leaf l, Ctx ctx) {
    ColumnExpr e = l.lhs();
    if (ctx.underNot() && e.path().multiValued()) {
      // under any negation, even a double one, Django's build_filter refuses a multi-valued join
      // (allow_many = not branch_negated) and split_exclude makes the sub-query
      return excludeAcrossMultiValued(l, ctx);
    }
    boolean vote = ctx.conjunctive() && !ctx.negated() && l.lookup().rejectsNull(l.value());
    String lhs = column(e, ctx.call(), vote);
    String sql = l.lookup() == Lookup.JSON ? json(lhs, (JsonTest) l.value())
        : predicate(lhs, e.valueType(), l.lookup(), e.transform() == null ? toColumn(e.field(), l.lookup(), l.value())
            : l.value());
    if (ctx.negated() && l.lookup() != Lookup.IS_NULL && e.nullable()) {
      // two-valued logic: NOT must keep the rows where the column is NULL, as Django does
      sql = "(" + sql + " AND " + lhs + " IS NOT NULL)";
    }
    return sql;
  }

  /** A lookup's value(s) in the column's type: a {@code @Convert} or {@code @Json} field's converter applied. */
  static Object toColumn(FieldMeta f, Lookup lookup, Object value) {
    if (!f.converted() || lookup == Lookup.IS_NULL || lookup == Lookup.IN_QUERY) {
      return value;
    }
    if (lookup == Lookup.IN || lookup == Lookup.RANGE) {
      List<Object> out = new ArrayList<>();
      for (Object v : (List<?>) value) {
        out.add(f.toColumn(v));
      }
      return out;
    }
    return f.toColumn(value);
  }

  /** A test inside a JSON column, its keys bound. */
  private String json(String lhs, JsonTest t) {
    List<Object> path = new ArrayList<>();
    for (Object p : t.path()) {
      path.add(p instanceof String s ? d.text(s) : p);
    }
    return switch (t.kind()) {
      case EQUALS -> d.jsonEquals(lhs, path, d.text((String) t.operand()), params);
      case NUM_EQ, GT, GTE, LT, LTE -> d.jsonCompare(lhs, path, t.kind().op, (java.math.BigDecimal) t.operand(),
          params);
      case HAS_KEY -> d.jsonHasKey(lhs, path, params);
      case MISSING -> "NOT (" + d.jsonHasKey(lhs, path, params) + ")";
      case JSON_NULL -> d.jsonIsNull(lhs, path, params);
    };
  }

  String predicate(String lhs, SqlType type, Lookup lookup, Object value) {
    switch (lookup) {
      case EXACT:
        return type == SqlType.JSON ? d.jsonExact(lhs, param(type, value)) : lhs + " = " + param(type, value);
      case GT:
        return lhs + " > " + param(type, value);
      case GTE:
        return lhs + " >= " + param(type, value);
      case LT:
        return lhs + " < " + param(type, value);
      case LTE:
        return lhs + " <= " + param(type, value);
      case RANGE: {
        List<?> r = (List<?>) value;
        return lhs + " BETWEEN " + param(type, r.get(0)) + " AND " + param(type, r.get(1));
      }
      case IS_NULL:
        return lhs + (Boolean.TRUE.equals(value) ? " IS NULL" : " IS NOT NULL");
      case IN: {
        List<?> vs = (List<?>) value;
        if (vs.isEmpty()) {
          return "1 = 0";
        }
        StringBuilder b = new StringBuilder(lhs).append(" IN (");
        for (int i = 0; i < vs.size(); i++) {
          b.append(i == 0 ? "" : ", ").append(param(type, vs.get(i)));
        }
        return b.append(')').toString();
      }
      case IN_QUERY:
        return lhs + " IN (" + subqueryKeys((Query) value) + ")";
      default:
        return d.lookup(lookup, lhs, d.text((String) value), params);
    }
  }

  String param(SqlType type, Object value) {
    params.add(d.toDb(type, value));
    return "?";
  }

  /** {@code SELECT key FROM ... WHERE ...} of another query, in its own scope. */
  private String subqueryKeys(Query sub) {
    Scope s = new Scope(d, aliases, params, sub.root(), aliases.subqueryRoot());
    String where = s.whereOf(sub);
    List<String> order = new ArrayList<>();
    if (sub.isSliced()) {
      // a slice without its ordering would pick arbitrary rows
      for (OrderTerm t : sub.effectiveOrdering()) {
        order.add(s.order(t));
      }
    }
    StringBuilder b = new StringBuilder("SELECT ");
    b.append(q(s.rootAlias)).append('.').append(q(sub.model().pk().column()));
    b.append(" FROM ").append(s.from());
    if (!where.isEmpty()) {
      b.append(" WHERE ").append(where);
    }
    if (!order.isEmpty()) {
      b.append(" ORDER BY ").append(String.join(", ", order));
    }
    if (sub.isSliced()) {
      b.append(SqlCompiler.slice(d, sub));
      return d.wrapLimitedSubquery(b.toString());
    }
    return b.toString();
  }

  /** The WHERE text (without the keyword) of a query's filter calls, or "". */
  String whereOf(Query query) {
    List<Condition> filters = query.filters();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < filters.size(); i++) {
      Condition c = filters.get(i);
      if (c instanceof Condition.True) {
        continue;
      }
      if (b.length() > 0) {
        b.append(" AND ");
      }
      b.append(where(c, new Ctx(i, false, true)));
    }
    return b.toString();
  }

  /**
   * {@code exclude()} across a multi-valued relation: the rows for which NO related row matches,
   * as a sub-query (Django's {@code split_exclude}), never a join that would keep rows having
   * some other related row.
   */
  private String excludeAcrossMultiValued(Condition.Leaf l, Ctx ctx) {
    List<PathNode> steps = l.lhs().path().steps();
    int m = 0;
    while (!steps.get(m).hop().multiValued()) {
      m++;
    }
    PathNode multi = steps.get(m);
    PathNode prefix = multi.parent();
    ForeignKeyMeta<?, ?> fk = multi.hop().foreignKey();
    // outer side: the key of the row before the multi-valued step
    // (the multi-valued step is a reverse hop, so fk points at the prefix: its key, or its toField)
    String outer = q(alias(prefix, ctx.call(), false)) + '.' + q(fk.targetField().column());
    // inner side: re-root the rest of the path at the related model
    PathNode subRoot = PathNode.root(multi.model());
    PathNode rest = subRoot;
    for (int i = m + 1; i < steps.size(); i++) {
      rest = rest.step(steps.get(i).hop());
    }
    Scope s = new Scope(d, aliases, params, subRoot, aliases.subqueryRoot());
    ColumnExpr inner = new ColumnExpr(rest, l.lhs().field(), l.lhs().transform());
    String keyCol = q(s.rootAlias) + '.' + q(fk.column().column());
    String cond = s.where(new Condition.Leaf(inner, l.lookup(), l.value()), new Ctx(0, false, true));
    String sub = "SELECT " + keyCol + " FROM " + s.from() + " WHERE " + keyCol + " IS NOT NULL AND " + cond;
    String sql = outer + " IN (" + sub + ")";
    boolean prefixMayMiss = prefix.steps().stream().anyMatch(n -> n.hop().mayBeMissing());
    if (!l.lookup().rejectsNull(l.value())) {
      // isNull(true) also holds where there is no related row (or no prefix row), as the LEFT
      // JOIN of Django's split_exclude sub-query finds
      String a = aliases.subqueryRoot();
      String anyCol = q(a) + '.' + q(fk.column().column());
      String any = "SELECT " + anyCol + " FROM " + q(multi.model().table()) + ' ' + q(a)
          + " WHERE " + anyCol + " IS NOT NULL";
      return "(" + sql + " OR " + outer + " NOT IN (" + any + ")"
          + (prefixMayMiss ? " OR " + outer + " IS NULL" : "") + ")";
    }
    return prefixMayMiss ? "(" + outer + " IS NOT NULL AND " + sql + ")" : sql;
  }

  /** The columns of {@code model} at {@code alias}, in table order. */
  void columns(StringBuilder b, ModelMeta<?> model, String alias) {
    columns(b, model, alias, java.util.Set.of());
  }

  /** The same, with NULL in place of each {@code deferred} column (the row keeps its shape). */
  void columns(StringBuilder b, ModelMeta<?> model, String alias, java.util.Set<FieldMeta> deferred) {
    List<FieldMeta> fs = model.fields();
    for (int i = 0; i < fs.size(); i++) {
      if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(", ");
      }
      if (deferred.contains(fs.get(i))) {
        b.append("NULL");
      } else {
        b.append(q(alias)).append('.').append(q(fs.get(i).column()));
      }
    }
  }

  List<Join> joinList() {
    return new ArrayList<>(joins.values());
  }
}
