package dev.tether.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The allowed values of an enum column: for each constant, what the column stores (its name, or the
 * code or number its {@code @Choice} declares) and its label. Django's {@code choices}. Generated
 * code builds one per enum field; migrations build one from the stored values alone (no constants)
 * for the DDL's CHECK constraint.
 *
 * @param <E> the enum
 */
public final class Choices<E extends Enum<E>> {
  /** How the constants are stored. */
  public enum Storage {
    /** The constant's name, in a text column. */
    NAME,
    /** The declared {@code code}, in a text column. */
    CODE,
    /** The declared {@code number}, in an integer column. */
    NUMBER
  }

  /** The coded enums (by their class), so that any value of them binds as its code. */
  private static final Map<Class<?>, Choices<?>> CODED = new ConcurrentHashMap<>();

  private final Storage storage;
  private final List<E> constants;
  private final List<Object> stored;
  private final List<String> labels;
  private final List<String> names;

  private Choices(Storage storage, List<E> constants, List<String> names, List<Object> stored, List<String> labels) {
    this.storage = storage;
    this.constants = constants;
    this.names = List.copyOf(names);
    this.stored = Collections.unmodifiableList(stored);
    this.labels = labels;
  }

  /**
   * For generated code: the constants in declaration order, with what each stores; {@code total} is
   * the enum's number of constants now ({@code Status.values().length}), to catch an enum changed
   * after its models were compiled.
   */
  public static <E extends Enum<E>> Builder<E> builder(Storage storage, int total) {
    return new Builder<>(storage, total);
  }

  /** The constants' names and stored values alone, as a migration records them (no enum, no labels). */
  public static Choices<?> stored(Storage storage, List<String> names, List<?> values) {
    return new Choices<>(storage, null, names, new ArrayList<>(values), null);
  }

  /** The constants' names, in declaration order. */
  public List<String> names() {
    return names;
  }

  /**
   * What a value of an enum binds as: the code or number its {@code @Choice} declares once a model
   * storing that enum was loaded, else its name.
   */
  public static Object toDb(Enum<?> e) {
    Choices<?> c = CODED.get(e.getDeclaringClass());
    return c == null ? e.name() : c.code(e);
  }

  public Storage storage() {
    return storage;
  }

  /** Whether the column is an integer column. */
  public boolean numeric() {
    return storage == Storage.NUMBER;
  }

  /** The stored values, in declaration order: {@code String}s, or {@code Integer}s when numeric. */
  public List<Object> values() {
    return stored;
  }

  /** What {@code e} is stored as. */
  public Object code(Enum<?> e) {
    return stored.get(e.ordinal());
  }

  /** The label of {@code e}, or null for null (Django's {@code get_FOO_display()}). */
  public String label(E e) {
    return e == null ? null : labels.get(e.ordinal());
  }

  /**
   * The constant stored as {@code value}; null for null.
   *
   * @throws IllegalStateException when no constant is stored so (a row written outside Tether)
   */
  public E fromDb(Object value) {
    if (value == null) {
      return null;
    }
    Object v = value instanceof Number n && storage == Storage.NUMBER ? (Object) n.intValue() : value;
    int i = stored.indexOf(v);
    if (i < 0) {
      throw new IllegalStateException("the database holds " + (v instanceof String ? "\"" + v + "\"" : v)
          + ", which is none of " + constants.get(0).getDeclaringClass().getSimpleName() + "'s stored values "
          + stored);
    }
    return constants.get(i);
  }

  @Override
  public String toString() {
    return storage + " " + stored;
  }

  /**
   * Builds the choices of one enum, constant by constant in declaration order.
   *
   * @param <E> the enum
   */
  public static final class Builder<E extends Enum<E>> {
    private final Storage storage;
    private final List<E> constants = new ArrayList<>();
    private final List<Object> stored = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    private final int total;

    Builder(Storage storage, int total) {
      this.storage = storage;
      this.total = total;
    }

    /** A constant stored by name or by text code, with its label. */
    public Builder<E> add(E constant, String code, String label) {
      return put(constant, code, label);
    }

    /** A constant stored by number, with its label. */
    public Builder<E> add(E constant, int number, String label) {
      return put(constant, number, label);
    }

    private Builder<E> put(E constant, Object code, String label) {
      if (constant.ordinal() != constants.size()) {
        throw new IllegalStateException(constant.getDeclaringClass().getName() + " changed since the models using "
            + "it were compiled: recompile them");
      }
      constants.add(constant);
      stored.add(Objects.requireNonNull(code));
      labels.add(Objects.requireNonNull(label));
      return this;
    }

    public Choices<E> build() {
      List<String> names = new ArrayList<>();
      for (E e : constants) {
        names.add(e.name());
      }
      Choices<E> c = new Choices<>(storage, List.copyOf(constants), names, stored, List.copyOf(labels));
      if (constants.size() != total) {
        throw new IllegalStateException("an enum has " + total + " constants, but its models were compiled when it"
            + " had " + constants.size() + ": recompile them");
      }
      if (!constants.isEmpty()) {
        if (storage != Storage.NAME) {
          CODED.putIfAbsent(constants.get(0).getDeclaringClass(), c);
        }
      }
      return c;
    }
  }
}
