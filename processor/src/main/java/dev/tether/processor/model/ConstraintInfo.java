package dev.tether.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * One {@code @Unique}, {@code @Index} or {@code @Check} of a model, as read: Django's
 * {@code Meta.constraints} and {@code Meta.indexes} entries.
 *
 * @param name the declared name, or null for an index named as Django names it
 * @param fields Java field names ({@code -} before a field for descending); empty for a check
 * @param condition the condition as written, or null
 * @param annotation the annotation, kept only as an origin for diagnostics
 */
public record ConstraintInfo(Kind kind, String name, List<String> fields, String condition,
    AnnotationMirror annotation) {
  /** Which annotation declared it. */
  public enum Kind {
    UNIQUE("Unique"),
    INDEX("Index"),
    CHECK("Check");

    public final String annotation;

    Kind(String annotation) {
      this.annotation = annotation;
    }
  }

  public ConstraintInfo {
    fields = List.copyOf(fields);
  }
}
