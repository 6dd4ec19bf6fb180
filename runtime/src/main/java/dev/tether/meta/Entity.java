package dev.tether.meta;

import dev.tether.Database;
import dev.tether.DeleteResult;
import dev.tether.internal.deletion.Collector;
import dev.tether.internal.persist.Persister;
import dev.tether.internal.persist.Validator;
import java.util.HashMap;
import java.util.Map;

/**
 * The superclass of every generated model base ({@code ArticleModel extends Entity}), Django's
 * {@code models.Model}: the methods every model has alike ({@link #save()}, {@link #delete()},
 * {@link #refreshFromDb()}, {@link #fullClean()}, the lifecycle hooks, {@code equals}/{@code hashCode}),
 * and the state Tether keeps beside a model's columns, Django's {@code Model._state}, which the runtime
 * reaches through {@link ModelMeta}. The generated base adds what is typed per model: the manager,
 * the key, the relations and the bean accessors.
 */
public abstract class Entity {
  /** Never saved (or deleted since): {@code save()} inserts. */
  static final byte NEW = 0;
  /** Loaded from or saved to the database. */
  static final byte PERSISTED = 1;
  /** A key-only reference to a row whose columns were never read: the relation was not loaded. */
  static final byte REFERENCE = 2;

  transient Database db;
  /** Whether {@code db} was chosen by {@code objects.using(db).create(...)}: the next save goes there, unrouted. */
  transient boolean pinned;
  transient byte state = NEW;
  /** Strict loading of this object's relations: 0 follows the database, 1 on, 2 off. */
  transient byte strict;
  /** Per-relation caches (prefetched lists, reverse one-to-one objects), created on first use. */
  transient Map<Object, Object> relationCache;
  /** The fields {@code only()}/{@code defer()} left unread and not loaded since; null for none. */
  transient java.util.Set<String> deferred;
  /** The model's metadata, set by the generated base's constructor ({@link ModelMeta#adopt}). */
  transient ModelMeta<?> meta;

  /** For generated code only. */
  protected Entity() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ModelMeta<Entity> meta() {
    return (ModelMeta) meta;
  }

  /**
   * Inserts this row, or updates it when it has a key. Django's {@code save()}. A model may override
   * it (calling {@code super.save()}); {@code objects.create()} and the related managers save through it.
   * @throws IllegalStateException if a related object is unsaved (nothing is written)
   * @throws dev.tether.IntegrityException if the database refuses the row
   */
  public void save() {
    Persister.save(meta(), this);
  }

  /**
   * Deletes this row and what cascades from it, in one transaction; the key becomes
   * {@code null}. Django's {@code delete()}.
   * @throws IllegalStateException if this object was never saved
   */
  public DeleteResult delete() {
    return Collector.deleteObject(meta(), this);
  }

  /** Reloads every column from the database. Django's {@code refresh_from_db()}. */
  public void refreshFromDb() {
    Persister.refresh(meta(), this);
  }

  /**
   * Checks every column's nullability and length and every unique field and group (one
   * query each, leaving out this row), before the database sees them. Django's
   * {@code full_clean()}. {@link #save()} does not call it.
   * @throws dev.tether.ValidationException with the messages per field
   */
  public void fullClean() {
    Validator.fullClean(meta(), this);
  }

  /**
   * Called by {@link #save()} (and so by {@code objects.create()} and the related managers'
   * {@code create()}/{@code add(false, ...)}) before the row is written; may change fields. Django's
   * {@code pre_save}. Not called by {@code bulkCreate}, {@code update()} or {@code bulkUpdate}.
   */
  protected void beforeSave() {}

  /**
   * Called by {@link #save()} once the row is written, in its transaction if any;
   * {@code created} when it was inserted. Django's {@code post_save}. Not called by
   * {@code bulkCreate}, {@code update()} or {@code bulkUpdate}.
   */
  protected void afterSave(boolean created) {}

  /**
   * Called before this row is deleted, by {@link #delete()} or by a delete that cascades to
   * it, before any row of that delete goes. Django's {@code pre_delete}. Overriding it makes
   * deletes fetch this model's rows instead of deleting them by one query.
   */
  protected void beforeDelete() {}

  /**
   * Called once every row of the delete that removed this one is gone, in its transaction.
   * Django's {@code post_delete}. Overriding it makes deletes fetch this model's rows.
   */
  protected void afterDelete() {}

  /**
   * Django's model equality: another object of the same model with the same key. An unsaved object
   * equals only itself.
   */
  @Override
  public boolean equals(Object other) {
    ModelMeta<Entity> m = meta();
    return m == null ? this == other : m.sameRow(this, other);
  }

  /**
   * The key's hash; while unsaved, the identity hash (so do not keep unsaved objects in
   * hash sets across their first save).
   */
  @Override
  public int hashCode() {
    ModelMeta<Entity> m = meta();
    return m == null ? System.identityHashCode(this) : m.rowHash(this);
  }

  final Map<Object, Object> cache() {
    Map<Object, Object> c = relationCache;
    if (c == null) {
      c = relationCache = new HashMap<>(4);
    }
    return c;
  }
}
