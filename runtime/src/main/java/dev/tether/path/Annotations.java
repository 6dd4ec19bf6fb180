package dev.tether.path;

import dev.tether.internal.query.Expression;
import dev.tether.meta.AnnotationValues;
import dev.tether.meta.Entity;

/** Builds aggregate nodes and reads annotation values; package helpers of the expression types. */
final class Annotations {
  private Annotations() {}

  static Object read(Object object, Expression node) {
    if (!(object instanceof Entity e) || !AnnotationValues.has(e, node)) {
      throw new IllegalStateException(node.describe() + " was not annotated on " + object
          + ": read it from an object of a query set with annotate(" + node.describe() + ")");
    }
    return AnnotationValues.get(e, node);
  }
}
