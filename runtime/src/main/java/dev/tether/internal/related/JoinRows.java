package dev.tether.internal.related;

import dev.tether.Database;
import dev.tether.internal.deletion.Collector;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.persist.Persister;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Batches;
import dev.tether.internal.sql.Sql;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements a many-to-many manager sends to its through model, on that table alone: insert
 * pairs (skipping those that exist), insert whole rows of an application's through model, delete
 * pairs, read one column, count. Each pair is {@code (a, b)}: {@code a} the key column pointing
 * at one side, {@code b} the other's; values are what the key columns store.
 */
final class JoinRows {
  private final ModelMeta<?> through;
  private final Engine engine;

  JoinRows(ModelMeta<?> through, Engine engine) {
    this.through = through;
    this.engine = engine;
  }

  /**
   * Inserts {@code (aValue, b)} for each of {@code bValues} into a hidden join table with one
   * statement per chunk that skips the pairs already there (Django's
   * {@code bulk_create(ignore_conflicts=True)}), so two callers adding the same pair at once both
   * succeed and the pair is stored once. The rows go in key order, so concurrent multi-row
   * inserts lock the unique index in the same order.
   */
  void insert(ForeignKeyMeta<?, ?> a, ForeignKeyMeta<?, ?> b, Object aValue, List<Object> bValues) {
    List<Object> sorted = sorted(bValues);
    FieldMeta aCol = a.column();
    FieldMeta bCol = b.column();
    List<String> unique = new ArrayList<>();
    for (FieldMeta f : through.uniqueTogether().get(0)) {
      unique.add(f.column());
    }
    for (List<Object> chunk : Batches.split(sorted, engine.dialect().rowsPerStatement(2))) {
      List<Object> params = new ArrayList<>(chunk.size() * 2);
      for (Object v : chunk) {
        params.add(engine.dialect().toDb(aCol.type(), aValue));
        params.add(engine.dialect().toDb(bCol.type(), v));
      }
      String insert = SqlCompiler.insertRows(engine.dialect(), through.table(), List.of(aCol, bCol), chunk.size());
      engine.update(new Sql(engine.dialect().insertIgnoringDuplicates(insert, unique), params));
    }
  }

  /**
   * Inserts rows of an application's through model as {@code bulkCreate} does (its defaults,
   * {@code autoNowAdd} fields and what the caller's {@code throughDefaults} set), without
   * skipping anything: the caller left out the pairs that exist, as Django's
   * {@code _get_missing_target_ids} does.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void insertRows(Database db, List<Entity> rows) {
    if (!rows.isEmpty()) {
      Persister.bulkCreate((ModelMeta) through, db, rows);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> sorted(List<Object> values) {
    List<Object> out = new ArrayList<>(values);
    if (out.stream().allMatch(v -> v instanceof Comparable)) {
      out.sort((x, y) -> ((Comparable) x).compareTo(y));
    }
    return out;
  }

  /** The values of column {@code b} in rows whose column {@code a} is {@code aValue}. */
  List<Object> values(ForeignKeyMeta<?, ?> a, ForeignKeyMeta<?, ?> b, Object aValue) {
    return values(rowsOf(a, aValue), b);
  }

  /** The values of column {@code b} among {@code bValues} in rows whose column {@code a} is {@code aValue}. */
  List<Object> values(ForeignKeyMeta<?, ?> a, ForeignKeyMeta<?, ?> b, Object aValue, List<Object> bValues) {
    return values(rowsOf(a, aValue).withFilter(leaf(b, Lookup.IN, bValues)), b);
  }

  private List<Object> values(Query q, ForeignKeyMeta<?, ?> b) {
    Sql sql = SqlCompiler.column(engine.dialect(), q, b.column());
    return engine.query(sql, (rs, r) -> {
      List<Object> out = new ArrayList<>();
      while (rs.next()) {
        r.seek(1);
        out.add(r.getValue(b.column().type()));
      }
      return out;
    });
  }

  /**
   * {@code SELECT COUNT(*)} of the rows whose column {@code a} is {@code aValue} and whose column
   * {@code b} is set: no join (Django #29725).
   */
  long count(ForeignKeyMeta<?, ?> a, Object aValue, ForeignKeyMeta<?, ?> b) {
    return engine.query(SqlCompiler.count(engine.dialect(), linksOf(a, aValue, b)), (rs, r) -> {
      rs.next();
      return rs.getLong(1);
    });
  }

  /** Whether a row has {@code aValue} in column {@code a} and column {@code b} set: no join (Django #29725). */
  boolean exists(ForeignKeyMeta<?, ?> a, Object aValue, ForeignKeyMeta<?, ?> b) {
    return engine.query(SqlCompiler.exists(engine.dialect(), linksOf(a, aValue, b)), (rs, r) -> rs.next());
  }

  /** A nullable target key: rows without one are no link (an INNER JOIN would drop them). */
  private Query linksOf(ForeignKeyMeta<?, ?> a, Object aValue, ForeignKeyMeta<?, ?> b) {
    Query q = rowsOf(a, aValue);
    return b.nullable() ? q.withFilter(leaf(b, Lookup.IS_NULL, false)) : q;
  }

  /**
   * Deletes the rows whose column {@code a} is {@code aValue} (and column {@code b} among
   * {@code bValues}). The rows of an application's through model are deleted as its query set's
   * {@code delete()} does: by one statement when nothing depends on them, else through the delete
   * collector (Django deletes them with {@code through.objects.filter(...).delete()}).
   */
  void delete(ForeignKeyMeta<?, ?> a, Object aValue, ForeignKeyMeta<?, ?> b, List<Object> bValues) {
    Query q = rowsOf(a, aValue);
    if (b != null) {
      q = q.withFilter(leaf(b, Lookup.IN, bValues));
    }
    if (through instanceof ThroughMeta || Collector.canFastDelete(through)) {
      engine.update(SqlCompiler.delete(engine.dialect(), q));
      return;
    }
    Sql sql = SqlCompiler.keys(engine.dialect(), q, true);
    List<Object> keys = engine.query(sql, (rs, r) -> {
      List<Object> out = new ArrayList<>();
      while (rs.next()) {
        r.seek(1);
        out.add(r.getValue(through.pk().type()));
      }
      return out;
    });
    if (!keys.isEmpty()) {
      new Collector(engine).deleteInTransaction(through, keys);
    }
  }

  private Query rowsOf(ForeignKeyMeta<?, ?> a, Object aValue) {
    return Query.of(through).withOrdering(List.of()).withFilter(leaf(a, Lookup.EXACT, aValue));
  }

  private Condition leaf(ForeignKeyMeta<?, ?> fk, Lookup l, Object v) {
    PathNode root = PathNode.root(through);
    return new Condition.Leaf(new ColumnExpr(root.forward(fk), fk.targetField()), l, v);
  }
}
