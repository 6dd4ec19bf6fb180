package dev.tether.meta;

import dev.tether.OnDelete;
import dev.tether.RelatedManager;
import dev.tether.internal.related.ForeignKeys;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A foreign key or one-to-one relation, both ends: the forward field on the source model
 * ({@code Article.reporter}) and the reverse accessor on the target ({@code reporter.articleSet()}).
 * Django's {@code ForeignKey} with its {@code ManyToOneRel}/{@code OneToOneRel}. Built once, by
 * generated code, as a constant of the source model's {@code X_} class.
 *
 * @param <S> the model declaring the field
 * @param <T> the model it points at
 */
public final class ForeignKeyMeta<S extends Entity, T extends Entity> {
  private final String name;
  private final FieldMeta column;
  private final Supplier<ModelMeta<T>> target;
  private final OnDelete onDelete;
  private final boolean oneToOne;
  private final String accessorName;
  private final String queryName;
  private final Function<S, T> getter;
  private final BiConsumer<S, T> setter;
  private final String toField;
  private volatile ModelMeta<S> source;

  private ForeignKeyMeta(Builder<S, T> b) {
    this.name = b.name;
    FieldMeta c = FieldMeta.of(b.name, b.column, b.keyType).withMaxLength(b.keyMaxLength);
    if (b.primaryKey) {
      c = c.asPrimaryKey(false); // unique and indexed as every key is
    } else {
      c = c.asIndexed();
      if (b.oneToOne) {
        c = c.asUnique();
      }
    }
    if (b.nullable) {
      c = c.asNullable();
    }
    if (b.defaultValue != null) {
      c = c.withDefault(b.defaultValue);
    }
    this.column = c.withRenamedFrom(b.renamedFrom).withForeignKey(this);
    this.target = Objects.requireNonNull(b.target);
    this.onDelete = Objects.requireNonNull(b.onDelete, "onDelete");
    this.oneToOne = b.oneToOne;
    this.accessorName = Objects.requireNonNull(b.accessorName, "accessorName");
    this.queryName = Objects.requireNonNull(b.queryName, "queryName");
    this.getter = Objects.requireNonNull(b.getter);
    this.setter = Objects.requireNonNull(b.setter);
    this.toField = b.toField;
  }

  /**
   * Starts a foreign key from field {@code name}, stored in {@code column} of type {@code keyType}
   * (the target's key type), pointing at {@code target}.
   */
  public static <S extends Entity, T extends Entity> Builder<S, T> builder(
      String name, String column, SqlType keyType, Supplier<ModelMeta<T>> target) {
    return new Builder<>(name, column, keyType, target);
  }

  void attach(ModelMeta<S> source) {
    if (this.source != null && this.source != source) {
      throw new IllegalStateException(name + " is already attached to " + this.source.name());
    }
    this.source = source;
  }

  /** The Java field name on the source model. */
  public String name() {
    return name;
  }

  /** The key column on the source table. */
  public FieldMeta column() {
    return column;
  }

  public ModelMeta<S> source() {
    return source;
  }

  public ModelMeta<T> target() {
    return target.get();
  }

  public OnDelete onDelete() {
    return onDelete;
  }

  public boolean oneToOne() {
    return oneToOne;
  }

  public boolean nullable() {
    return column.nullable();
  }

  /** Whether this one-to-one is also its model's primary key (Django's {@code primary_key=True}). */
  public boolean primaryKey() {
    return column.primaryKey();
  }

  /**
   * The target's field the key column stores: its primary key, or the unique field named by
   * {@code toField} (Django's {@code to_field}).
   */
  public FieldMeta targetField() {
    ModelMeta<T> t = target();
    return toField == null ? t.pk() : t.field(toField);
  }

  /** The declared {@code toField}, or null when the key column stores the target's primary key. */
  public String toField() {
    return toField;
  }

  /** The value the key column stores for {@code value}: its primary key, or its {@code toField}. */
  public Object targetKey(T value) {
    ModelMeta<T> t = target();
    return toField == null ? t.pk(value) : t.uniqueValue(value, toField);
  }

  /** A key-only reference to the target row whose {@link #targetField()} is {@code key}. */
  public T reference(Object key, dev.tether.Database db) {
    ModelMeta<T> t = target();
    return toField == null ? t.reference(key, db) : t.referenceBy(toField, key, db);
  }

  /** The reverse accessor's name on the target: {@code articleSet}, or the {@code relatedName}. */
  public String accessorName() {
    return accessorName;
  }

  /** The reverse query name on the target: {@code article}, or the {@code relatedName}. */
  public String queryName() {
    return queryName;
  }

  /** The field's current value: null, a loaded object, or a key-only reference. */
  public T get(S owner) {
    return getter.apply(owner);
  }

  /** Assigns the field. */
  public void set(S owner, T value) {
    setter.accept(owner, value);
  }

  /** The related object, loaded with one query the first time ({@code article.reporter()}). */
  public T load(S owner) {
    return ForeignKeys.load(this, owner);
  }

  /** The raw key of the field's value, without a query ({@code article.reporterId()}). */
  public Object key(S owner) {
    return ForeignKeys.key(this, owner);
  }

  /** Points the field at {@code key}, dropping a loaded object ({@code article.setReporterId(k)}). */
  public void setKey(S owner, Object key) {
    ForeignKeys.setKey(this, owner, key);
  }

  /** The reverse manager of a foreign key: {@code reporter.articleSet()}. */
  public RelatedManager<S> related(T owner) {
    return ForeignKeys.related(this, owner);
  }

  /** The reverse object of a one-to-one: {@code user.profile()}, throwing the source's DoesNotExist. */
  public S reverseOne(T owner) {
    return ForeignKeys.reverseOne(this, owner);
  }

  @Override
  public String toString() {
    ModelMeta<S> s = source;
    return (s == null ? "?" : s.name()) + "." + name;
  }

  /** Builder used by generated code. */
  public static final class Builder<S extends Entity, T extends Entity> {
    private final String name;
    private final String column;
    private final SqlType keyType;
    private final Supplier<ModelMeta<T>> target;
    private OnDelete onDelete;
    private boolean oneToOne;
    private boolean nullable;
    private String defaultValue;
    private String renamedFrom;
    private String accessorName;
    private String queryName;
    private Function<S, T> getter;
    private BiConsumer<S, T> setter;
    private boolean primaryKey;
    private String toField;
    private int keyMaxLength;

    private Builder(String name, String column, SqlType keyType, Supplier<ModelMeta<T>> target) {
      this.name = name;
      this.column = column;
      this.keyType = keyType;
      this.target = target;
    }

    public Builder<S, T> onDelete(OnDelete onDelete) {
      this.onDelete = onDelete;
      return this;
    }

    public Builder<S, T> oneToOne() {
      this.oneToOne = true;
      return this;
    }

    /** The key column is the source model's primary key ({@code @OneToOne @PrimaryKey}). */
    public Builder<S, T> primaryKey() {
      this.primaryKey = true;
      return this;
    }

    /**
     * The key column stores the target's unique field {@code field} (of {@code maxLength}, 0 for
     * none), not its key: Django's {@code to_field}.
     */
    public Builder<S, T> toField(String field, int maxLength) {
      this.toField = field;
      this.keyMaxLength = maxLength;
      return this;
    }

    public Builder<S, T> nullable() {
      this.nullable = true;
      return this;
    }

    public Builder<S, T> defaultValue(String literal) {
      this.defaultValue = literal;
      return this;
    }

    /** The field's previous Java name ({@code renamedFrom}), for {@code makemigrations}. */
    public Builder<S, T> renamedFrom(String oldName) {
      this.renamedFrom = oldName;
      return this;
    }

    /** The reverse accessor and query names on the target. */
    public Builder<S, T> related(String accessorName, String queryName) {
      this.accessorName = accessorName;
      this.queryName = queryName;
      return this;
    }

    /** Reads and writes the source's field. */
    public Builder<S, T> access(Function<S, T> getter, BiConsumer<S, T> setter) {
      this.getter = getter;
      this.setter = setter;
      return this;
    }

    public ForeignKeyMeta<S, T> build() {
      return new ForeignKeyMeta<>(this);
    }
  }
}
