package dev.tether.meta;

import dev.tether.Database;
import java.util.HashMap;
import java.util.Map;

/**
 * The superclass of every generated model base ({@code ArticleModel extends Entity}): the state
 * Tether keeps beside a model's columns, Django's {@code Model._state}. It has no public members;
 * the runtime reaches the state through {@link ModelMeta}.
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

  /** For generated code only. */
  protected Entity() {}

  final Map<Object, Object> cache() {
    Map<Object, Object> c = relationCache;
    if (c == null) {
      c = relationCache = new HashMap<>(4);
    }
    return c;
  }
}
