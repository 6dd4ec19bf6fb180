package dev.tether.meta;

import java.util.Objects;

/**
 * One column of a model's table: a scalar field, the primary key or the key column of a foreign
 * key. Immutable; generated code builds it with the {@code with...} methods.
 */
public final class FieldMeta {
  private final String name;
  private final String column;
  private final SqlType type;
  private final int maxLength;
  private final boolean nullable;
  private final boolean unique;
  private final boolean indexed;
  private final boolean primaryKey;
  private final boolean autoIncrement;
  private final String defaultValue;
  private final ForeignKeyMeta<?, ?> foreignKey;
  private final String renamedFrom;
  /** 0, or {@link #AUTO_NOW_ADD} or {@link #AUTO_NOW}. */
  private final byte auto;
  /** The allowed values of an enum column, or null. */
  private final Choices<?> choices;

  /**
   * The field's {@link dev.tether.Converter} or {@link dev.tether.JsonCodec}, or null; set only by
   * {@link #withConverter} on a new copy, which generated code calls last.
   */
  private Conversion converter;

  private static final byte AUTO_NOW_ADD = 1;
  private static final byte AUTO_NOW = 2;

  private FieldMeta(String name, String column, SqlType type, int maxLength, boolean nullable,
      boolean unique, boolean indexed, boolean primaryKey, boolean autoIncrement, String defaultValue,
      ForeignKeyMeta<?, ?> foreignKey, String renamedFrom, byte auto) {
    this(name, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement, defaultValue, foreignKey,
        renamedFrom, auto, null);
  }

  private FieldMeta(String name, String column, SqlType type, int maxLength, boolean nullable,
      boolean unique, boolean indexed, boolean primaryKey, boolean autoIncrement, String defaultValue,
      ForeignKeyMeta<?, ?> foreignKey, String renamedFrom, byte auto, Choices<?> choices) {
    this.name = Objects.requireNonNull(name);
    this.column = Objects.requireNonNull(column);
    this.type = Objects.requireNonNull(type);
    this.maxLength = maxLength;
    this.nullable = nullable;
    this.unique = unique;
    this.indexed = indexed;
    this.primaryKey = primaryKey;
    this.autoIncrement = autoIncrement;
    this.defaultValue = defaultValue;
    this.foreignKey = foreignKey;
    this.renamedFrom = renamedFrom;
    this.auto = auto;
    this.choices = choices;
  }

  /** A NOT NULL column with no options. */
  public static FieldMeta of(String name, String column, SqlType type) {
    return new FieldMeta(name, column, type, 0, false, false, false, false, false, null, null, null, (byte) 0);
  }

  /** The implicit {@code id} key: an auto-increment {@code BIGINT}. */
  public static FieldMeta autoId() {
    return of("id", "id", SqlType.LONG).asPrimaryKey(true);
  }

  public FieldMeta withMaxLength(int n) {
    return new FieldMeta(name, column, type, n, nullable, unique, indexed, primaryKey, autoIncrement, defaultValue, foreignKey, renamedFrom, auto, choices);
  }

  public FieldMeta asNullable() {
    return new FieldMeta(name, column, type, maxLength, true, unique, indexed, primaryKey, autoIncrement, defaultValue, foreignKey, renamedFrom, auto, choices);
  }

  public FieldMeta asUnique() {
    return new FieldMeta(name, column, type, maxLength, nullable, true, indexed, primaryKey, autoIncrement, defaultValue, foreignKey, renamedFrom, auto, choices);
  }

  public FieldMeta asIndexed() {
    return new FieldMeta(name, column, type, maxLength, nullable, unique, true, primaryKey, autoIncrement, defaultValue, foreignKey, renamedFrom, auto, choices);
  }

  /** The primary key; {@code generated} when the database assigns it. */
  public FieldMeta asPrimaryKey(boolean generated) {
    return new FieldMeta(name, column, type, maxLength, false, unique, indexed, true, generated, defaultValue, foreignKey, renamedFrom, auto, choices);
  }

  /** A default, as the literal text written in {@code @Field(defaultValue = ...)}. */
  public FieldMeta withDefault(String literal) {
    return new FieldMeta(name, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement, literal, foreignKey, renamedFrom, auto, choices);
  }

  FieldMeta withForeignKey(ForeignKeyMeta<?, ?> fk) {
    return new FieldMeta(name, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement, defaultValue, fk, renamedFrom, auto, choices);
  }

  /**
   * The field's previous Java name ({@code @Field(renamedFrom = "...")}), for
   * {@code makemigrations}; null when it was not renamed.
   */
  public FieldMeta withRenamedFrom(String oldName) {
    return new FieldMeta(name, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement, defaultValue,
        foreignKey, oldName == null || oldName.isEmpty() ? null : oldName, auto, choices);
  }

  /**
   * Set to the current time by {@code save()} and {@code bulkCreate()}: on every save
   * ({@code everySave}, Django's {@code auto_now}) or on insert only ({@code auto_now_add}).
   */
  public FieldMeta withAutoNow(boolean everySave) {
    return new FieldMeta(name, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement, defaultValue,
        foreignKey, renamedFrom, everySave ? AUTO_NOW : AUTO_NOW_ADD, choices);
  }

  /**
   * The allowed values of an enum column: what each constant stores and its label. The column gets
   * a CHECK constraint listing them.
   */
  public FieldMeta withChoices(Choices<?> c) {
    return new FieldMeta(name, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement, defaultValue,
        foreignKey, renamedFrom, auto, c);
  }

  /** The allowed values of an enum column, or null for any other column. */
  public Choices<?> choices() {
    return choices;
  }

  /**
   * A copy whose values go through {@code converter} (a field's {@code @Convert}) between the
   * field's type and the column's. Generated code calls it last: the other {@code with...}
   * methods do not keep it.
   */
  @SuppressWarnings("unchecked")
  public FieldMeta withConverter(dev.tether.Converter<?, ?> converter) {
    dev.tether.Converter<Object, Object> c = (dev.tether.Converter<Object, Object>) converter;
    return copyConverting(c::toColumn, c::fromColumn);
  }

  /** A copy whose values go through the JSON {@code codec} (a field's {@code @Json(codec)}). */
  @SuppressWarnings("unchecked")
  public FieldMeta withCodec(dev.tether.JsonCodec<?> codec) {
    dev.tether.JsonCodec<Object> c = (dev.tether.JsonCodec<Object>) codec;
    return copyConverting(c::toJson, s -> c.fromJson((String) s));
  }

  private FieldMeta copyConverting(java.util.function.Function<Object, Object> to,
      java.util.function.Function<Object, Object> from) {
    FieldMeta f = new FieldMeta(name, column, type, maxLength, nullable, unique, indexed, primaryKey, autoIncrement,
        defaultValue, foreignKey, renamedFrom, auto);
    f.converter = new Conversion(to, from);
    return f;
  }

  /** Whether values of this field are converted ({@code @Convert}, {@code @Json} with a codec). */
  public boolean converted() {
    return converter != null;
  }

  /** The column value of a field value: the converter's, or the value itself; null stays null. */
  public Object toColumn(Object value) {
    return converter == null || value == null ? value : converter.to.apply(value);
  }

  /** The field value of a column value: the converter's, or the value itself; null stays null. */
  public Object fromColumn(Object value) {
    return converter == null || value == null ? value : converter.from.apply(value);
  }

  private record Conversion(java.util.function.Function<Object, Object> to,
      java.util.function.Function<Object, Object> from) {}

  /** Django's {@code auto_now}: set on every save. */
  public boolean autoNow() {
    return auto == AUTO_NOW;
  }

  /** Django's {@code auto_now_add}: set when the row is inserted. */
  public boolean autoNowAdd() {
    return auto == AUTO_NOW_ADD;
  }

  /** The Java field name. */
  public String name() {
    return name;
  }

  /** The column name. */
  public String column() {
    return column;
  }

  public SqlType type() {
    return type;
  }

  /** {@code VARCHAR} length, 0 for unbounded. */
  public int maxLength() {
    return maxLength;
  }

  public boolean nullable() {
    return nullable;
  }

  public boolean unique() {
    return unique;
  }

  public boolean indexed() {
    return indexed;
  }

  public boolean primaryKey() {
    return primaryKey;
  }

  public boolean autoIncrement() {
    return autoIncrement;
  }

  /** The default literal, or null. */
  public String defaultValue() {
    return defaultValue;
  }

  /** The foreign key this column stores, or null for a scalar column. */
  public ForeignKeyMeta<?, ?> foreignKey() {
    return foreignKey;
  }

  /** The field's previous Java name when the model marks a rename, or null. */
  public String renamedFrom() {
    return renamedFrom;
  }

  @Override
  public String toString() {
    return name + " (" + column + " " + type + ")";
  }
}
