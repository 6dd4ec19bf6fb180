package dev.tether.internal.persist;

import dev.tether.Database;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.internal.sql.ModelSql;
import dev.tether.internal.sql.Sql;
import dev.tether.internal.sql.SqlCompiler;
import dev.tether.internal.related.ForeignKeys;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.Entity;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code save()} and {@code refreshFromDb()}: Django's {@code Model.save_base} and
 * {@code refresh_from_db}. Values are bound by generated code; statements come from
 * {@link ModelSql}, built once per model.
 */
public final class Persister {
  /** The object {@link #creating} is saving on this thread: inserted without the UPDATE first. */
  private static final ThreadLocal<Object> CREATING = new ThreadLocal<>();

  private Persister() {}

  /**
   * Runs {@code save} (the model's own {@code save()}, which a user may override) so that
   * {@code o}, and only {@code o}, is inserted without trying an UPDATE first: Django's
   * {@code create()}, which saves with {@code force_insert=True}.
   */
  public static void creating(Object o, Runnable save) {
    Object outer = CREATING.get();
    CREATING.set(o);
    try {
      save.run();
    } finally {
      if (outer == null) {
        CREATING.remove();
      } else {
        CREATING.set(outer);
      }
    }
  }

  /**
   * Inserts {@code o} when it has no key, else updates it (inserting when no row has its key, as
   * Django does). Related objects must be saved first; nothing is written otherwise. Calls the
   * model's {@code beforeSave()} first and {@code afterSave(created)} once written, where Django's
   * {@code save_base} sends {@code pre_save} and {@code post_save}.
   */
  public static <T extends Entity> void save(ModelMeta<T> meta, T o) {
    save(meta, o, CREATING.get() == o);
  }

  /**
   * {@link #save}; with {@code forceInsert} an object with a key is inserted without the UPDATE
   * first, as Django's {@code create()} ({@code force_insert=True}) does.
   */
  public static <T extends Entity> void save(ModelMeta<T> meta, T o, boolean forceInsert) {
    if (meta.isReference(o)) {
      throw new IllegalStateException(meta.name() + " #" + meta.pk(o) + " is a reference whose columns"
          + " were never loaded; load it through its relation accessor (or refreshFromDb()) before saving");
    }
    if (!meta.deferred(o).isEmpty() && meta.isPersisted(o) && meta.pk(o) != null) {
      // Django: a deferred instance saves only what it loaded (or was set), as update_fields
      Deferred.saveFields(meta, o, Deferred.loadedOrSet(meta, o));
      return;
    }
    meta.beforeSave(o);
    Engine e = meta.isPinned(o) ? Engines.of(meta.database(o)) : Engines.forObject(meta, o, meta.database(o), true);
    ForeignKeys.checkRelations(meta, o, e.database());
    Object[] stamped = meta.stampNow(o, now());
    try {
      write(e, meta, o, forceInsert);
    } catch (RuntimeException | Error failed) {
      meta.restoreStamped(o, stamped);
      throw failed;
    }
  }

  /** The time {@code autoNow} fields take: UTC, to the microsecond (what every database keeps). */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static <T extends Entity> void write(Engine e, ModelMeta<T> meta, T o, boolean forceInsert) {
    Dialect d = e.dialect();
    ModelSql s = ModelSql.of(meta, d);
    List<Object> values = new ArrayList<>(meta.fields().size());
    meta.bind(o, new RowWriter(d, meta.valueFields(), values));
    Object key = meta.pk(o);
    if (key == null && meta.hasCompositeKey()) {
      throw new IllegalStateException(meta.name() + " has a composite primary key (" + meta.keyNames()
          + "): set every field of it before saving (none is generated)");
    }
    if (key == null) {
      if (meta.pk().foreignKey() != null) {
        throw new IllegalStateException("save() prohibited to prevent data loss due to unsaved related "
            + meta.pk().foreignKey().target().name() + " in " + meta.pk().foreignKey()
            + ", the primary key: set it to a saved " + meta.pk().foreignKey().target().name() + " first");
      }
      if (!meta.pk().autoIncrement()) {
        throw new IllegalStateException(meta.name() + "." + meta.pk().name()
            + " is the primary key and is not generated: set it before saving");
      }
      Object generated = e.query(new Sql(s.insertAuto, values), (rs, r) -> {
        rs.next();
        Object k = r.getValue(meta.pk().type());
        // step to the end: SQLite reports a deferred constraint failure of an autocommit INSERT
        // only when the statement completes
        while (rs.next()) {
          // no more rows
        }
        return k;
      });
      meta.markSaved(o, generated, e.database());
      pointBack(meta, o);
      meta.afterSave(o, true);
      return;
    }
    List<Object> dbKey = dbKey(d, meta, key);
    int updated = 0;
    if (forceInsert) {
      updated = 0;
    } else if (s.updateByKey != null) {
      List<Object> params = new ArrayList<>(values);
      params.addAll(dbKey);
      updated = e.update(new Sql(s.updateByKey, params));
    } else {
      updated = e.query(new Sql(s.selectByKey, dbKey), (rs, r) -> rs.next() ? 1 : 0);
    }
    if (updated == 0) {
      values.addAll(dbKey);
      e.update(new Sql(s.insertWithKey, values));
    }
    meta.markSaved(o, key, e.database());
    pointBack(meta, o);
    meta.afterSave(o, updated == 0);
  }

  /** The key's column values as bound: one for a single-column key, one per column of a composite key. */
  static List<Object> dbKey(Dialect d, ModelMeta<?> meta, Object key) {
    List<Object> raw = dev.tether.internal.query.KeyMatch.values(meta, key);
    List<Object> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(d.toDb(meta.keyFields().get(i).type(), raw.get(i)));
    }
    return out;
  }

  /** After a save, each loaded one-to-one target knows this object as its reverse. */
  private static <T extends Entity> void pointBack(ModelMeta<T> meta, T o) {
    for (ForeignKeyMeta<T, ?> fk : meta.foreignKeys()) {
      pointBackOne(fk, o);
    }
  }

  private static <T extends Entity, X extends Entity> void pointBackOne(ForeignKeyMeta<T, X> fk, T o) {
    ForeignKeys.pointBack(fk, o, fk.get(o));
  }

  /**
   * Django's {@code bulk_create}: inserts {@code objects} with multi-row INSERTs sized under the
   * dialect's parameter limit, in one transaction, and sets each object's generated key. Every
   * object is bound before anything is written, so an unsaved related object fails the whole call.
   * The objects change only once the transaction (or savepoint) has committed: when any statement
   * fails, nothing is written and every object is as the caller gave it (no key it did not have,
   * still unsaved, {@code autoNow} fields as they were). {@code autoNow} and {@code autoNowAdd}
   * fields are set first, as Django's {@code pre_save} does.
   */
  public static <T extends Entity> List<T> bulkCreate(ModelMeta<T> meta, Database db, List<T> objects) {
    return bulkCreate(meta, db, objects, null);
  }

  /**
   * {@link #bulkCreate(ModelMeta, Database, List)} with {@code conflicts} (null: none). When
   * rows are skipped, no key is read back: objects without a key keep none (Django's
   * {@code ignore_conflicts}); an upsert reads back every row's key.
   */
  public static <T extends Entity> List<T> bulkCreate(ModelMeta<T> meta, Database db, List<T> objects,
      Conflicts conflicts) {
    if (conflicts != null) {
      check(meta, conflicts);
    }
    if (objects.isEmpty()) {
      return objects;
    }
    Instant now = now();
    List<Object[]> stamped = new ArrayList<>(objects.size());
    try {
      for (T o : objects) {
        stamped.add(meta.stampNow(o, now));
      }
      return insertAll(meta, db, objects, conflicts);
    } catch (RuntimeException | Error failed) {
      for (int i = 0; i < stamped.size(); i++) {
        meta.restoreStamped(objects.get(i), stamped.get(i));
      }
      throw failed;
    }
  }

  private static <T extends Entity> List<T> insertAll(ModelMeta<T> meta, Database db, List<T> objects,
      Conflicts conflicts) {
    Engine e = Engines.write(db, meta);
    Dialect d = e.dialect();
    List<FieldMeta> values = meta.valueFields();
    List<T> auto = new ArrayList<>();
    List<T> keyed = new ArrayList<>();
    List<Object> autoParams = new ArrayList<>(objects.size() * values.size());
    List<Object> keyedParams = new ArrayList<>();
    RowWriter writer = new RowWriter(d, values, autoParams);
    for (T o : objects) {
      if (meta.isPersisted(o)) {
        throw new IllegalStateException("bulkCreate() got a " + meta.name() + " that is already saved: " + o);
      }
      boolean hasKey = meta.pk(o) != null;
      List<Object> into = hasKey ? keyedParams : autoParams;
      meta.bind(o, writer.nextRow(into));
      if (hasKey) {
        into.addAll(dbKey(d, meta, meta.pk(o)));
        keyed.add(o);
      } else if (meta.hasCompositeKey()) {
        throw new IllegalStateException(meta.name() + " has a composite primary key (" + meta.keyNames()
            + "): set every field of it before bulkCreate()");
      } else if (!meta.pk().autoIncrement()) {
        throw new IllegalStateException(meta.name() + "." + meta.pk().name()
            + " is the primary key and is not generated: set it before bulkCreate()");
      } else {
        auto.add(o);
      }
    }
    List<Object> generated = new ArrayList<>(auto.size());
    e.atomic(() -> {
      generated.clear();
      boolean keys = conflicts == null || conflicts.update();
      insert(e, meta, values, auto.size(), autoParams, keys ? generated : null, conflicts);
      List<FieldMeta> withKey = new ArrayList<>(values);
      withKey.addAll(meta.keyFields());
      insert(e, meta, withKey, keyed.size(), keyedParams, null, conflicts);
      return null;
    });
    Database target = e.database();
    for (int i = 0; i < generated.size(); i++) {
      meta.markSaved(auto.get(i), generated.get(i), target);
    }
    for (T o : keyed) {
      meta.markSaved(o, meta.pk(o), target);
    }
    return objects;
  }

  /**
   * Inserts {@code rows} rows whose values are {@code params}; with {@code generated}, reads the
   * keys the database generated into it (RETURNING), in row order.
   */
  private static <T extends Entity> void insert(Engine e, ModelMeta<T> meta, List<FieldMeta> columns, int rows,
      List<Object> params, List<Object> generated, Conflicts conflicts) {
    if (rows == 0) {
      return;
    }
    boolean returning = generated != null;
    int perStatement = e.dialect().rowsPerStatement(columns.size());
    Dialect d = e.dialect();
    for (int start = 0; start < rows; start += perStatement) {
      int n = Math.min(perStatement, rows - start);
      String sql = meta.cached(List.of("insertRows", d, columns.size(), n, returning,
          conflicts == null ? "" : conflicts.key()),
          k -> onConflict(d, SqlCompiler.insertRows(d, meta.table(), columns, n), conflicts)
              + (returning ? " RETURNING " + d.quote(meta.pk().column()) : ""));
      List<Object> chunk = params.subList(start * columns.size(), (start + n) * columns.size());
      if (!returning) {
        e.update(new Sql(sql, chunk));
        continue;
      }
      e.query(new Sql(sql, chunk), (rs, r) -> {
        int i = 0;
        while (rs.next()) {
          r.seek(1);
          generated.add(r.getValue(meta.pk().type()));
          i++;
        }
        if (i != n) {
          throw new java.sql.SQLException("INSERT returned " + i + " keys for " + n + " rows");
        }
        return null;
      });
    }
  }

  private static String onConflict(Dialect d, String insert, Conflicts c) {
    if (c == null) {
      return insert;
    }
    if (!c.update()) {
      return d.insertIgnoringConflicts(insert);
    }
    return d.upsert(insert, columns(c.unique()), columns(c.set()));
  }

  private static List<String> columns(List<FieldMeta> fields) {
    List<String> out = new ArrayList<>(fields.size());
    for (FieldMeta f : fields) {
      out.add(f.column());
    }
    return out;
  }

  /** Django's checks of {@code bulk_create}'s conflict options. */
  private static void check(ModelMeta<?> meta, Conflicts c) {
    if (!c.update()) {
      return;
    }
    if (c.unique().isEmpty()) {
      throw new IllegalArgumentException("bulkCreate(" + meta.name() + "): OnConflict.update() needs the unique"
          + " fields whose conflict triggers the update");
    }
    if (c.set().isEmpty()) {
      throw new IllegalArgumentException("bulkCreate(" + meta.name() + "): OnConflict.update(...) needs the fields"
          + " to update: add .set(...)");
    }
    for (FieldMeta f : c.set()) {
      if (f.primaryKey()) {
        throw new IllegalArgumentException("bulkCreate(" + meta.name() + "): the primary key " + f.name()
            + " cannot be updated on conflict");
      }
    }
  }

  /** Reloads every column of {@code o} from its row; throws the model's DoesNotExist when gone. */
  public static <T extends Entity> void refresh(ModelMeta<T> meta, T o) {
    Object key = meta.pk(o);
    if (key == null) {
      throw new IllegalStateException("cannot refresh an unsaved " + meta.name());
    }
    Engine e = Engines.forObject(meta, o, meta.database(o), false);
    ModelSql s = ModelSql.of(meta, e.dialect());
    boolean found = e.query(new Sql(s.selectByKey, dbKey(e.dialect(), meta, key)),
        (rs, r) -> {
          if (!rs.next()) {
            return false;
          }
          meta.reload(o, r);
          return true;
        });
    if (!found) {
      throw meta.doesNotExist(meta.name() + " matching query does not exist: "
          + (meta.hasCompositeKey() ? "pk" : meta.pk().name()) + " eq " + key);
    }
  }
}
