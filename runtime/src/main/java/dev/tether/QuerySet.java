package dev.tether;

import dev.tether.internal.deletion.Collector;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Expression;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Fetch;
import dev.tether.internal.sql.StreamFetch;
import dev.tether.internal.sql.Sql;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.path.Assignment;
import dev.tether.path.DateExpr;
import dev.tether.path.Expr;
import dev.tether.path.ModelPath;
import dev.tether.path.Order;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, immutable, chainable query over model {@code T}, Django's {@code QuerySet}. Every
 * chaining method returns a new query set; nothing runs until a terminal method ({@link #list()},
 * {@link #count()}, {@link #get}, iteration...).
 *
 * @param <T> the model
 */
public class QuerySet<T extends Entity> implements Iterable<T> {
  /** Django's {@code MAX_GET_RESULTS}: how many rows {@code get()} reads to report a count. */
  private static final int MAX_GET_RESULTS = 21;

  final ModelMeta<T> meta;
  final Database db;
  final Query query;

  /** For generated code and Tether's internals; users start from {@code Model.objects}. */
  public QuerySet(ModelMeta<T> meta, Database db, Query query) {
    this.meta = meta;
    this.db = db;
    this.query = query;
  }

  QuerySet<T> chain(Query q) {
    return new QuerySet<>(meta, db, q);
  }

  /**
   * Where this query set reads: the database {@link #using} named, else where the router installed
   * by {@link Databases#install()} sends a read of the model (a write for {@code selectForUpdate}).
   */
  Engine engine() {
    return query.forUpdate() ? Engines.write(db, meta) : Engines.read(db, meta);
  }

  /** Where this query set writes ({@code update}, {@code delete}): as {@link #engine()}, for a write. */
  Engine writeEngine() {
    return Engines.write(db, meta);
  }

  /** The query this set will run; {@code toString()} of its SQL is {@link #sql()}. */
  public Query query() {
    return query;
  }

  // ---- chaining ----

  /** A copy of this query set: Django's {@code all()}. */
  public QuerySet<T> all() {
    return chain(query);
  }

  /** The same query on another database. */
  public QuerySet<T> using(Database database) {
    return new QuerySet<>(meta, database, query);
  }

  /** Rows matching every condition; conditions in one call refer to the same related row. */
  @SafeVarargs
  public final QuerySet<T> filter(Q<T>... conditions) {
    return chain(query.withFilter(combine("filter", conditions)));
  }

  /** Rows not matching all the conditions: Django's {@code exclude}. */
  @SafeVarargs
  public final QuerySet<T> exclude(Q<T>... conditions) {
    return chain(query.withFilter(new Condition.Not(combine("exclude", conditions))));
  }

  @SafeVarargs
  private Condition combine(String method, Q<T>... conditions) {
    if (query.combinator() != null) {
      throw new IllegalStateException("Cannot " + method + " after union(), intersection() or difference()");
    }
    if (query.isSliced()) {
      throw new IllegalStateException("Cannot " + method + " a query once a slice (limit/offset) has been taken");
    }
    if (conditions.length == 1) {
      return conditions[0].condition();
    }
    List<Condition> cs = new ArrayList<>(conditions.length);
    for (Q<T> c : conditions) {
      cs.add(c.condition());
    }
    return cs.isEmpty() ? new Condition.True() : new Condition.And(cs);
  }

  /**
   * Adds computed values to each object, Django's {@code annotate}: read them back with
   * {@code expression.of(object)}. An aggregate ({@code Reporter_.article().count()}) groups the rows
   * by object; it counts only the related rows that the filter calls made before {@code annotate}
   * let through, while a later filter on an aggregate becomes {@code HAVING}. Two aggregates over
   * different multi-valued relations multiply each other's rows, as in Django: use
   * {@code countDistinct()} there.
   */
  @SafeVarargs
  public final QuerySet<T> annotate(Expr<T, ?>... expressions) {
    if (query.isSliced()) {
      throw new IllegalStateException("Cannot annotate a query once a slice (limit/offset) has been taken");
    }
    List<Expression> es = new ArrayList<>();
    for (Expr<T, ?> e : expressions) {
      es.add(e.node());
    }
    return chain(query.withAnnotations(es));
  }

  /**
   * The values of one expression per row, Django's {@code values_list("field", flat=True)}:
   * {@code Book.objects.valuesList(Book_.name).list()} is a {@code List<String>}.
   */
  @SuppressWarnings("unchecked")
  public <A> Values<T, A> valuesList(Expr<T, A> a) {
    return Values.of(db, query, List.of(a.node()), v -> (A) v[0]);
  }

  /**
   * Rows of two values, Django's {@code values_list("a", "b")}; {@code .map(Record::new)} builds a
   * record per row. With an aggregate ({@code valuesList(Book_.rating, Book_.authors().count())}) the
   * rows are grouped by the other value, as Django's {@code values("rating").annotate(...)}.
   */
  @SuppressWarnings("unchecked")
  public <A, B> Values<T, Row2<A, B>> valuesList(Expr<T, A> a, Expr<T, B> b) {
    return Values.of(db, query, List.of(a.node(), b.node()), v -> new Row2<>((A) v[0], (B) v[1]));
  }

  /** Rows of three values; see {@link #valuesList(Expr, Expr)}. */
  @SuppressWarnings("unchecked")
  public <A, B, C> Values<T, Row3<A, B, C>> valuesList(Expr<T, A> a, Expr<T, B> b, Expr<T, C> c) {
    return Values.of(db, query, List.of(a.node(), b.node(), c.node()),
        v -> new Row3<>((A) v[0], (B) v[1], (C) v[2]));
  }

  /**
   * The distinct dates of the rows, truncated to {@code kind} ({@code "year"}, {@code "month"} or
   * {@code "day"}), ascending: Django's {@code dates("pub_date", "month")}.
   */
  public <V> List<V> dates(DateExpr<T, V> field, String kind) {
    DateExpr<T, V> t = switch (kind) {
      case "year" -> field.truncYear();
      case "month" -> field.truncMonth();
      case "day" -> field.truncDay();
      default -> throw new IllegalArgumentException("dates(" + field + ", \"" + kind
          + "\"): kind must be \"year\", \"month\" or \"day\"");
    };
    return valuesList(t).distinct().orderBy(t.asc()).list();
  }

  /**
   * The rows of this query set or of any of {@code others} ({@code UNION}, duplicates removed):
   * Django's {@code union()}. Ordering (by the model's own columns) and slicing apply to the result;
   * filtering it further is refused, as in Django.
   */
  @SafeVarargs
  public final QuerySet<T> union(QuerySet<T>... others) {
    return combine("UNION", others);
  }

  /** The rows in this query set and in every one of {@code others}: Django's {@code intersection()}. */
  @SafeVarargs
  public final QuerySet<T> intersection(QuerySet<T>... others) {
    return combine("INTERSECT", others);
  }

  /** The rows of this query set that none of {@code others} has: Django's {@code difference()}. */
  @SafeVarargs
  public final QuerySet<T> difference(QuerySet<T>... others) {
    return combine("EXCEPT", others);
  }

  @SafeVarargs
  private QuerySet<T> combine(String op, QuerySet<T>... others) {
    if (query.combinator() != null || query.isSliced()) {
      throw new IllegalStateException("Cannot combine a query set that is already combined or sliced");
    }
    List<Query> qs = new ArrayList<>();
    for (QuerySet<T> o : others) {
      qs.add(o.query);
    }
    return chain(query.withCombination(op, qs));
  }

  /** Replaces the ordering: {@code orderBy(Article_.pubDate.desc(), Article_.headline.asc())}. */
  @SafeVarargs
  public final QuerySet<T> orderBy(Order<T>... terms) {
    if (query.isSliced()) {
      throw new IllegalStateException("Cannot reorder a query once a slice (limit/offset) has been taken");
    }
    List<OrderTerm> ts = new ArrayList<>();
    for (Order<T> o : terms) {
      ts.add(o.term());
    }
    return chain(query.withOrdering(ts));
  }

  /** {@code SELECT DISTINCT}: one row per object even across multi-valued relations. */
  public QuerySet<T> distinct() {
    return chain(query.withDistinct(true));
  }

  /** At most {@code n} rows: the end of Django's slice {@code qs[:n]}. */
  public QuerySet<T> limit(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("limit(" + n + ")");
    }
    long l = query.limit() < 0 ? n : Math.min(query.limit(), n);
    return chain(query.withSlice(l, query.offset()));
  }

  /** Skips {@code n} rows: the start of Django's slice {@code qs[n:]}. */
  public QuerySet<T> offset(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("offset(" + n + ")");
    }
    long l = query.limit() < 0 ? -1 : Math.max(0, query.limit() - n);
    return chain(query.withSlice(l, query.offset() + n));
  }

  /**
   * Loads single-valued relations in the same query with JOINs (LEFT for nullable ones):
   * {@code selectRelated(Article_.reporter())}. Django's {@code select_related}; with no path,
   * every non-null foreign key is followed, five levels deep, as Django does.
   */
  @SafeVarargs
  public final QuerySet<T> selectRelated(ModelPath<T, ?>... paths) {
    List<PathNode> ps = new ArrayList<>();
    for (ModelPath<T, ?> p : paths) {
      ps.add(p.node());
    }
    if (paths.length == 0) {
      nonNullKeys(query.root(), 5, ps);
    }
    Query next = query.withSelectRelated(ps);
    SqlCompiler.selectedRelations(next); // refuses multi-valued paths now, not at run time
    return chain(next);
  }

  private static void nonNullKeys(PathNode from, int depth, List<PathNode> out) {
    if (depth == 0) {
      return;
    }
    for (var fk : from.model().foreignKeys()) {
      if (!fk.nullable()) {
        PathNode next = from.forward(fk);
        out.add(next);
        nonNullKeys(next, depth - 1, out);
      }
    }
  }

  /**
   * Loads the related rows of every fetched object with one extra query per relation:
   * {@code prefetchRelated(Reporter_.article())}. Django's {@code prefetch_related}.
   */
  @SafeVarargs
  public final QuerySet<T> prefetchRelated(ModelPath<T, ?>... paths) {
    List<PathNode> ps = new ArrayList<>();
    for (ModelPath<T, ?> p : paths) {
      ps.add(p.node());
    }
    return chain(query.withPrefetchRelated(ps));
  }

  /**
   * Reads only these columns (and the key and foreign keys); the others are deferred: Django's
   * {@code only()}. A deferred field is loaded with one query by its bean getter
   * ({@code getBody()}) on first use, or refused under strict loading ({@link LazyLoadException});
   * read directly ({@code e.body}) it holds null (0, false) until then. {@code save()} then writes
   * only the loaded fields and those set since. Replaces an earlier {@code only()}.
   */
  @SafeVarargs
  public final QuerySet<T> only(dev.tether.path.FieldPath<T>... columns) {
    java.util.Set<FieldMeta> keep = fieldsOf("only", columns);
    java.util.Set<FieldMeta> deferred = new java.util.HashSet<>();
    for (FieldMeta f : meta.valueFields()) {
      if (f.foreignKey() == null && !keep.contains(f)) {
        deferred.add(f);
      }
    }
    return chain(query.withDeferred(deferred));
  }

  /**
   * Leaves these columns unread until first used (see {@link #only}): Django's {@code defer()}.
   * Adds to earlier {@code defer()}/{@code only()} calls; the key is always read.
   */
  @SafeVarargs
  public final QuerySet<T> defer(dev.tether.path.FieldPath<T>... columns) {
    java.util.Set<FieldMeta> deferred = new java.util.HashSet<>(query.deferred());
    deferred.addAll(fieldsOf("defer", columns));
    return chain(query.withDeferred(deferred));
  }

  @SafeVarargs
  private java.util.Set<FieldMeta> fieldsOf(String method, dev.tether.path.FieldPath<T>... columns) {
    java.util.Set<FieldMeta> out = new java.util.HashSet<>();
    for (dev.tether.path.FieldPath<T> c : columns) {
      FieldMeta f;
      try {
        f = c.ownColumn();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(method + "() takes columns of " + meta.name() + " itself: "
            + e.getMessage(), e);
      }
      if (meta.field(f.name()) != f) {
        throw new IllegalArgumentException(method + "() takes columns of " + meta.name() + " itself, not "
            + f.name() + " of another model");
      }
      if (f.foreignKey() != null) {
        throw new IllegalArgumentException(method + "(): " + meta.name() + "." + f.name()
            + " is a foreign key, which is always read");
      }
      if (!f.primaryKey()) {
        out.add(f);
      }
    }
    return out;
  }

  /** Objects read by this query refuse lazy relation loads ({@link LazyLoadException}). */
  public QuerySet<T> strict() {
    return chain(query.withStrict(Boolean.TRUE));
  }

  /**
   * Locks the rows read until the end of the enclosing {@code atomic} block
   * ({@code SELECT ... FOR UPDATE}), so a read-modify-write loses no concurrent update. Django's
   * {@code select_for_update()}. On SQLite, whose transactions already exclude each other here,
   * it adds nothing. Reading such a query outside {@code atomic} throws IllegalStateException.
   */
  public QuerySet<T> selectForUpdate() {
    return chain(query.withForUpdate(true));
  }

  /**
   * Bounds each statement this query set runs (its SELECT, prefetches, a delete's cascade, an
   * update) to {@code limit}, overriding {@link Database#statementTimeout}: one that runs longer is
   * cancelled and throws {@link QueryTimeoutException}. Servers count whole seconds (rounded up);
   * SQLite, milliseconds. Django has no twin (its {@code OPTIONS} set a connection-wide timeout).
   */
  public QuerySet<T> timeout(java.time.Duration limit) {
    if (limit == null || limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, not " + limit);
    }
    return chain(query.withTimeout(limit));
  }

  /** Runs a terminal under this query set's timeout, if it has one. */
  private <R> R timed(java.util.function.Supplier<R> body) {
    // no timeout: nothing to scope, and no engine chosen here (a router chooses once, in the body)
    return query.timeout() == null ? body.get() : engine().withTimeout(query.timeout(), body);
  }

  /**
   * {@link #selectForUpdate()} with options: {@link ForUpdate#nowait()},
   * {@link ForUpdate#skipLocked()}, {@link ForUpdate#of}. {@code nowait} and {@code skipLocked}
   * exclude each other (IllegalArgumentException); an option the database lacks throws
   * {@link NotSupportedException} when the query is read.
   */
  @SafeVarargs
  public final QuerySet<T> selectForUpdate(ForUpdate<T>... options) {
    boolean nowait = false;
    boolean skipLocked = false;
    List<PathNode> of = new ArrayList<>();
    for (ForUpdate<T> o : options) {
      nowait |= o.nowait;
      skipLocked |= o.skipLocked;
      if (o.self) {
        of.add(query.root());
      }
      of.addAll(o.of);
    }
    if (nowait && skipLocked) {
      throw new IllegalArgumentException("selectForUpdate(): nowait and skipLocked cannot be used together");
    }
    return chain(query.withLocking(new dev.tether.internal.query.Locking(nowait, skipLocked, of)));
  }

  // ---- terminals ----

  /** Runs the query and returns every object. */
  public List<T> list() {
    return timed(() -> Fetch.list(engine(), meta, query));
  }

  /**
   * Runs the query and iterates over every object read, all loaded at once: what a for-each loop
   * over a query set does, as Django's {@code for o in qs}. To read rows as they come, with bounded
   * memory, use {@link #iterator(int)} or {@link #stream()}.
   */
  @Override
  public Iterator<T> iterator() {
    return list().iterator();
  }

  /** Django's {@code iterator()} default chunk size. */
  public static final int DEFAULT_CHUNK_SIZE = 2000;

  /**
   * Reads the objects as the rows come, {@code chunkSize} objects in memory at a time: Django's
   * {@code iterator(chunk_size)}. A server-side cursor on PostgreSQL (in a read transaction of
   * its own outside {@code atomic}), a streaming result on MariaDB, stepping on SQLite.
   * {@code prefetchRelated} runs once per chunk, as in Django 4.1+.
   *
   * <p><strong>The iterator must be closed</strong> (try-with-resources): until then it holds its
   * statement and, outside {@code atomic}, a connection. It closes itself after the last row, and
   * when the {@code atomic} block it was opened in ends.
   */
  public CloseableIterator<T> iterator(int chunkSize) {
    List<T> cached = prefetchedRows();
    if (cached != null) {
      Iterator<T> it = cached.iterator();
      return new CloseableIterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public T next() {
          return it.next();
        }

        @Override
        public void close() {}
      };
    }
    return StreamFetch.open(engine(), meta, query, chunkSize);
  }

  /**
   * The rows a related manager already holds (prefetchRelated), which streams answer from; null
   * to run the query (a related manager first checks strict loading).
   */
  List<T> prefetchedRows() {
    return null;
  }

  /**
   * The objects as the rows come, {@link #DEFAULT_CHUNK_SIZE} at a time (see
   * {@link #iterator(int)}). <strong>The stream must be closed</strong> (try-with-resources)
   * unless a terminal operation reads it to its end, which closes its result too:
   *
   * <pre>{@code
   * try (Stream<Entry> s = Entry.objects.all().stream()) {
   *   s.filter(...).findFirst();
   * }
   * }</pre>
   */
  public Stream<T> stream() {
    return stream(DEFAULT_CHUNK_SIZE);
  }

  /** {@link #stream()} reading {@code chunkSize} objects at a time. Must be closed. */
  public Stream<T> stream(int chunkSize) {
    CloseableIterator<T> it = iterator(chunkSize);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(it::close);
  }

  /** {@code SELECT COUNT(*)}. */
  public long count() {
    Engine e = engine();
    Sql sql = SqlCompiler.count(e.dialect(), query);
    return timed(() -> e.query(sql, (rs, r) -> {
      rs.next();
      return rs.getLong(1);
    }));
  }

  /**
   * One aggregate over the whole query set, Django's {@code aggregate()}:
   * {@code Book.objects.aggregate(Book_.price.avg())}. Null where Django gives {@code None} (no rows
   * for {@code sum}, {@code avg}, {@code min}, {@code max}); {@code count} gives 0.
   */
  public <V> V aggregate(Expr<T, V> expression) {
    return aggregateAll(List.of(expression.node())).get(expression);
  }

  /** Several aggregates in one query, each read back typed with {@link Aggregation#get}. */
  @SafeVarargs
  public final Aggregation<T> aggregate(Expr<T, ?> first, Expr<T, ?>... more) {
    List<Expression> es = new ArrayList<>();
    es.add(first.node());
    for (Expr<T, ?> e : more) {
      es.add(e.node());
    }
    return aggregateAll(es);
  }

  private Aggregation<T> aggregateAll(List<Expression> es) {
    for (Expression e : es) {
      if (!e.containsAggregate()) {
        throw new IllegalArgumentException(e.describe() + " is not an aggregate expression");
      }
    }
    Engine e = engine();
    Query q = (query.isSliced() ? query : query.withOrdering(List.of())).withForUpdate(false);
    Sql sql = SqlCompiler.aggregate(e.dialect(), q, es);
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

  /** Whether any row matches. */
  public boolean exists() {
    Engine e = engine();
    Sql sql = SqlCompiler.exists(e.dialect(), query);
    return timed(() -> e.query(sql, (rs, r) -> rs.next()));
  }

  /** The first object by the ordering (by key when unordered), or empty. */
  public Optional<T> first() {
    List<OrderTerm> order = orderingOrKey();
    List<T> rows = timed(() -> Fetch.list(engine(), meta, query.withOrdering(order).withSlice(
        query.limit() < 0 ? 1 : Math.min(1, query.limit()), query.offset()), order));
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The last object by the ordering (by key when unordered), or empty. */
  public Optional<T> last() {
    if (query.isSliced()) {
      throw new IllegalStateException("Cannot reverse a query once a slice (limit/offset) has been taken");
    }
    List<OrderTerm> order = new ArrayList<>();
    for (OrderTerm t : orderingOrKey()) {
      order.add(t.reversed());
    }
    List<T> rows = timed(() -> Fetch.list(engine(), meta, query.withOrdering(order).withSlice(1, 0), order));
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private List<OrderTerm> orderingOrKey() {
    List<OrderTerm> order = query.effectiveOrdering();
    if (order.isEmpty()) {
      order = new ArrayList<>();
      for (dev.tether.meta.FieldMeta f : meta.keyFields()) {
        order.add(new OrderTerm(new ColumnExpr(query.root(), f), false));
      }
    }
    return order;
  }

  /**
   * The one object matching the conditions. Throws the model's {@code DoesNotExist} when none
   * does and {@code MultipleObjectsReturned} when several do; both messages name the filter.
   */
  @SafeVarargs
  public final T get(Q<T>... conditions) {
    Object key = keyLookup(conditions);
    if (key != null) {
      // get(Model_.id.eq(k)) on a plain query set: the model's prepared by-key statement
      T found = timed(() -> Fetch.byKey(engine(), meta, key));
      if (found == null) {
        throw meta.doesNotExist(meta.name() + " matching query does not exist: " + meta.pk().name() + " eq " + key);
      }
      if (query.strict() != null) {
        meta.setStrict(found, query.strict());
      }
      return found;
    }
    QuerySet<T> qs = conditions.length == 0 ? this : filter(conditions);
    Query q = qs.query;
    if (!q.isSliced()) {
      q = q.withOrdering(List.of()).withSlice(MAX_GET_RESULTS, 0); // as Django, get() does not order
    }
    Query fetched = q;
    List<T> rows = timed(() -> Fetch.list(engine(), meta, fetched));
    if (rows.size() == 1) {
      return rows.get(0);
    }
    if (rows.isEmpty()) {
      throw meta.doesNotExist(meta.name() + " matching query does not exist: " + qs.query.describeFilters());
    }
    String n = rows.size() == MAX_GET_RESULTS ? "more than " + (MAX_GET_RESULTS - 1) : String.valueOf(rows.size());
    throw meta.multipleObjectsReturned("get() returned more than one " + meta.name() + " -- it returned "
        + n + "! (" + qs.query.describeFilters() + ")");
  }

  /** The key of {@code get(pk eq key)} on an unfiltered, unsliced, plain query set; else null. */
  @SafeVarargs
  private Object keyLookup(Q<T>... conditions) {
    if (conditions.length != 1 || !query.filters().isEmpty() || query.isSliced() || query.forUpdate()
        || !query.annotations().isEmpty()
        || !query.selectRelated().isEmpty() || !query.prefetchRelated().isEmpty() || !query.deferred().isEmpty()) {
      return null;
    }
    Condition.Leaf l = keyLeaf(conditions[0].condition());
    return l != null && l.lookup() == Lookup.EXACT ? l.value() : null;
  }

  /** {@code c} when it is one lookup on this model's own key column, else null. */
  private Condition.Leaf keyLeaf(Condition c) {
    return c instanceof Condition.Leaf l && l.lhs().path().isRoot() && l.lhs().transform() == null
        && !meta.hasCompositeKey() && l.lhs().field() == meta.pk() ? l : null;
  }

  /**
   * The keys of a query set filtered by nothing but its own key ({@code pk eq k} or {@code pk in
   * keys}, once); else null.
   */
  private List<Object> keyFilter() {
    Condition.Leaf l = query.filters().size() == 1 ? keyLeaf(query.filters().get(0)) : null;
    if (l == null) {
      return null;
    }
    if (l.lookup() == Lookup.EXACT && l.value() != null) {
      return List.of(l.value());
    }
    if (l.lookup() == Lookup.IN && l.value() instanceof List<?> keys) {
      return List.copyOf(keys);
    }
    return null;
  }

  /**
   * The objects with these keys, by key: Django's {@code in_bulk(id_list)}. Keys with no row
   * (or filtered out by this query set) are absent; the map is keyed by the keys as given, in
   * their order. No query for no keys; one per batch under the parameter limit otherwise.
   */
  public <K> Map<K, T> inBulk(java.util.Collection<K> keys) {
    return InBulk.byKeys(engine(), meta, query, keys);
  }

  /** Every object of this query set by key: Django's {@code in_bulk()} with no list. */
  public Map<Object, T> inBulk() {
    return InBulk.all(engine(), meta, query);
  }

  /**
   * The object matching {@code lookup}, or a new one that {@code init} fills and this call saves:
   * Django's {@code get_or_create}. {@code init} sets the lookup's values too (a new object that
   * does not match a {@code column eq value} of the lookup is refused by name) and Django's
   * {@code defaults}. Race-safe as Django's: the insert runs in a savepoint, and when it fails on a
   * unique constraint because another caller created the row meanwhile, the row is read again.
   * <pre>{@code
   * Created<Person> r = Person.objects.getOrCreate(Person_.firstName.eq("John"),
   *     p -> { p.firstName = "John"; p.lastName = "Lennon"; });
   * }</pre>
   */
  public Created<T> getOrCreate(Q<T> lookup, java.util.function.Consumer<? super T> init) {
    return GetOrCreate.getOrCreate(this, this::createNew, lookup, init);
  }

  /**
   * Django's {@code update_or_create}: in one transaction, reads the object matching
   * {@code lookup} with {@code selectForUpdate}, applies {@code defaults} and saves it; or, when
   * none matches, creates one filled by {@code defaults} (which then sets the lookup's values too).
   */
  public Created<T> updateOrCreate(Q<T> lookup, java.util.function.Consumer<? super T> defaults) {
    return updateOrCreate(lookup, defaults, defaults);
  }

  /**
   * {@link #updateOrCreate(Q, java.util.function.Consumer)} with Django 5.0's
   * {@code create_defaults}: {@code defaults} updates a found object, {@code create} fills a new one.
   */
  public Created<T> updateOrCreate(Q<T> lookup, java.util.function.Consumer<? super T> defaults,
      java.util.function.Consumer<? super T> create) {
    return GetOrCreate.updateOrCreate(this, this::createNew, lookup, defaults, create);
  }

  /** A new object on this query set's database, filled by {@code init}: the manager's {@code create}. */
  T createNew(java.util.function.Consumer<? super T> init) {
    Manager<T> m = new Manager<>(meta);
    return (db == null ? m : m.using(db)).create(init);
  }

  /**
   * Deletes every matching row and what cascades from it, in one transaction; refused after
   * {@code limit}/{@code offset}. Returns Django's counts.
   */
  public DeleteResult delete() {
    if (query.isSliced()) {
      throw new IllegalStateException("Cannot use limit/offset with delete()");
    }
    return timed(this::deleteNow);
  }

  private DeleteResult deleteNow() {
    Engine e = writeEngine();
    if (Collector.canFastDelete(meta)) {
      // nothing depends on these rows: one DELETE, nothing fetched (Django's fast delete)
      int n = e.update(SqlCompiler.delete(e.dialect(), query.withOrdering(List.of())));
      return new DeleteResult(n == 0 ? Map.of() : Map.of(meta.name(), n));
    }
    List<Object> given = keyFilter();
    if (given != null) {
      // filter(pk in keys).delete(): the keys are known, no SELECT to find them (a key with no row deletes nothing)
      return e.atomic(() -> new Collector(e).deleteInTransaction(meta, given));
    }
    return e.atomic(() -> {
      Sql sql = SqlCompiler.keys(e.dialect(), query.withOrdering(List.of()), true);
      List<Object> keys = e.query(sql, (rs, r) -> {
        List<Object> out = new ArrayList<>();
        while (rs.next()) {
          r.seek(1);
          out.add(dev.tether.internal.query.KeyMatch.read(meta, r));
        }
        return out;
      });
      return new Collector(e).deleteInTransaction(meta, keys);
    });
  }

  /**
   * {@code UPDATE ... SET} on every matching row, without loading them; returns the rows changed:
   * {@code update(Article_.headline.set("x"))}. As Django's, it calls no model's {@code save()}
   * and no {@code beforeSave()}/{@code afterSave()} hook.
   */
  @SafeVarargs
  public final int update(Assignment<T>... assignments) {
    if (query.isSliced()) {
      throw new IllegalStateException("Cannot update a query once a slice (limit/offset) has been taken");
    }
    if (assignments.length == 0) {
      throw new IllegalArgumentException("update() needs at least one assignment");
    }
    Map<FieldMeta, Object> values = new LinkedHashMap<>();
    for (Assignment<T> a : assignments) {
      if (meta.field(a.field().name()) != a.field()) {
        throw new IllegalArgumentException(a.field().name() + " is not a column of " + meta.name());
      }
      Object v = a.value();
      // a @Convert/@Json field's value goes in as the column's
      values.put(a.field(), v instanceof dev.tether.internal.query.Expression ? v : a.field().toColumn(v));
    }
    Engine e = writeEngine();
    return timed(() -> e.update(SqlCompiler.update(e.dialect(), query.withOrdering(List.of()), values)));
  }

  /** The SQL this query set would run, with {@code ?} for each bound value. */
  public String sql() {
    return SqlCompiler.select(engine().dialect(), query).text();
  }

  @Override
  public String toString() {
    return "QuerySet<" + meta.name() + ">(" + query.describeFilters() + ")";
  }
}
