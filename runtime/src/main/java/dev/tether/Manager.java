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
   * {@code Article.objects.create(a -> { a.headline = "x"; a.reporter = r; })}. Saves through
   * the model's {@code save()}, so an override of it runs, and so do {@code beforeSave()} and
   * {@code afterSave(true)}.
   */
  public T create(Consumer<? super T> init) {
    T o = meta.instantiate();
    if (db != null) {
      meta.useDatabase(o, db);
    }
    init.accept(o);
    // the model's own save(), overridden or not, inserting without an UPDATE first (Django's
    // create(): save(force_insert=True))
    dev.tether.internal.persist.Persister.creating(o, () -> meta.save(o));
    return o;
  }

  /** What {@code getOrCreate}/{@code updateOrCreate} create with: {@link #create}. */
  @Override
  T createNew(Consumer<? super T> init) {
    return create(init);
  }

  /**
   * Inserts many new objects with a few multi-row INSERTs, in one transaction, and sets their
   * keys: Django's {@code bulk_create}. Nothing is written when any object cannot be (an unsaved
   * related object, say), and then every object is left as it was: unsaved, with no key it did not
   * have. Returns {@code objects}. As Django's, it neither calls the models' {@code save()} nor
   * their {@code beforeSave()}/{@code afterSave()} hooks.
   */
  public List<T> bulkCreate(List<T> objects) {
    return dev.tether.internal.persist.Persister.bulkCreate(meta, db, objects);
  }

  /**
   * {@link #bulkCreate(List)} with Django's conflict handling: {@link OnConflict#ignore()} skips
   * rows breaking a unique constraint (and, as Django, sets no generated key on any object);
   * {@code OnConflict.update(uniqueFields).set(fields)} updates the existing row instead (an
   * upsert) and sets every object's key.
   */
  public List<T> bulkCreate(List<T> objects, OnConflict<T> onConflict) {
    return dev.tether.internal.persist.Persister.bulkCreate(meta, db, objects,
        new dev.tether.internal.persist.Conflicts(onConflict.updates(), onConflict.uniqueFields(),
            onConflict.updateFields()));
  }

  /**
   * Writes {@code fields} of saved objects with one UPDATE per batch ({@code CASE WHEN pk = ?
   * THEN ? ... END}), in one transaction: Django's {@code bulk_update}. Returns the rows matched.
   * <pre>{@code
   * for (Article a : articles) a.headline = a.headline.trim();
   * Article.objects.bulkUpdate(articles, Article_.headline);
   * }</pre>
   * Every object must have a key; the primary key cannot be a field (IllegalArgumentException).
   */
  @SafeVarargs
  public final int bulkUpdate(List<T> objects, dev.tether.path.FieldPath<T>... fields) {
    List<dev.tether.meta.FieldMeta> fs = new java.util.ArrayList<>(fields.length);
    for (dev.tether.path.FieldPath<T> f : fields) {
      fs.add(f.ownColumn());
    }
    return dev.tether.internal.persist.BulkUpdate.run(meta, db, objects, fs);
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
