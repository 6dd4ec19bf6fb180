package dev.tether.internal.query;

import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * What a QuerySet will ask for, as data: Django's {@code sql.Query}. Immutable; each change
 * returns a copy. Each {@code filter}/{@code exclude} call stays its own condition tree, because
 * across a multi-valued relation the conditions of one call refer to the same related row and
 * those of separate calls may not.
 */
public final class Query {
  private final ModelMeta<?> model;
  private final PathNode root;
  // set only on fresh copies, before the copy is published
  private List<Condition> filters = List.of();
  private List<OrderTerm> ordering;
  private boolean distinct;
  private long limit = -1;
  private long offset;
  private List<PathNode> selectRelated = List.of();
  private List<PathNode> prefetchRelated = List.of();
  private Boolean strict;
  private Locking locking;
  private java.time.Duration timeout;
  /** Columns of the root model left unread ({@code only}/{@code defer}): selected as NULL. */
  private java.util.Set<FieldMeta> deferred = java.util.Set.of();
  private List<Annotation> annotations = List.of();
  private List<Expression> projection;
  private String combinator;
  private List<Query> combined = List.of();

  private Query(ModelMeta<?> model, PathNode root) {
    this.model = model;
    this.root = root;
  }

  public static Query of(ModelMeta<?> model) {
    return new Query(model, PathNode.root(model));
  }

  private Query copy() {
    Query q = new Query(model, root);
    q.filters = filters;
    q.ordering = ordering;
    q.distinct = distinct;
    q.limit = limit;
    q.offset = offset;
    q.selectRelated = selectRelated;
    q.prefetchRelated = prefetchRelated;
    q.strict = strict;
    q.locking = locking;
    q.timeout = timeout;
    q.deferred = deferred;
    q.annotations = annotations;
    q.projection = projection;
    q.combinator = combinator;
    q.combined = combined;
    return q;
  }

  public ModelMeta<?> model() {
    return model;
  }

  public PathNode root() {
    return root;
  }

  /** One condition per filter/exclude call. */
  public List<Condition> filters() {
    return filters;
  }

  /** The explicit ordering, or null for the model's default. */
  public List<OrderTerm> ordering() {
    return ordering;
  }

  /** The ordering in force: explicit, else the model's {@code ordering}. */
  public List<OrderTerm> effectiveOrdering() {
    if (ordering != null) {
      return ordering;
    }
    List<OrderTerm> out = new ArrayList<>();
    for (String spec : model.ordering()) {
      boolean desc = spec.startsWith("-");
      String name = desc ? spec.substring(1) : spec;
      FieldMeta f = model.field(name);
      if (f == null) {
        throw new IllegalStateException(model.name() + ".ordering names no field: " + name);
      }
      out.add(new OrderTerm(new ColumnExpr(root, f), desc));
    }
    return out;
  }

  public boolean distinct() {
    return distinct;
  }

  /** Rows to return at most, or -1. */
  public long limit() {
    return limit;
  }

  public long offset() {
    return offset;
  }

  public boolean isSliced() {
    return limit >= 0 || offset > 0;
  }

  public List<PathNode> selectRelated() {
    return selectRelated;
  }

  public List<PathNode> prefetchRelated() {
    return prefetchRelated;
  }

  /** Strict loading for this query: true, false, or null to follow the database. */
  public Boolean strict() {
    return strict;
  }

  public Query withFilter(Condition c) {
    List<Condition> f = new ArrayList<>(filters);
    f.add(c);
    Query q = copy();
    q.filters = List.copyOf(f);
    return q;
  }

  public Query withOrdering(List<OrderTerm> terms) {
    Query q = copy();
    q.ordering = terms == null ? null : List.copyOf(terms);
    return q;
  }

  public Query withDistinct(boolean d) {
    Query q = copy();
    q.distinct = d;
    return q;
  }

  public Query withSlice(long newLimit, long newOffset) {
    Query q = copy();
    q.limit = newLimit;
    q.offset = newOffset;
    return q;
  }

  public Query withSelectRelated(List<PathNode> paths) {
    Query q = copy();
    q.selectRelated = union(selectRelated, paths);
    return q;
  }

  /** The same query without {@code selectRelated} joins (for a sub-query that reads no objects). */
  public Query withoutSelectRelated() {
    Query q = copy();
    q.selectRelated = List.of();
    return q;
  }

  public Query withPrefetchRelated(List<PathNode> paths) {
    Query q = copy();
    q.prefetchRelated = union(prefetchRelated, paths);
    return q;
  }

  private static List<PathNode> union(List<PathNode> a, List<PathNode> b) {
    List<PathNode> all = new ArrayList<>(a);
    for (PathNode p : b) {
      if (!all.contains(p)) {
        all.add(p);
      }
    }
    return List.copyOf(all);
  }

  public Query withStrict(Boolean s) {
    Query q = copy();
    q.strict = s;
    return q;
  }

  /** Whether the rows read are locked until the transaction ends ({@code SELECT ... FOR UPDATE}). */
  public boolean forUpdate() {
    return locking != null;
  }

  /** How the rows read are locked, or null when they are not. */
  public Locking locking() {
    return locking;
  }

  public Query withForUpdate(boolean lock) {
    return withLocking(lock ? Locking.PLAIN : null);
  }

  public Query withLocking(Locking l) {
    Query q = copy();
    q.locking = l;
    return q;
  }

  /** The root model's columns left unread ({@code only()}/{@code defer()}). */
  public java.util.Set<FieldMeta> deferred() {
    return deferred;
  }

  public Query withDeferred(java.util.Set<FieldMeta> fields) {
    Query q = copy();
    q.deferred = java.util.Set.copyOf(fields);
    return q;
  }

  /**
   * A computed value selected beside each object: Django's {@code annotate}.
   *
   * @param filtersBefore how many filter calls came before the {@code annotate} call: their joins
   *     are the ones the annotation reuses (so they restrict what it counts); later calls join anew
   */
  public record Annotation(Expression expr, String alias, int filtersBefore) {}

  /** The annotations, in the order they were added. */
  public List<Annotation> annotations() {
    return annotations;
  }

  /** Adds annotations after the filter calls made so far. */
  public Query withAnnotations(List<Expression> exprs) {
    List<Annotation> all = new ArrayList<>(annotations);
    for (Expression e : exprs) {
      if (all.stream().anyMatch(a -> a.expr().equals(e))) {
        continue;
      }
      String alias = e.describe().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
      if (alias.isEmpty() || alias.length() > 48) {
        alias = "a_" + alias.substring(0, Math.min(alias.length(), 40)); // identifiers stay short on every database
      }
      String base = alias;
      for (int n = 2; aliasTaken(all, alias); n++) {
        alias = base + "_" + n;
      }
      all.add(new Annotation(e, alias, filters.size()));
    }
    Query q = copy();
    q.annotations = List.copyOf(all);
    return q;
  }

  private boolean aliasTaken(List<Annotation> all, String alias) {
    return model.field(alias) != null || all.stream().anyMatch(a -> a.alias().equalsIgnoreCase(alias));
  }

  /**
   * The expressions selected instead of model objects ({@code valuesList(...)}), or null. With an
   * aggregate among them the rows are grouped by the others, as Django's {@code values().annotate()}.
   */
  public List<Expression> projection() {
    return projection;
  }

  public Query withProjection(List<Expression> exprs) {
    Query q = copy();
    q.projection = exprs == null ? null : List.copyOf(exprs);
    return q;
  }

  /**
   * {@code UNION}, {@code INTERSECT} or {@code EXCEPT} when this query combines itself with
   * {@link #combined()} (Django's {@code union}, {@code intersection}, {@code difference}), else null.
   */
  public String combinator() {
    return combinator;
  }

  /** The other queries of {@link #combinator()}. */
  public List<Query> combined() {
    return combined;
  }

  /** This query combined with {@code others} by {@code op}; the ordering and slice apply to the result. */
  public Query withCombination(String op, List<Query> others) {
    Query q = copy();
    q.combinator = op;
    q.combined = List.copyOf(others);
    return q;
  }

  /** The same query with no combination (one member of a combined query). */
  public Query member() {
    Query q = copy();
    q.combinator = null;
    q.combined = List.of();
    q.ordering = List.of();
    q.limit = -1;
    q.offset = 0;
    return q;
  }

  /** Whether the rows are groups (an aggregate is annotated or filtered on): GROUP BY the model. */
  public boolean grouped() {
    if (projection != null) {
      return projection.stream().anyMatch(Expression::containsAggregate)
          || filters.stream().anyMatch(Conditions::containsAggregate);
    }
    return annotations.stream().anyMatch(a -> a.expr().containsAggregate())
        || filters.stream().anyMatch(Conditions::containsAggregate);
  }

  /** A description for error messages: {@code headline eq "x", reporter.firstName eq "John"}. */
  public String describeFilters() {
    if (filters.isEmpty()) {
      return "(no filter)";
    }
    StringBuilder b = new StringBuilder();
    for (Condition c : filters) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(Conditions.describe(c));
    }
    return b.toString();
  }

  /** The longest each statement of this query may run, or null for the database's default. */
  public java.time.Duration timeout() {
    return timeout;
  }

  public Query withTimeout(java.time.Duration limit) {
    Query q = copy();
    q.timeout = limit;
    return q;
  }
}
