package dev.tether.meta;

import dev.tether.ManyRelatedManager;
import dev.tether.ThroughManager;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.related.ThroughMeta;
import dev.tether.internal.related.ThroughRow;
import java.util.function.Supplier;

/**
 * A many-to-many relation, both ends: Django's {@code ManyToManyField} and {@code ManyToManyRel}.
 * The links are rows of a through model with a key to each side, so a hop across the relation is
 * two joins. The through model is either hidden, a join table made for the relation (Django's
 * auto-created through model, {@link ThroughMeta}), or a model of the application with fields of
 * its own ({@code @ManyToMany(through = Membership.class)}, Django's {@code through=}), whose two
 * foreign keys are the relation's keys. Built once, by generated code, as a constant of the
 * declaring model's {@code X_} class.
 *
 * @param <S> the model declaring the field ({@code Post})
 * @param <T> the model it points at ({@code Tag})
 */
public final class ManyToManyMeta<S extends Entity, T extends Entity> {
  private final String name;
  private final String accessorName;
  private final String queryName;
  private final boolean symmetrical;
  private final String renamedFrom;
  private final boolean autoCreated;
  private final Supplier<? extends ForeignKeyMeta<?, S>> sourceRef;
  private final Supplier<? extends ForeignKeyMeta<?, T>> targetRef;
  /** Resolved on first use: a through model's keys belong to its own {@code X_} class. */
  private volatile Keys<S, T> keys;
  /** What a prefetch of each direction is cached under in an instance (apart from the through keys' own caches). */
  private final Object forwardCache = new Object();
  private final Object reverseCache = new Object();

  private record Keys<S extends Entity, T extends Entity>(ForeignKeyMeta<?, S> source, ForeignKeyMeta<?, T> target,
      ModelMeta<?> through) {}

  private ManyToManyMeta(Builder<S, T> b) {
    this.name = b.name;
    this.accessorName = b.accessorName;
    this.queryName = b.queryName;
    this.symmetrical = b.symmetrical;
    this.renamedFrom = b.renamedFrom == null || b.renamedFrom.isEmpty() ? null : b.renamedFrom;
    this.autoCreated = b.sourceRef == null;
    if (autoCreated) {
      ForeignKeyMeta<ThroughRow, S> sourceKey = ThroughMeta.key(b.sourceColumn.replaceAll("_id$", ""),
          b.sourceColumn, b.sourceType, b.source, b.name, true);
      ForeignKeyMeta<ThroughRow, T> targetKey = ThroughMeta.key(b.targetColumn.replaceAll("_id$", ""),
          b.targetColumn, b.targetType, b.target, b.queryName, false);
      this.keys = new Keys<>(sourceKey, targetKey,
          new ThroughMeta(b.modelName + "_" + b.name, b.joinTable, sourceKey, targetKey));
      this.sourceRef = null;
      this.targetRef = null;
    } else {
      this.sourceRef = b.sourceRef;
      this.targetRef = b.targetRef;
    }
  }

  /**
   * Starts a relation declared as field {@code name} of {@code modelName}, stored in
   * {@code joinTable} with key columns {@code sourceColumn} and {@code targetColumn}.
   */
  public static <S extends Entity, T extends Entity> Builder<S, T> builder(String modelName, String name,
      String joinTable, String sourceColumn, SqlType sourceType, Supplier<ModelMeta<S>> source, String targetColumn,
      SqlType targetType, Supplier<ModelMeta<T>> target) {
    return new Builder<>(modelName, name, joinTable, sourceColumn, sourceType, source, targetColumn, targetType, target);
  }

  /**
   * Starts a relation declared as field {@code name} of {@code modelName} through a model of the
   * application ({@code through = Membership.class}): {@code sourceKey} is its foreign key to the
   * declaring model, {@code targetKey} its foreign key to the target (Django's
   * {@code through_fields}). Both are read on first use.
   */
  public static <S extends Entity, T extends Entity> Builder<S, T> through(String modelName, String name,
      Supplier<? extends ForeignKeyMeta<?, S>> sourceKey, Supplier<? extends ForeignKeyMeta<?, T>> targetKey) {
    Builder<S, T> b = new Builder<>(modelName, name, null, null, null, null, null, null, null);
    b.sourceRef = sourceKey;
    b.targetRef = targetKey;
    return b;
  }

  private Keys<S, T> keys() {
    Keys<S, T> k = keys;
    if (k == null) {
      ForeignKeyMeta<?, S> source = sourceRef.get();
      ForeignKeyMeta<?, T> target = targetRef.get();
      keys = k = new Keys<>(source, target, source.source());
    }
    return k;
  }

  /** The Java field name on the declaring model. */
  public String name() {
    return name;
  }

  public ModelMeta<S> source() {
    return keys().source().target();
  }

  public ModelMeta<T> target() {
    return keys().target().target();
  }

  /** The reverse accessor on the target ({@code tag.posts()}); unused when symmetrical. */
  public String accessorName() {
    return accessorName;
  }

  /** The reverse query name on the target ({@code Tag_.posts()}). */
  public String queryName() {
    return queryName;
  }

  /** Whether adding {@code a -> b} also adds {@code b -> a} (self-relations, by default, as in Django). */
  public boolean symmetrical() {
    return symmetrical;
  }

  /** The field's previous Java name when the model marks a rename ({@code renamedFrom}), or null. */
  public String renamedFrom() {
    return renamedFrom;
  }

  /**
   * Whether the links live in a join table made for this relation (Django's
   * {@code through._meta.auto_created}); false for a through model of the application, whose
   * table is its own and whose keys are its foreign keys.
   */
  public boolean autoCreated() {
    return autoCreated;
  }

  /** The through model: the hidden join table, or the application's model named by {@code through}. */
  public ModelMeta<?> through() {
    return keys().through();
  }

  /** The through model's key pointing at the declaring model. */
  public ForeignKeyMeta<?, S> sourceKey() {
    return keys().source();
  }

  /** The through model's key pointing at the target model. */
  public ForeignKeyMeta<?, T> targetKey() {
    return keys().target();
  }

  /**
   * What a prefetch of the relation from the side {@code ownerKey} points at is cached under: not
   * the key itself, as a through model's key has a reverse accessor of its own
   * ({@code group.membershipSet()}) whose cache is another.
   */
  public Object cacheKey(ForeignKeyMeta<?, ?> ownerKey) {
    return ownerKey == keys().source() ? forwardCache : reverseCache;
  }

  /** {@code from} (on the declaring model) across to the targets: two hops through the through model. */
  public PathNode forwardPath(PathNode from) {
    return from.reverse(sourceKey(), this).forward(targetKey());
  }

  /** {@code from} (on the target model) back to the declaring models. */
  public PathNode reversePath(PathNode from) {
    return from.reverse(targetKey(), this).forward(sourceKey());
  }

  /** {@code post.tags()}. */
  public ManyRelatedManager<T> forward(S owner) {
    return ManyRelatedManager.forward(this, owner);
  }

  /** {@code tag.posts()}. */
  public ManyRelatedManager<S> reverse(T owner) {
    return ManyRelatedManager.reverse(this, owner);
  }

  /** {@code group.members()} of a relation through model {@code through} ({@code Membership_.META}). */
  public <R extends Entity> ThroughManager<T, R> forward(S owner, ModelMeta<R> through) {
    return ThroughManager.forward(this, checked(through), owner);
  }

  /** {@code person.groupSet()} of a relation through model {@code through}. */
  public <R extends Entity> ThroughManager<S, R> reverse(T owner, ModelMeta<R> through) {
    return ThroughManager.reverse(this, checked(through), owner);
  }

  private <R extends Entity> ModelMeta<R> checked(ModelMeta<R> through) {
    if (through != through()) {
      throw new IllegalArgumentException(name + " goes through " + through().name() + ", not " + through.name());
    }
    return through;
  }

  @Override
  public String toString() {
    return autoCreated ? through().name() : name + " through " + through().name();
  }

  /** Builder used by generated code. */
  public static final class Builder<S extends Entity, T extends Entity> {
    private final String modelName;
    private final String name;
    private final String joinTable;
    private final String sourceColumn;
    private final SqlType sourceType;
    private final Supplier<ModelMeta<S>> source;
    private final String targetColumn;
    private final SqlType targetType;
    private final Supplier<ModelMeta<T>> target;
    private Supplier<? extends ForeignKeyMeta<?, S>> sourceRef;
    private Supplier<? extends ForeignKeyMeta<?, T>> targetRef;
    private String accessorName;
    private String queryName;
    private boolean symmetrical;
    private String renamedFrom;
    private Builder(String modelName, String name, String joinTable, String sourceColumn, SqlType sourceType,
        Supplier<ModelMeta<S>> source, String targetColumn, SqlType targetType, Supplier<ModelMeta<T>> target) {
      this.modelName = modelName;
      this.name = name;
      this.joinTable = joinTable;
      this.sourceColumn = sourceColumn;
      this.sourceType = sourceType;
      this.source = source;
      this.targetColumn = targetColumn;
      this.targetType = targetType;
      this.target = target;
    }

    /** The reverse accessor and query names on the target. */
    public Builder<S, T> related(String accessor, String query) {
      this.accessorName = accessor;
      this.queryName = query;
      return this;
    }

    /** The field's previous Java name ({@code renamedFrom}), for {@code makemigrations}. */
    public Builder<S, T> renamedFrom(String oldName) {
      this.renamedFrom = oldName;
      return this;
    }

    /** Makes a self-relation symmetrical. */
    public Builder<S, T> symmetrical() {
      this.symmetrical = true;
      return this;
    }

    public ManyToManyMeta<S, T> build() {
      return new ManyToManyMeta<>(this);
    }
  }
}
