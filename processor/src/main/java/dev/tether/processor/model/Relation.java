package dev.tether.processor.model;

import dev.tether.processor.naming.Names;
import javax.lang.model.element.Element;

/**
 * A relation, both ends: made from the forward declaration and attached to both models, as
 * Django's {@code ForeignKey} and its {@code ManyToOneRel}. Models are named by qualified name so
 * the graph stays a tree of values.
 *
 * @param source qualified name of the model declaring the field
 * @param field the declaring field's name
 * @param target qualified name of the model pointed at
 * @param onDelete the {@code OnDelete} constant's name (null for many-to-many)
 * @param relatedName the declared {@code relatedName}, or "" for none
 * @param accessorName the reverse accessor on the target: {@code articleSet} or the relatedName
 * @param queryName the reverse query name on the target: {@code article} or the relatedName
 * @param element the declaring field, for diagnostics
 * @param toField the target's field the key stores ({@code toField}), or null for its key
 * @param through a many-to-many's through model ({@code through = Membership.class}), qualified,
 *     or null for a hidden join table
 * @param throughFields the declared {@code throughFields} (empty for none)
 * @param throughSource the through model's foreign key to the source, once resolved (else null)
 * @param throughTarget the through model's foreign key to the target, once resolved (else null)
 * @param oneWay a self-relation declared {@code symmetrical = false}
 */
public record Relation(
    Kind kind,
    String source,
    String field,
    String target,
    String onDelete,
    boolean nullable,
    String defaultValue,
    String relatedName,
    String accessorName,
    String queryName,
    Element element,
    String toField,
    String through,
    java.util.List<String> throughFields,
    String throughSource,
    String throughTarget,
    boolean oneWay) {

  /** A relation without a through model. */
  public Relation(Kind kind, String source, String field, String target, String onDelete, boolean nullable,
      String defaultValue, String relatedName, String accessorName, String queryName, Element element,
      String toField) {
    this(kind, source, field, target, onDelete, nullable, defaultValue, relatedName, accessorName, queryName,
        element, toField, null, java.util.List.of(), null, null, false);
  }

  /** This many-to-many with its through model's two keys resolved. */
  public Relation withThroughKeys(String sourceField, String targetField) {
    return new Relation(kind, source, field, target, onDelete, nullable, defaultValue, relatedName, accessorName,
        queryName, element, toField, through, throughFields, sourceField, targetField, oneWay);
  }

  /** Whether the links are rows of a model of the application ({@code through}). */
  public boolean hasThroughModel() {
    return through != null;
  }

  /** The three relation shapes. */
  public enum Kind {
    FOREIGN_KEY,
    ONE_TO_ONE,
    MANY_TO_MANY
  }

  /**
   * A many-to-many from a model to itself, unless declared {@code symmetrical = false}:
   * symmetrical, with no reverse accessor (as Django).
   */
  public boolean symmetrical() {
    return selfRelation() && !oneWay;
  }

  /** A many-to-many from a model to itself (its join table's columns are {@code from_x_id} and {@code to_x_id}). */
  public boolean selfRelation() {
    return kind == Kind.MANY_TO_MANY && source.equals(target);
  }

  /** Whether the target gets a reverse accessor and query name. */
  public boolean hasReverse() {
    return !symmetrical() && !hidden();
  }

  /**
   * Django's {@code related_name="+"} (or a name ending in {@code +}): no reverse accessor and no
   * reverse lookup path; deleting the target still follows the relation.
   */
  public boolean hidden() {
    return relatedName.endsWith("+");
  }

  /** The constant name of this relation in the source's {@code X_} class: {@code REPORTER}. */
  public String constantName() {
    return Names.constant(field);
  }
}
