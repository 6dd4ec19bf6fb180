package dev.tether;

import dev.tether.internal.query.Query;
import dev.tether.internal.sql.RawSql;
import dev.tether.meta.Entity;
import dev.tether.meta.ModelMeta;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A model's manager, {@code Article.objects}: every {@link QuerySet} method over all rows, plus
 * creation. Works on the default database, or on another through {@link #using}.
 *
 * @param <T> the model
 */
public class Manager<T extends Entity> extends QuerySet<T> {

  /** For generated code: the default manager of a model. */
  public Manager(ModelMeta<T> meta) {
    this(meta, null);
  }

  private Manager(ModelMeta<T> meta, Database db) {
    super(meta, db, Query.of(meta));
  }

  /** This manager on another database: {@code Article.objects.using(db)}. */
  @Override
  public Manager<T> using(Database database) {
    return new Manager<>(meta, Objects.requireNonNull(database, "database"));
  }

  /**
   * Makes a new object, lets {@code init} set its fields, saves it and returns it:
   * {@code Article.objects.create(a -> { a.headline = "x"; a.reporter = r; })}.
   */
  public T create(Consumer<? super T> init) {
    T o = meta.instantiate();
    if (db != null) {
      meta.useDatabase(o, db);
    }
    init.accept(o);
    dev.tether.internal.persist.Persister.save(meta, o);
    return o;
  }

  /**
   * Inserts many new objects with a few multi-row INSERTs, in one transaction, and sets their
   * keys: Django's {@code bulk_create}. Nothing is written when any object cannot be (an unsaved
   * related object, say). Returns {@code objects}.
   */
  public List<T> bulkCreate(List<T> objects) {
    for (T o : objects) {
      if (db != null) {
        meta.useDatabase(o, db);
      }
    }
    return dev.tether.internal.persist.Persister.bulkCreate(meta, db, objects);
  }

  /**
   * The objects of a SELECT written in SQL, Django's {@code Manager.raw()}:
   * {@code Article.objects.raw("SELECT * FROM article WHERE views > ?", 10)}. Each {@code ?} is bound
   * to the next argument; the columns are matched to the model's by name, and a column the model does
   * not have (or a column of the model missing) throws IllegalArgumentException naming it. Runs in the
   * current transaction.
   */
  public List<T> raw(String sql, Object... args) {
    return RawSql.models(engine(), meta, sql, args);
  }

  @Override
  public String toString() {
    return meta.name() + ".objects";
  }
}
