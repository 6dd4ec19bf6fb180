package dev.tether.internal.related;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.query.ColumnExpr;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.sql.Batches;
import dev.tether.internal.sql.Sql;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements a many-to-many manager sends to its join table, on the table alone: insert
 * pairs (skipping those that exist), delete pairs, read one column, count. Each pair is
 * {@code (a, b)}: {@code a} the column of one side's key, {@code b} the other's.
 */
final class JoinRows {
  private final ThroughMeta through;
  private final Engine engine;

  JoinRows(ThroughMeta through, Engine engine) {
    this.through = through;
    this.engine = engine;
  }

  /**
   * Inserts {@code (aValue, b)} for each of {@code bValues} with one statement per chunk that
   * skips the pairs already there (Django's {@code bulk_create(ignore_conflicts=True)}), so two
   * callers adding the same pair at once both succeed and the pair is stored once. The rows go in
   * key order, so concurrent multi-row inserts lock the unique index in the same order.
   */
  void insert(ForeignKeyMeta<ThroughRow, ?> a, ForeignKeyMeta<ThroughRow, ?> b, Object aValue, List<Object> bValues) {
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

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> sorted(List<Object> values) {
    List<Object> out = new ArrayList<>(values);
    if (out.stream().allMatch(v -> v instanceof Comparable)) {
      out.sort((x, y) -> ((Comparable) x).compareTo(y));
    }
    return out;
  }

  /** The values of column {@code b} in rows whose column {@code a} is {@code aValue}. */
  List<Object> values(ForeignKeyMeta<ThroughRow, ?> a, ForeignKeyMeta<ThroughRow, ?> b, Object aValue) {
    Sql sql = SqlCompiler.column(engine.dialect(), rowsOf(a, aValue), b.column());
    return engine.query(sql, (rs, r) -> {
      List<Object> out = new ArrayList<>();
      while (rs.next()) {
        r.seek(1);
        out.add(r.getValue(b.column().type()));
      }
      return out;
    });
  }

  /** {@code SELECT COUNT(*)} of the rows whose column {@code a} is {@code aValue}: no join (Django #29725). */
  long count(ForeignKeyMeta<ThroughRow, ?> a, Object aValue) {
    return engine.query(SqlCompiler.count(engine.dialect(), rowsOf(a, aValue)), (rs, r) -> {
      rs.next();
      return rs.getLong(1);
    });
  }

  /** Whether a row has {@code aValue} in column {@code a}: no join (Django #29725). */
  boolean exists(ForeignKeyMeta<ThroughRow, ?> a, Object aValue) {
    return engine.query(SqlCompiler.exists(engine.dialect(), rowsOf(a, aValue)), (rs, r) -> rs.next());
  }

  /** Deletes the rows whose column {@code a} is {@code aValue} (and column {@code b} among {@code bValues}). */
  void delete(ForeignKeyMeta<ThroughRow, ?> a, Object aValue, ForeignKeyMeta<ThroughRow, ?> b, List<Object> bValues) {
    Query q = rowsOf(a, aValue);
    if (b != null) {
      q = q.withFilter(leaf(b, Lookup.IN, bValues));
    }
    engine.update(SqlCompiler.delete(engine.dialect(), q));
  }

  private Query rowsOf(ForeignKeyMeta<ThroughRow, ?> a, Object aValue) {
    return Query.of(through).withFilter(leaf(a, Lookup.EXACT, aValue));
  }

  private Condition leaf(ForeignKeyMeta<ThroughRow, ?> fk, Lookup l, Object v) {
    PathNode root = PathNode.root(through);
    return new Condition.Leaf(new ColumnExpr(root.forward(fk), fk.targetField()), l, v);
  }
}
