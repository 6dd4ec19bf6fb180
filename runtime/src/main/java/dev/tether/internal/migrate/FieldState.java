package dev.tether.internal.migrate;

import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.SqlType;
import dev.tether.meta.Choices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of a model as migrations record it: a column (scalar, key, foreign key or one-to-one)
 * or a many-to-many with its join table. Only what the schema depends on: no Java types, no
 * {@code onDelete} (the runtime enforces it), no reverse names. Django's field in a
 * {@code ModelState}.
 *
 * @param to the model a relation points at, by name; null for a scalar field
 * @param column the column, null for a many-to-many
 * @param type the column's type (a foreign key's is its target's key type), null for a many-to-many
 * @param toField the target's field a foreign key references when not its key (Django's
 *     {@code to_field}), else null
 * @param choices what each constant of an enum column stores, by constant name in declaration order
 *     ({@code String}s, or {@code Long}s for an enum stored by number); null for any other column
 */
public record FieldState(String name, Kind kind, String to, String column, SqlType type, int maxLength,
    boolean nullable, boolean unique, boolean indexed, boolean primaryKey, boolean autoIncrement,
    String defaultValue, String joinTable, String sourceColumn, String targetColumn, String toField,
    Map<String, Object> choices) {

  /** What a field is, with its key in migration files. */
  public enum Kind {
    FIELD(null),
    FOREIGN_KEY("foreignKey"),
    ONE_TO_ONE("oneToOne"),
    MANY_TO_MANY("manyToMany");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  public FieldState {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.MANY_TO_MANY) {
      Objects.requireNonNull(joinTable, "joinTable");
      Objects.requireNonNull(sourceColumn, "sourceColumn");
      Objects.requireNonNull(targetColumn, "targetColumn");
    } else {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(type, "type");
    }
    if (kind != Kind.FIELD) {
      Objects.requireNonNull(to, "the model a relation points at");
    }
    choices = choices == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
  }

  /** A column without choices. */
  public FieldState(String name, Kind kind, String to, String column, SqlType type, int maxLength,
      boolean nullable, boolean unique, boolean indexed, boolean primaryKey, boolean autoIncrement,
      String defaultValue, String joinTable, String sourceColumn, String targetColumn, String toField) {
    this(name, kind, to, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement, defaultValue,
        joinTable, sourceColumn, targetColumn, toField, null);
  }

  /** A field whose relation, if any, references its target's key. */
  public FieldState(String name, Kind kind, String to, String column, SqlType type, int maxLength,
      boolean nullable, boolean unique, boolean indexed, boolean primaryKey, boolean autoIncrement,
      String defaultValue, String joinTable, String sourceColumn, String targetColumn) {
    this(name, kind, to, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement, defaultValue,
        joinTable, sourceColumn, targetColumn, null);
  }

  /** The state of a compiled column (a foreign key's column included). */
  static FieldState of(FieldMeta f) {
    ForeignKeyMeta<?, ?> fk = f.foreignKey();
    Kind kind = fk == null ? Kind.FIELD : fk.oneToOne() ? Kind.ONE_TO_ONE : Kind.FOREIGN_KEY;
    String to = fk == null ? null : ProjectState.key(fk.target());
    return new FieldState(f.name(), kind, to, f.column(), f.type(), f.maxLength(), f.nullable(), f.unique(),
        f.indexed(), f.primaryKey(), f.autoIncrement(), f.defaultValue(), null, null, null,
        fk == null ? null : fk.toField(), choices(f.choices()));
  }

  /** The stored values of {@code c} as migrations record them: numbers as {@code Long}s. */
  private static Map<String, Object> choices(Choices<?> c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < c.values().size(); i++) {
      Object v = c.values().get(i);
      out.put(c.names().get(i), v instanceof Number n ? (Object) n.longValue() : v);
    }
    return out;
  }

  /** Whether the column stores an enum by number. */
  boolean numberChoices() {
    return choices != null && choices.values().stream().anyMatch(v -> v instanceof Long);
  }

  /** The state of a compiled many-to-many. */
  static FieldState of(ManyToManyMeta<?, ?> m) {
    return new FieldState(m.name(), Kind.MANY_TO_MANY, ProjectState.key(m.target()), null, null, 0, false, false,
        false, false, false, null, m.through().table(), m.sourceKey().column().column(),
        m.targetKey().column().column());
  }

  public boolean isManyToMany() {
    return kind == Kind.MANY_TO_MANY;
  }

  /** A foreign key or one-to-one: a column that references another table. */
  public boolean isForeignKey() {
    return kind == Kind.FOREIGN_KEY || kind == Kind.ONE_TO_ONE;
  }

  FieldState renamed(String newName, String newColumn, String newJoinTable) {
    return new FieldState(newName, kind, to, newColumn, type, maxLength, nullable, unique, indexed, primaryKey,
        autoIncrement, defaultValue, newJoinTable, sourceColumn, targetColumn, toField, choices);
  }

  /** This field in the primary key ({@code key}) or out of it: a composite key's parts are never generated. */
  FieldState inKey(boolean key) {
    return new FieldState(name, kind, to, column, type, maxLength, nullable, unique, indexed, key,
        false, defaultValue, joinTable, sourceColumn, targetColumn, toField);
  }

  /** This field pointing at model {@code model} (renamed) instead. */
  FieldState pointingAt(String model) {
    return new FieldState(name, kind, model, column, type, maxLength, nullable, unique, indexed, primaryKey,
        autoIncrement, defaultValue, joinTable, sourceColumn, targetColumn, toField, choices);
  }

  /** The column as {@link FieldMeta}, for the dialect and the schema editor. */
  FieldMeta toFieldMeta() {
    FieldMeta f = FieldMeta.of(name, column, type).withMaxLength(maxLength);
    f = nullable ? f.asNullable() : f;
    f = unique ? f.asUnique() : f;
    f = indexed ? f.asIndexed() : f;
    f = defaultValue != null ? f.withDefault(defaultValue) : f;
    if (choices != null) {
      f = f.withChoices(Choices.stored(numberChoices() ? Choices.Storage.NUMBER : Choices.Storage.CODE,
          List.copyOf(choices.keySet()), List.copyOf(choices.values())));
    }
    return primaryKey ? f.asPrimaryKey(autoIncrement) : f;
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    if (kind.key != null) {
      m.put(kind.key, to);
    }
    if (toField != null) {
      m.put("toField", toField);
    }
    if (isManyToMany()) {
      m.put("joinTable", joinTable);
      m.put("sourceColumn", sourceColumn);
      m.put("targetColumn", targetColumn);
      return m;
    }
    m.put("column", column);
    m.put("type", type.name());
    if (maxLength > 0) {
      m.put("maxLength", maxLength);
    }
    flag(m, "nullable", nullable);
    flag(m, "unique", unique);
    flag(m, "index", indexed);
    if (defaultValue != null) {
      m.put("default", defaultValue);
    }
    flag(m, "primaryKey", primaryKey);
    flag(m, "autoIncrement", autoIncrement);
    if (choices != null) {
      m.put("choices", choices);
    }
    return m;
  }

  private static void flag(Map<String, Object> m, String key, boolean on) {
    if (on) {
      m.put(key, true);
    }
  }

  static FieldState fromJson(JsonObject o) {
    Kind kind = Kind.FIELD;
    String to = null;
    for (Kind k : Kind.values()) {
      if (k.key != null && o.has(k.key)) {
        if (to != null) {
          throw o.error("a field has one kind of relation");
        }
        kind = k;
        to = o.string(k.key);
      }
    }
    String name = o.string("name");
    FieldState f;
    if (kind == Kind.MANY_TO_MANY) {
      f = new FieldState(name, kind, to, null, null, 0, false, false, false, false, false, null,
          o.string("joinTable"), o.string("sourceColumn"), o.string("targetColumn"));
    } else {
      SqlType type;
      try {
        type = SqlType.valueOf(o.string("type"));
      } catch (IllegalArgumentException e) {
        throw o.error("unknown type \"" + o.string("type") + "\"");
      }
      int maxLength = o.integer("maxLength", 0);
      if (o.has("maxLength") && maxLength < 1) {
        throw o.error("\"maxLength\" is " + maxLength + ": it must be at least 1 (leave it out for text of any"
            + " length)");
      }
      String defaultValue = o.optString("default");
      checkLiteral(o, "default", type, defaultValue);
      Map<String, Object> choices = o.choices("choices");
      if (choices != null && type != SqlType.ENUM) {
        throw o.error("\"choices\" belong to an ENUM column, not a " + type + " one");
      }
      f = new FieldState(name, kind, to, o.string("column"), type, maxLength,
          o.bool("nullable"), o.bool("unique"), o.bool("index"), o.bool("primaryKey"), o.bool("autoIncrement"),
          defaultValue, null, null, null, o.optString("toField"), choices);
    }
    o.checkKeys();
    return f;
  }

  /**
   * Refuses a {@code default} or {@code fillWith} that is not a literal of {@code type}, naming
   * the place: otherwise {@code migrate} would fail on it later, in the middle of the SQL.
   */
  static void checkLiteral(JsonObject o, String key, SqlType type, String v) {
    if (v == null) {
      return;
    }
    boolean ok;
    try {
      switch (type) {
        case INT -> Integer.parseInt(v);
        case LONG -> Long.parseLong(v);
        case SHORT -> Short.parseShort(v);
        case DOUBLE, FLOAT, DECIMAL -> new java.math.BigDecimal(v);
        case DATE -> java.time.LocalDate.parse(v);
        case DATETIME -> java.time.LocalDateTime.parse(v);
        case INSTANT -> java.time.Instant.parse(v);
        case UUID -> java.util.UUID.fromString(v);
        case TIME -> java.time.LocalTime.parse(v);
        case OFFSET_DATETIME -> java.time.OffsetDateTime.parse(v);
        case DURATION -> java.time.Duration.parse(v);
        case BOOLEAN, STRING, ENUM, BYTES, JSON -> { }
      }
      ok = type != SqlType.BOOLEAN || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    } catch (RuntimeException e) {
      ok = false;
    }
    if (!ok) {
      throw o.error("\"" + key + "\" is \"" + v + "\", which is not a " + type + " value: write " + example(type));
    }
  }

  private static String example(SqlType type) {
    return switch (type) {
      case INT, LONG, SHORT -> "a whole number in the type's range, such as \"0\"";
      case DOUBLE, FLOAT, DECIMAL -> "a number, such as \"0\" or \"1.5\"";
      case BOOLEAN -> "true or false";
      case DATE -> "a date, such as \"2024-01-31\"";
      case DATETIME -> "a date-time, such as \"2024-01-31T12:00:00\"";
      case INSTANT -> "an instant, such as \"2024-01-31T12:00:00Z\"";
      case UUID -> "a UUID, such as \"00000000-0000-0000-0000-000000000000\"";
      case TIME -> "a time, such as \"12:30:00\"";
      case OFFSET_DATETIME -> "a date-time with offset, such as \"2024-01-31T12:00:00+01:00\"";
      case DURATION -> "an ISO-8601 duration, such as \"PT1H30M\"";
      case STRING, ENUM, BYTES, JSON -> "any text";
    };
  }

  /** {@code Article.headline}, for messages. */
  String label(String model) {
    return model + "." + name;
  }
}
