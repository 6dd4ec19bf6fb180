package dev.tether.meta;

import java.util.Map;

/**
 * The values {@code annotate(...)} computed for an object, kept beside its relation cache and keyed
 * by the annotated expression; for the runtime.
 */
public final class AnnotationValues {
  private AnnotationValues() {}

  private record Key(Object expression) {}

  /** Stores {@code value} of {@code expression} on {@code object}. */
  public static void put(Entity object, Object expression, Object value) {
    object.cache().put(new Key(expression), value);
  }

  /** Whether {@code object} carries a value for {@code expression}. */
  public static boolean has(Entity object, Object expression) {
    Map<Object, Object> c = object.relationCache;
    return c != null && c.containsKey(new Key(expression));
  }

  /** The value of {@code expression} on {@code object} (null when it was NULL). */
  public static Object get(Entity object, Object expression) {
    return object.cache().get(new Key(expression));
  }
}
