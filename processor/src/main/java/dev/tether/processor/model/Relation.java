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
    String toField) {

  /** The three relation shapes. */
  public enum Kind {
    FOREIGN_KEY,
    ONE_TO_ONE,
    MANY_TO_MANY
  }

  /** A many-to-many from a model to itself: symmetrical, with no reverse accessor (as Django). */
  public boolean symmetrical() {
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
