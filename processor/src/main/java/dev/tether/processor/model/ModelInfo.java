package dev.tether.processor.model;

import com.palantir.javapoet.ClassName;
import dev.tether.processor.naming.Names;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One model as read: its class, table, fields (the key first when implicit) and ordering.
 *
 * @param element the {@code @Model} class, kept only as an origin for diagnostics and files
 * @param ordering Django's {@code Meta.ordering}: field names, {@code -} for descending
 * @param fields the fields read without error (the implicit key first)
 * @param declaredFields the names of every non-static, non-transient field the class declares,
 *     including those dropped for their own errors, so later checks do not report them again
 * @param inherits the {@code @AbstractModel} the generated base extends ({@code inherits}), or null
 * @param hooks the lifecycle hooks the class overrides ({@code beforeSave}, {@code afterSave},
 *     {@code beforeDelete}, {@code afterDelete})
 * @param constraints its {@code @Unique}, {@code @Index} and {@code @Check} declarations, as written
 * @param primaryKey the fields of a composite primary key ({@code @Model(primaryKey = ...)}), in
 *     declaration order, each marked {@link FieldInfo#primaryKey()}; empty for a single-column key
 */
public record ModelInfo(
    TypeElement element,
    ClassName className,
    String table,
    List<String> ordering,
    List<FieldInfo> fields,
    List<String> declaredFields,
    TypeElement inherits,
    java.util.Set<String> hooks,
    List<ConstraintInfo> constraints,
    List<String> primaryKey) {

  /** A model with a single-column key. */
  public ModelInfo(TypeElement element, ClassName className, String table, List<String> ordering,
      List<FieldInfo> fields, List<String> declaredFields, TypeElement inherits, java.util.Set<String> hooks,
      List<ConstraintInfo> constraints) {
    this(element, className, table, ordering, fields, declaredFields, inherits, hooks, constraints, List.of());
  }

  /** A model declaring no {@code @Unique}, {@code @Index} or {@code @Check}. */
  public ModelInfo(TypeElement element, ClassName className, String table, List<String> ordering,
      List<FieldInfo> fields, List<String> declaredFields, TypeElement inherits, java.util.Set<String> hooks) {
    this(element, className, table, ordering, fields, declaredFields, inherits, hooks, List.of());
  }

  /** A model inheriting no abstract base and overriding no lifecycle hook. */
  public ModelInfo(TypeElement element, ClassName className, String table, List<String> ordering,
      List<FieldInfo> fields, List<String> declaredFields) {
    this(element, className, table, ordering, fields, declaredFields, null, java.util.Set.of());
  }

  /** A model overriding no lifecycle hook. */
  public ModelInfo(TypeElement element, ClassName className, String table, List<String> ordering,
      List<FieldInfo> fields, List<String> declaredFields, TypeElement inherits) {
    this(element, className, table, ordering, fields, declaredFields, inherits, java.util.Set.of());
  }

  /**
   * Whether the class overrides {@code beforeDelete()} or {@code afterDelete()}: the runtime then
   * fetches the rows it deletes, to call them.
   */
  public boolean hasDeleteHooks() {
    return hooks.contains("beforeDelete") || hooks.contains("afterDelete");
  }

  /** Dropped fields were reported where they are declared; a later check should stay silent about them. */
  public boolean dropped(String name) {
    return declaredFields.contains(name) && fields.stream().noneMatch(f -> f.name().equals(name));
  }

  public String qualifiedName() {
    return className.canonicalName();
  }

  public String simpleName() {
    return className.simpleName();
  }

  public String packageName() {
    return className.packageName();
  }

  /** The generated base: {@code ArticleModel}. */
  public ClassName baseName() {
    return Names.base(className);
  }

  /** The generated lookups: {@code Article_}. */
  public ClassName lookupName() {
    return Names.lookup(className);
  }

  /** Whether the key is composite: several fields ({@code @Model(primaryKey = ...)}). */
  public boolean isComposite() {
    return !primaryKey.isEmpty();
  }

  /** The key's fields: the one key field, or those of a composite key in declaration order. */
  public List<FieldInfo> keyFields() {
    return fields.stream().filter(FieldInfo::primaryKey).toList();
  }

  /** The key field; for a composite key, its first field (writers ask {@link #isComposite()} first). */
  public FieldInfo pk() {
    for (FieldInfo f : fields) {
      if (f.primaryKey()) {
        return f;
      }
    }
    throw new IllegalStateException(qualifiedName() + " has no key");
  }

  /** Fields with a column: everything but many-to-many. */
  public List<FieldInfo> columns() {
    return fields.stream()
        .filter(f -> f.relation() == null || f.relation().kind() != Relation.Kind.MANY_TO_MANY)
        .toList();
  }

  /** The relations this model declares. */
  public List<Relation> relations() {
    return fields.stream().filter(FieldInfo::isRelation).map(FieldInfo::relation).toList();
  }
}
