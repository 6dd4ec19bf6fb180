package dev.tether.internal.related;

import dev.tether.meta.Entity;
import dev.tether.meta.ModelMeta;

/**
 * Turns model objects into keys, in one place that refuses unsaved objects: Django's
 * {@code get_normalized_value}.
 */
public final class Keys {
  private Keys() {}

  /**
   * The key of {@code obj} for use in {@code where} (a lookup path or a relation, named in the
   * message); refuses an unsaved object.
   */
  public static <T extends Entity> Object of(ModelMeta<T> meta, T obj, String where) {
    if (obj == null) {
      throw new IllegalArgumentException(where + " got null where a " + meta.name() + " was expected");
    }
    Object key = meta.pk(obj);
    if (key == null || !meta.isPersisted(obj)) {
      throw new IllegalArgumentException(where + " got an unsaved " + meta.name()
          + " (" + obj + "); save it first");
    }
    return key;
  }

  /**
   * {@code key} as a key of {@code meta} (a whole number for a LONG or INT key is converted), for
   * {@code where}; refuses anything else, as Django's "Field 'id' expected a number but got 'x'".
   */
  public static Object ofType(ModelMeta<?> meta, Object key, String where) {
    Object k = ofType(meta.pk().type(), key);
    if (k == null) {
      throw new IllegalArgumentException(where + ": field '" + meta.pk().name() + "' of " + meta.name()
          + " expected a " + meta.pk().type() + " key but got "
          + (key == null ? "null" : "'" + key + "' (" + key.getClass().getSimpleName() + ")"));
    }
    return k;
  }

  private static Object ofType(dev.tether.meta.SqlType type, Object key) {
    if (key == null) {
      return null;
    }
    return switch (type) {
      case LONG -> key instanceof Long || key instanceof Integer || key instanceof Short
          ? (Object) ((Number) key).longValue() : null;
      case INT -> key instanceof Integer || key instanceof Short ? (Object) ((Number) key).intValue() : null;
      case SHORT -> key instanceof Short ? key : null;
      case STRING, ENUM -> key instanceof String ? key : null;
      case UUID -> key instanceof java.util.UUID ? key : null;
      default -> null;
    };
  }
}
