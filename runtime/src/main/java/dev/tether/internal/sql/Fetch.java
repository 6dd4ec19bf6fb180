package dev.tether.internal.sql;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.query.Hop;
import dev.tether.internal.query.OrderTerm;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.related.ForeignKeys;
import dev.tether.internal.related.Prefetcher;
import dev.tether.internal.related.RelationCache;
import dev.tether.meta.AnnotationValues;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowReader;
import java.util.ArrayList;
import java.util.List;

/** Runs a SELECT of model objects: one row per object, related objects of selectRelated filled in. */
public final class Fetch {
  private Fetch() {}

  /** The object with key {@code key}, by the model's prepared by-key statement; null when none. */
  public static <T extends Entity> T byKey(Engine e, ModelMeta<T> m, Object key) {
    ModelSql s = ModelSql.of(m, e.dialect());
    return e.query(new Sql(s.selectByKey, List.of(e.dialect().toDb(m.pk().type(), key))),
        (rs, r) -> rs.next() ? m.load(r) : null);
  }

  public static <T extends Entity> List<T> list(Engine e, ModelMeta<T> meta, Query q) {
    return list(e, meta, q, q.effectiveOrdering());
  }

  public static <T extends Entity> List<T> list(Engine e, ModelMeta<T> meta, Query q, List<OrderTerm> ordering) {
    checkForUpdate(e, q);
    Sql sql = SqlCompiler.select(e.dialect(), q, ordering);
    RowMapper<T> mapper = new RowMapper<>(meta, sql.selectedRelations(), q.strict(), q.deferred(), q.annotations());
    List<T> out = e.query(sql, (rs, r) -> {
      List<T> rows = new ArrayList<>();
      mapper.prepare(r);
      while (rs.next()) {
        r.seek(1);
        rows.add(mapper.read(r));
      }
      return rows;
    });
    if (!q.prefetchRelated().isEmpty() && !out.isEmpty()) {
      Prefetcher.prefetch(e, out, q.prefetchRelated(), q.strict());
    }
    return out;
  }

  static void checkForUpdate(Engine e, Query q) {
    if (q.forUpdate() && !e.inTransaction()) {
      throw new IllegalStateException("selectForUpdate() cannot be used outside of a transaction: "
          + "read inside db.atomic(...)");
    }
  }

  /** Turns one row (at column 1) into its object, with the related objects of selectRelated linked in. */
  static final class RowMapper<T extends Entity> {
    private final ModelMeta<T> meta;
    private final List<PathNode> related;
    private final Boolean strict;
    private final Plan plan;
    private final Entity[] objects;
    /** The Java names of the root's unread fields, or null. */
    private final java.util.Set<String> deferred;
    /** The annotations selected after the columns, read into each object. */
    private final List<Query.Annotation> annotations;

    RowMapper(ModelMeta<T> meta, List<PathNode> related, Boolean strict, java.util.Set<FieldMeta> deferredFields,
        List<Query.Annotation> annotations) {
      this.annotations = annotations;
      java.util.Set<String> names = new java.util.HashSet<>();
      for (FieldMeta f : deferredFields) {
        names.add(f.name());
      }
      this.deferred = names.isEmpty() ? null : names;
      this.meta = meta;
      this.related = related;
      this.strict = strict;
      this.plan = new Plan(meta, related);
      this.objects = new Entity[related.size()];
    }

    void prepare(RowReader r) {
      r.skipReferences(plan.skip);
    }

    T read(RowReader r) {
      T o = meta.load(r);
      if (strict != null) {
        meta.setStrict(o, strict);
      }
      if (deferred != null) {
        meta.setDeferred(o, deferred);
      }
      for (int i = 0; i < objects.length; i++) {
        Entity parent = plan.parent[i] < 0 ? o : objects[plan.parent[i]];
        objects[i] = parent == null ? skip(related.get(i).model(), r) : attach(plan, i, related.get(i), parent, r, strict);
      }
      for (Query.Annotation a : annotations) {
        AnnotationValues.put(o, a.expr(), ExprValues.read(r, a.expr()));
      }
      return o;
    }
  }

  /**
   * How the columns of one row map to objects, worked out once per query. The column holding the
   * key of a joined relation is not turned into a key-only reference (the joined object replaces
   * it); a joined object that is certain to exist (a NOT NULL key followed forward from an object
   * that exists) is read without checking its key for NULL.
   */
  private static final class Plan {
    /** Per joined relation, the index of its parent relation, or -1 for the root object. */
    final int[] parent;
    /** Per joined relation, whether its row always exists (its join is INNER). */
    final boolean[] certain;
    /** Per joined relation, the column holding the joining key (in the parent, or the child if reverse). */
    final int[] keyColumn;
    /** By column position: the key columns read as null instead of a reference. */
    final boolean[] skip;

    Plan(ModelMeta<?> root, List<PathNode> related) {
      int n = related.size();
      parent = new int[n];
      certain = new boolean[n];
      keyColumn = new int[n];
      int[] start = new int[n];
      int next = 1 + root.fields().size();
      for (int i = 0; i < n; i++) {
        PathNode node = related.get(i);
        start[i] = next;
        next += node.model().fields().size();
        parent[i] = related.indexOf(node.parent());
        Hop hop = node.hop();
        ForeignKeyMeta<?, ?> fk = hop.foreignKey();
        int parentStart = parent[i] < 0 ? 1 : start[parent[i]];
        boolean forward = hop.kind() == Hop.Kind.FORWARD;
        certain[i] = forward && !fk.nullable() && (parent[i] < 0 || certain[parent[i]]);
        keyColumn[i] = forward ? parentStart + fk.source().fields().indexOf(fk.column())
            : start[i] + fk.source().fields().indexOf(fk.column());
      }
      skip = n == 0 ? null : new boolean[next];
      for (int i = 0; i < n; i++) {
        skip[keyColumn[i]] = true;
      }
    }
  }

  /** Steps over the columns of a relation whose parent is absent. */
  private static Entity skip(ModelMeta<?> m, RowReader r) {
    r.seek(r.position() + m.fields().size());
    return null;
  }

  /**
   * Reads joined relation {@code i} and links it to {@code parent} both ways; null when the LEFT
   * JOIN found no row.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Entity attach(Plan plan, int i, PathNode node, Entity parent, RowReader r, Boolean strict) {
    ModelMeta m = node.model();
    int start = r.position();
    Entity child;
    if (!plan.certain[i] && r.isNull(start + m.pkIndex())) {
      r.seek(start + m.fields().size());
      child = null;
    } else {
      child = m.load(r);
      if (strict != null) {
        m.setStrict(child, strict);
      }
    }
    Hop hop = node.hop();
    ForeignKeyMeta fk = hop.foreignKey();
    if (hop.kind() == Hop.Kind.FORWARD) {
      if (child == null) {
        // a NULL key, or (without enforced constraints) a key with no row: keep what the column says
        int after = r.position();
        r.seek(plan.keyColumn[i]);
        child = r.getReference(fk, false);
        r.seek(after);
        fk.set(parent, child);
        return null;
      }
      fk.set(parent, child);
      ForeignKeys.pointBack(fk, parent, child);
    } else {
      RelationCache.putReverseOne(fk, parent, child);
      if (child != null) {
        fk.set(child, parent);
      }
    }
    return child;
  }
}
