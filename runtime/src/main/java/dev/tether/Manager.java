package dev.tether;

import dev.tether.internal.query.Query;
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
    meta.save(o); // the model's own save(), overridden or not
    return o;
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

  @Override
  public String toString() {
    return meta.name() + ".objects";
  }
}
