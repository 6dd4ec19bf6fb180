package dev.tether.internal.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed JSON object read with typed getters that name the place of a mistake, and refuse keys
 * nobody asked for (a misspelt key in a hand-edited migration is an error, not a silent default).
 */
final class JsonObject {
  private final Map<String, Object> map;
  private final String where;
  private final Set<String> read = new HashSet<>();

  JsonObject(Object value, String where) {
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) value;
    this.map = m;
    this.where = where;
  }

  boolean has(String key) {
    return map.containsKey(key);
  }

  String string(String key) {
    String s = optString(key);
    if (s == null) {
      throw error("\"" + key + "\" is required");
    }
    return s;
  }

  String optString(String key) {
    read.add(key);
    Object v = map.get(key);
    if (v != null && !(v instanceof String)) {
      throw error("\"" + key + "\" must be a string");
    }
    return (String) v;
  }

  boolean bool(String key) {
    read.add(key);
    Object v = map.get(key);
    if (v != null && !(v instanceof Boolean)) {
      throw error("\"" + key + "\" must be true or false");
    }
    return Boolean.TRUE.equals(v);
  }

  int integer(String key, int otherwise) {
    read.add(key);
    Object v = map.get(key);
    if (v == null) {
      return otherwise;
    }
    if (!(v instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw error("\"" + key + "\" must be a whole number");
    }
    return (int) (long) l;
  }

  /** A list of objects, each read with its index in the place it names. */
  List<JsonObject> objects(String key) {
    List<JsonObject> out = new ArrayList<>();
    int i = 0;
    for (Object o : list(key)) {
      out.add(new JsonObject(o, where + "." + key + "[" + i++ + "]"));
    }
    return out;
  }

  JsonObject object(String key) {
    read.add(key);
    return new JsonObject(map.get(key), where + "." + key);
  }

  /** A list of strings, or null when the key is absent. */
  List<String> strings(String key) {
    if (!has(key)) {
      read.add(key);
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object o : list(key)) {
      if (!(o instanceof String s)) {
        throw error("\"" + key + "\" must hold strings");
      }
      out.add(s);
    }
    return out;
  }

  /**
   * An enum column's stored values by constant name: all strings, or all whole numbers (as
   * {@code Long}s), none twice; null when the key is absent.
   */
  java.util.Map<String, Object> choices(String key) {
    read.add(key);
    Object v = map.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof java.util.Map<?, ?> m)) {
      throw error("\"" + key + "\" must map each constant to what it stores");
    }
    java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
      Object o = e.getValue();
      boolean same = out.isEmpty() || out.values().iterator().next().getClass() == o.getClass();
      if (!(o instanceof String || o instanceof Long) || !same || out.containsValue(o)) {
        throw error("\"" + key + "\" must hold distinct strings or distinct whole numbers");
      }
      out.put((String) e.getKey(), o);
    }
    return out;
  }

  private List<?> list(String key) {
    read.add(key);
    Object v = map.get(key);
    if (!(v instanceof List<?> l)) {
      throw error("\"" + key + "\" must be a list");
    }
    return l;
  }

  /** Refuses the keys no getter read. */
  void checkKeys() {
    for (String k : map.keySet()) {
      if (!read.contains(k)) {
        throw error("unknown key \"" + k + "\"");
      }
    }
  }

  IllegalArgumentException error(String what) {
    return new IllegalArgumentException(where + ": " + what);
  }
}
