package dev.tether.processor.check;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.naming.Names;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Django's {@code fields.E302}-{@code E305}: a relation's reverse accessor and query name must
 * not clash with the target's fields, its generated members, or another relation's names. Each
 * relation gets at most one error, the first of: accessor vs field (E302), accessor vs generated
 * member (E311), accessor vs accessor (E304), then the same for the query name (E303, E311,
 * E305). One relatedName sets both names, so one fix answers every clash of a relation.
 */
public final class RelationNameCheck {
  private RelationNameCheck() {}

  public static void check(ModelGraph graph, Diagnostics diag) {
    for (ModelInfo target : graph.models()) {
      Map<String, Relation> accessors = new HashMap<>();
      Map<String, Relation> queryNames = new HashMap<>();
      for (Relation r : graph.incoming(target)) {
        if (!r.hasReverse()) {
          continue;
        }
        AnnotationMirror a = relationAnnotation(r);
        Relation otherAccessor = accessors.putIfAbsent(r.accessorName(), r);
        Relation otherQuery = queryNames.putIfAbsent(r.queryName(), r);
        if (!accessorClashes(target, r, a, otherAccessor, diag)) {
          queryNameClashes(target, r, a, otherQuery, diag);
        }
      }
    }
  }

  private static boolean accessorClashes(ModelInfo target, Relation r, AnnotationMirror a, Relation other,
      Diagnostics diag) {
    String name = r.accessorName();
    if (hasField(target, name)) {
      diag.accessorClashesWithField(r.element(), a, name, target.simpleName());
    } else if (Names.accessorClash(name) != null || isKeyMember(target, name)) {
      diag.relationNameClashesWithMember(r.element(), a, name, false, target.simpleName());
    } else if (other != null) {
      diag.accessorClash(r.element(), a, name, label(other));
    } else {
      return false;
    }
    return true;
  }

  private static void queryNameClashes(ModelInfo target, Relation r, AnnotationMirror a, Relation other,
      Diagnostics diag) {
    String name = r.queryName();
    // the query name is a hop method of Target_ and Target_.Path, beside the target's own fields and hops
    if (hasField(target, name)) {
      diag.queryNameClashesWithField(r.element(), a, name, target.simpleName());
    } else if (Names.queryNameClash(name) != null) {
      diag.relationNameClashesWithMember(r.element(), a, name, !name.equals(r.accessorName()),
          target.lookupName().simpleName() + ".Path");
    } else if (other != null) {
      diag.queryNameClash(r.element(), a, name, label(other));
    }
  }

  private static boolean hasField(ModelInfo target, String name) {
    return target.fields().stream().anyMatch(f -> f.name().equals(name));
  }

  /**
   * The key accessor or setter of one of the target's own relations ({@code bossId()},
   * {@code setBossId()}), or a bean accessor of one of its fields ({@code getName()}, {@code isActive()},
   * {@code setName()}, {@code getBossId()}).
   */
  private static boolean isKeyMember(ModelInfo target, String name) {
    for (FieldInfo f : target.fields()) {
      boolean relation = f.isRelation();
      if (relation && f.relation().kind() == Relation.Kind.MANY_TO_MANY) {
        continue;
      }
      if (relation && (Names.keyAccessor(f.name()).equals(name) || Names.keySetter(f.name()).equals(name)
          || Names.getter(Names.keyAccessor(f.name()), false).equals(name))) {
        return true;
      }
      if (Names.getter(f.name(), false).equals(name) || Names.getter(f.name(), true).equals(name)
          || Names.setter(f.name()).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String label(Relation r) {
    return r.source().substring(r.source().lastIndexOf('.') + 1) + "." + r.field();
  }

  private static AnnotationMirror relationAnnotation(Relation r) {
    for (AnnotationMirror a : r.element().getAnnotationMirrors()) {
      String n = a.getAnnotationType().toString();
      if (n.equals("dev.tether.ForeignKey") || n.equals("dev.tether.OneToOne") || n.equals("dev.tether.ManyToMany")) {
        return a;
      }
    }
    return null;
  }
}
