package dev.tether.meta;

import dev.tether.Database;
import dev.tether.MultipleObjectsReturned;
import dev.tether.ObjectDoesNotExist;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything Tether knows about one model, Django's {@code Model._meta}: its table, columns,
 * relations both ways, and the generated code that reads and writes its fields without
 * reflection. Generated code subclasses it once per model, as {@code Article_.META}.
 *
 * @param <T> the model class
 */
public abstract class ModelMeta<T extends Entity> {
  private final String name;
  private final String table;
  private final List<FieldMeta> fields;
  private final List<FieldMeta> valueFields;
  private final FieldMeta pk;
  private final List<FieldMeta> keyFields;
  private final int pkIndex;
  private final Map<String, FieldMeta> byName;
  private final List<ForeignKeyMeta<T, ?>> foreignKeys;
  private final List<String> ordering;
  private final Supplier<List<ForeignKeyMeta<?, T>>> incomingSupplier;
  private final List<ManyToManyMeta<T, ?>> manyToMany;
  private volatile List<ForeignKeyMeta<?, T>> incoming;
  private final java.util.concurrent.ConcurrentHashMap<Object, Object> runtimeCache =
      new java.util.concurrent.ConcurrentHashMap<>(4);

  /**
   * @param name the model's class name, as Django's {@code object_name}
   * @param table the table name
   * @param fields every column in table order, key columns of foreign keys included
   * @param foreignKeys the foreign keys and one-to-ones this model declares
   * @param ordering the default ordering, Java field names with {@code -} for descending
   * @param incoming the foreign keys of other models pointing here (resolved lazily: models may
   *     point at each other)
   */
  protected ModelMeta(String name, String table, List<FieldMeta> fields,
      List<? extends ForeignKeyMeta<T, ?>> foreignKeys, List<String> ordering,
      Supplier<List<ForeignKeyMeta<?, T>>> incoming) {
    this(name, table, fields, foreignKeys, List.of(), ordering, incoming);
  }

  /**
   * A model that also declares many-to-many relations ({@code manyToMany}); {@code incoming}
   * then includes the join-table keys pointing here.
   */
  protected ModelMeta(String name, String table, List<FieldMeta> fields,
      List<? extends ForeignKeyMeta<T, ?>> foreignKeys, List<? extends ManyToManyMeta<T, ?>> manyToMany,
      List<String> ordering, Supplier<List<ForeignKeyMeta<?, T>>> incoming) {
    this.manyToMany = List.copyOf(manyToMany);
    this.name = Objects.requireNonNull(name);
    this.table = Objects.requireNonNull(table);
    this.foreignKeys = List.copyOf(foreignKeys);
    List<FieldMeta> all = new ArrayList<>(fields.size());
    for (FieldMeta f : fields) {
      all.add(f);
    }
    // the key columns of foreign keys carry the relation; use the relation's own column object
    for (ForeignKeyMeta<T, ?> fk : this.foreignKeys) {
      fk.attach(this);
      boolean found = false;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).name().equals(fk.name())) {
          all.set(i, fk.column());
          found = true;
        }
      }
      if (!found) {
        all.add(fk.column());
      }
    }
    this.fields = List.copyOf(all);
    List<FieldMeta> keys = new ArrayList<>();
    List<FieldMeta> values = new ArrayList<>();
    Map<String, FieldMeta> names = new LinkedHashMap<>();
    for (FieldMeta f : this.fields) {
      if (f.primaryKey()) {
        keys.add(f);
      } else {
        values.add(f);
      }
      names.put(f.name(), f);
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(name + " has no primary key");
    }
    for (FieldMeta f : keys) {
      if (keys.size() > 1 && (f.autoIncrement() || f.nullable())) {
        throw new IllegalArgumentException(name + "." + f.name() + " is in a composite primary key: it can be"
            + " neither generated nor nullable");
      }
    }
    this.keyFields = List.copyOf(keys);
    this.pk = keys.size() == 1 ? keys.get(0) : null;
    this.pkIndex = pk == null ? -1 : this.fields.indexOf(pk);
    this.valueFields = List.copyOf(values);
    this.byName = Collections.unmodifiableMap(names);
    this.ordering = List.copyOf(ordering);
    this.incomingSupplier = incoming;
  }

  /** The model's class name ({@code "Article"}). */
  public final String name() {
    return name;
  }

  public final String table() {
    return table;
  }

  /** Every column, in table order. */
  public final List<FieldMeta> fields() {
    return fields;
  }

  /** Every column but the primary key, in table order: what {@link #write} binds. */
  public final List<FieldMeta> valueFields() {
    return valueFields;
  }

  /**
   * The primary key column. A model with a composite primary key has none: this throws
   * {@link dev.tether.NotSupportedException} naming the model; use {@link #keyFields()}.
   */
  public final FieldMeta pk() {
    if (pk == null) {
      throw new dev.tether.NotSupportedException(name + " has a composite primary key (" + keyNames()
          + "): this operation needs a single-column key");
    }
    return pk;
  }

  /**
   * The primary key's columns in table order: one, or several for a composite key (Django 5.2's
   * {@code CompositePrimaryKey}).
   */
  public final List<FieldMeta> keyFields() {
    return keyFields;
  }

  /** Whether the primary key spans several columns. */
  public final boolean hasCompositeKey() {
    return pk == null;
  }

  /** The key's field names, comma separated, for messages. */
  public final String keyNames() {
    List<String> out = new ArrayList<>(keyFields.size());
    for (FieldMeta f : keyFields) {
      out.add(f.name());
    }
    return String.join(", ", out);
  }

  /**
   * The column values of a key, in {@link #keyFields()} order: the key itself for a single-column
   * key; generated for a composite key (the components of its {@code Pk} record).
   */
  public List<Object> keyValues(Object key) {
    return java.util.Collections.singletonList(key);
  }

  /** The key whose column values are {@code values} ({@link #keyValues}'s inverse). */
  public Object keyOf(List<Object> values) {
    return values.get(0);
  }

  /** The key's position in {@link #fields()}; -1 for a composite key. */
  public final int pkIndex() {
    return pkIndex;
  }

  /** The column of a Java field, or null. */
  public final FieldMeta field(String javaName) {
    return byName.get(javaName);
  }

  /** The foreign keys and one-to-ones declared on this model. */
  public final List<ForeignKeyMeta<T, ?>> foreignKeys() {
    return foreignKeys;
  }

  /** The many-to-many relations declared on this model. */
  public final List<ManyToManyMeta<T, ?>> manyToMany() {
    return manyToMany;
  }

  /**
   * The model's {@code @Unique}, {@code @Index} and {@code @Check} declarations, in declaration
   * order: Django's {@code Meta.constraints} and {@code Meta.indexes}. Generated metadata
   * overrides it for a model that declares any.
   */
  public List<TableConstraint> constraints() {
    return List.of();
  }

  /** Column groups that must be unique together (a join table's key pair). */
  public List<List<FieldMeta>> uniqueTogether() {
    return List.of();
  }

  /**
   * The foreign keys and one-to-ones of every model (this one included) that point at this model:
   * those its own compilation generated, and those of every model registry on the class path, so
   * the models of a module that depends on this one count too (their delete rules, say).
   */
  @SuppressWarnings("unchecked")
  public final List<ForeignKeyMeta<?, T>> incoming() {
    List<ForeignKeyMeta<?, T>> in = incoming;
    if (in == null) {
      List<ForeignKeyMeta<?, T>> all = new ArrayList<>(incomingSupplier.get());
      java.util.Set<ForeignKeyMeta<?, ?>> known = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      known.addAll(all);
      for (ForeignKeyMeta<?, ?> fk : Registries.pointingAt(this)) {
        if (known.add(fk)) {
          all.add((ForeignKeyMeta<?, T>) fk);
        }
      }
      in = incoming = List.copyOf(all);
    }
    return in;
  }

  /** Default ordering: Java field names, {@code -} for descending. */
  public final List<String> ordering() {
    return ordering;
  }

  /**
   * A value the runtime computes once per model and {@code key} (a dialect's statements, say);
   * for Tether's internals.
   */
  @SuppressWarnings("unchecked")
  public final <V> V cached(Object key, java.util.function.Function<Object, V> compute) {
    return (V) runtimeCache.computeIfAbsent(key, compute);
  }

  // ---- the model's own save and its hooks (methods of Entity a model may override) ----

  /**
   * Ties a new instance to this metadata, which its {@link Entity#save()}, {@code delete()},
   * {@code equals()}... use; called by the generated base's constructor.
   */
  public final void adopt(Entity object) {
    object.meta = this;
  }

  /**
   * Saves {@code object} through its own {@code save()}, so a model overriding it is obeyed by
   * {@code Manager.create()} and the related managers.
   */
  public final void save(T object) {
    object.save();
  }

  /** Calls the model's {@code beforeSave()} (Django's {@code pre_save}). */
  public final void beforeSave(T object) {
    object.beforeSave();
  }

  /** Calls the model's {@code afterSave(created)} (Django's {@code post_save}). */
  public final void afterSave(T object, boolean created) {
    object.afterSave(created);
  }

  /** Calls the model's {@code beforeDelete()} (Django's {@code pre_delete}). */
  public final void beforeDelete(T object) {
    object.beforeDelete();
  }

  /** Calls the model's {@code afterDelete()} (Django's {@code post_delete}). */
  public final void afterDelete(T object) {
    object.afterDelete();
  }

  /**
   * Whether the model overrides {@code beforeDelete()} or {@code afterDelete()}: the collector
   * then fetches each row it deletes to call them, instead of deleting by query (Django's
   * {@code can_fast_delete} asks the same of signal receivers). The processor decides.
   */
  public boolean hasDeleteHooks() {
    return false;
  }

  // ---- generated per model ----

  /** A new, empty instance ({@code new Article()}). */
  public abstract T instantiate();

  /** Reads every column of {@link #fields()}, in order, into {@code object}'s fields. */
  protected abstract void read(T object, RowReader row);

  /** Binds every column of {@link #valueFields()}, in order. */
  protected abstract void write(T object, RowWriter row);

  /** The primary key's value, or null when it is unset. */
  public abstract Object pk(T object);

  /** Sets the primary key; null clears it (after a delete). */
  protected abstract void setPk(T object, Object pk);

  /** The model's own {@code DoesNotExist}. */
  public abstract ObjectDoesNotExist doesNotExist(String message);

  /**
   * The model's own {@code RelatedObjectDoesNotExist}, a subclass of its {@code DoesNotExist}: a
   * relation to this model that must be set is not ({@code new Article().reporter()}), or a
   * reverse one-to-one has no object. Django's {@code Article.reporter.RelatedObjectDoesNotExist}.
   * Generated metadata overrides it; this default is the plain {@code DoesNotExist}.
   */
  public ObjectDoesNotExist relatedObjectDoesNotExist(String message) {
    return doesNotExist(message);
  }

  /** The model's own {@code MultipleObjectsReturned}. */
  public abstract MultipleObjectsReturned multipleObjectsReturned(String message);

  /**
   * Sets the {@code autoNow} fields, and the {@code autoNowAdd} ones when {@code adding}, to
   * {@code now}; returns their previous values for {@link #unstamp}. Generated for a model with
   * such fields; this default has none and returns null.
   */
  protected Object[] stamp(T object, boolean adding, java.time.Instant now) {
    return null;
  }

  /** Puts back the values {@link #stamp} returned. */
  protected void unstamp(T object, Object[] previous) {}

  // ---- identity ----

  /**
   * Django's model equality: the same model and the same key; an unsaved object equals only
   * itself.
   */
  public final boolean sameRow(T a, Object b) {
    if (a == b) {
      return true;
    }
    if (b == null || b.getClass() != a.getClass()) {
      return false;
    }
    @SuppressWarnings("unchecked")
    T other = (T) b;
    Object k = pk(a);
    return k != null && k.equals(pk(other));
  }

  /** A hash consistent with {@link #sameRow}: the key's, or the identity's while unsaved. */
  public final int rowHash(T a) {
    Object k = pk(a);
    return k == null ? System.identityHashCode(a) : k.hashCode();
  }

  // ---- state, for the runtime ----

  /** Reads one row into a persisted instance bound to the reader's database. */
  public final T load(RowReader row) {
    T o = instantiate();
    read(o, row);
    o.db = row.database();
    o.state = Entity.PERSISTED;
    return o;
  }

  /** Reads one row into an existing instance, dropping its relation caches ({@code refreshFromDb}). */
  public final void reload(T object, RowReader row) {
    read(object, row);
    object.db = row.database();
    object.state = Entity.PERSISTED;
    object.relationCache = null;
    object.deferred = null;
  }

  /**
   * Django's {@code pre_save} of {@code auto_now}/{@code auto_now_add} fields: sets them to
   * {@code now} (an object never saved is being added); returns what {@link #restoreStamped}
   * needs to undo it when the write fails, or null when the model has no such fields.
   */
  public final Object[] stampNow(T object, java.time.Instant now) {
    return stamp(object, object.state == Entity.NEW, now);
  }

  /** Undoes {@link #stampNow} ({@code previous} as it returned). */
  public final void restoreStamped(T object, Object[] previous) {
    if (previous != null) {
      unstamp(object, previous);
    }
  }

  /** Binds the value columns of {@code object}. */
  public final void bind(T object, RowWriter row) {
    write(object, row);
  }

  /** A key-only instance standing for the row with this key, whose columns are not loaded. */
  public final T reference(Object key, Database db) {
    T o = instantiate();
    setPk(o, key);
    o.db = db;
    o.state = Entity.REFERENCE;
    return o;
  }

  /**
   * A reference standing for the row whose unique field {@code field} is {@code value}, for a
   * foreign key with {@code toField}: only that field is set, the key is not known.
   */
  public final T referenceBy(String field, Object value, Database db) {
    T o = instantiate();
    setUniqueValue(o, field, value);
    o.db = db;
    o.state = Entity.REFERENCE;
    return o;
  }

  /**
   * The value of unique field {@code field} of {@code object} (a foreign key's {@code toField});
   * generated for models with unique fields.
   */
  public Object uniqueValue(T object, String field) {
    throw new IllegalArgumentException(name + "." + field + " is not a unique field");
  }

  /** Sets unique field {@code field} of {@code object}; generated with {@link #uniqueValue}. */
  protected void setUniqueValue(T object, String field, Object value) {
    throw new IllegalArgumentException(name + "." + field + " is not a unique field");
  }

  /** Whether {@code object} is a key-only reference whose columns were never read. */
  public final boolean isReference(T object) {
    return object.state == Entity.REFERENCE;
  }

  /** Whether {@code object} has been saved (or loaded) and not deleted since. */
  public final boolean isPersisted(T object) {
    return object.state != Entity.NEW;
  }

  /** Marks {@code object} as saved to {@code db} with key {@code key}. */
  public final void markSaved(T object, Object key, Database db) {
    setPk(object, key);
    object.db = db;
    object.pinned = false;
    object.state = Entity.PERSISTED;
  }

  /** Makes an unsaved {@code object} save to {@code db} ({@code objects.using(db).create(...)}). */
  public final void useDatabase(T object, Database db) {
    object.db = db;
    object.pinned = db != null;
  }

  /**
   * Records that {@code object}, never saved, is about to be saved to {@code db} (Django sets
   * {@code _state.db} from {@code db_for_write} before asking {@code allow_relation}).
   */
  public final void assignDatabase(T object, Database db) {
    if (object.db == null) {
      object.db = db;
    }
  }

  /** Whether {@code object}'s next save goes to the database {@link #useDatabase} named, whatever a router says. */
  public final boolean isPinned(T object) {
    return object.pinned;
  }

  /**
   * The database a model object was read from or saved to, or null (never saved, or not a
   * model object): what a {@code Router} compares, as Django's {@code obj._state.db}.
   */
  public static Database databaseOf(Object object) {
    return object instanceof Entity e ? e.db : null;
  }

  /** Marks {@code object} as deleted: no key (as Django sets {@code pk = None}), never saved. */
  public final void markDeleted(T object) {
    setPk(object, null);
    object.state = Entity.NEW;
    object.relationCache = null;
    object.deferred = null;
  }

  /** The fields of {@code object} left unread by {@code only()}/{@code defer()} and not loaded since (never null). */
  public final java.util.Set<String> deferred(T object) {
    return object.deferred == null ? java.util.Set.of() : object.deferred;
  }

  /** Records which fields of {@code object} were left unread; an empty set or null for none. */
  public final void setDeferred(T object, java.util.Set<String> fields) {
    object.deferred = fields == null || fields.isEmpty() ? null : new java.util.HashSet<>(fields);
  }

  /**
   * Before a bean getter returns field {@code field}: when the field was deferred, loads it with
   * one query (Django's deferred attribute access), or throws {@code LazyLoadException} under
   * strict loading. Generated getters call it.
   */
  public final void loadDeferred(T object, String field) {
    if (object.deferred != null && object.deferred.contains(field)) {
      dev.tether.internal.persist.Deferred.load(this, object, field);
    }
  }

  /** Copies field {@code field} of {@code from} into {@code to} (a deferred field just read). */
  public void copyField(T from, T to, String field) {
    throw new UnsupportedOperationException(name + " was compiled without copyField: recompile it");
  }

  /** Sets strict loading for {@code object}'s lazy relations: true, false, or null to follow the database. */
  public final void setStrict(T object, Boolean strict) {
    object.strict = strict == null ? 0 : strict ? (byte) 1 : (byte) 2;
  }

  /** Strict loading of {@code object}: true, false, or null when it follows the database. */
  public final Boolean strict(T object) {
    return object.strict == 0 ? null : object.strict == 1;
  }

  /** The database {@code object} was read from or saved to, or null. */
  public final Database database(T object) {
    return object.db;
  }

  /** The relation cache of {@code object} (prefetched rows, reverse one-to-ones). */
  public final Map<Object, Object> relationCache(T object) {
    return object.cache();
  }

  /** Drops the relation cache of {@code object}. */
  public final void clearRelationCache(T object) {
    object.relationCache = null;
  }

  @Override
  public String toString() {
    return name;
  }
}
