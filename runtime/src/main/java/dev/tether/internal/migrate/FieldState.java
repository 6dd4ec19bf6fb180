package dev.tether.internal.migrate;

import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.SqlType;
import java.util.LinkedHashMap;
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
 */
public record FieldState(String name, Kind kind, String to, String column, SqlType type, int maxLength,
    boolean nullable, boolean unique, boolean indexed, boolean primaryKey, boolean autoIncrement,
    String defaultValue, String joinTable, String sourceColumn, String targetColumn, String toField) {

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
        fk == null ? null : fk.toField());
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
        autoIncrement, defaultValue, newJoinTable, sourceColumn, targetColumn, toField);
  }

  /** This field in the primary key ({@code key}) or out of it: a composite key's parts are never generated. */
  FieldState inKey(boolean key) {
    return new FieldState(name, kind, to, column, type, maxLength, nullable, unique, indexed, key,
        false, defaultValue, joinTable, sourceColumn, targetColumn, toField);
  }

  /** This field pointing at model {@code model} (renamed) instead. */
  FieldState pointingAt(String model) {
    return new FieldState(name, kind, model, column, type, maxLength, nullable, unique, indexed, primaryKey,
        autoIncrement, defaultValue, joinTable, sourceColumn, targetColumn, toField);
  }

  /** The column as {@link FieldMeta}, for the dialect and the schema editor. */
  FieldMeta toFieldMeta() {
    FieldMeta f = FieldMeta.of(name, column, type).withMaxLength(maxLength);
    f = nullable ? f.asNullable() : f;
    f = unique ? f.asUnique() : f;
    f = indexed ? f.asIndexed() : f;
    f = defaultValue != null ? f.withDefault(defaultValue) : f;
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
      f = new FieldState(name, kind, to, o.string("column"), type, maxLength,
          o.bool("nullable"), o.bool("unique"), o.bool("index"), o.bool("primaryKey"), o.bool("autoIncrement"),
          defaultValue, null, null, null, o.optString("toField"));
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
        case BOOLEAN, STRING, ENUM, BYTES -> { }
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
      case STRING, ENUM, BYTES -> "any text";
    };
  }

  /** {@code Article.headline}, for messages. */
  String label(String model) {
    return model + "." + name;
  }
}
