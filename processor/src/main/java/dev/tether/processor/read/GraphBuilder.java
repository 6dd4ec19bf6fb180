package dev.tether.processor.read;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.model.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Resolves the relations of a round's models against each other and builds the graph: each key
 * column takes its target's key type, a default key is checked against that type, and a relation
 * to a model whose code an earlier round wrote is refused (that base cannot gain a reverse side).
 */
public final class GraphBuilder {
  private final Diagnostics diag;
  private final Set<String> writtenEarlier;
  private final ClassPathModels classPath;

  /**
   * @param writtenEarlier qualified names of the models whose code earlier rounds wrote
   * @param classPath the models read from class files (this module's compiled earlier, and other
   *     compilations' that relations point at), or null for none
   */
  public GraphBuilder(Diagnostics diag, Set<String> writtenEarlier, ClassPathModels classPath) {
    this.diag = diag;
    this.writtenEarlier = writtenEarlier;
    this.classPath = classPath;
  }

  public GraphBuilder(Diagnostics diag, Set<String> writtenEarlier) {
    this(diag, writtenEarlier, null);
  }

  /**
   * The graph of the round's {@code models} and the models read from class files. Each key column
   * takes its target's key type, read from the target's class file when it was compiled
   * elsewhere; a target whose generated code is not on the class path is reported (E315).
   */
  public ModelGraph build(List<ModelInfo> models) {
    List<ModelInfo> all = new ArrayList<>(models);
    if (classPath != null) {
      all.addAll(classPath.models());
    }
    Map<String, ModelInfo> byName = new HashMap<>();
    for (ModelInfo m : all) {
      byName.put(m.qualifiedName(), m);
    }
    List<ModelInfo> resolved = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ModelInfo m = all.get(i);
      boolean round = i < models.size();
      List<FieldInfo> fields = new ArrayList<>();
      for (FieldInfo f : m.fields()) {
        if (f.isRelation() && f.type() == null) {
          ModelInfo target = byName.get(f.relation().target());
          FieldInfo to = round ? check(f, target, byName) : compiledToField(f, target);
          ScalarType key = to != null ? to.type() : target == null ? ScalarType.LONG : keyType(target, byName, 0);
          int maxLength = to != null ? to.maxLength() : 0;
          Relation r = f.relation();
          if (to == null && r.toField() != null) { // the key itself, or reported: store the key
            r = new Relation(r.kind(), r.source(), r.field(), r.target(), r.onDelete(), r.nullable(),
                r.defaultValue(), r.relatedName(), r.accessorName(), r.queryName(), r.element(), null);
          }
          if (r.hasThroughModel()) {
            r = resolveThrough(r, byName, round);
          }
          f = new FieldInfo(f.element(), f.name(), f.column(), key, f.javaType(), false, f.nullable(),
              maxLength, f.unique(), f.indexed(), f.defaultValue(), f.primaryKey(), false, r, f.renamedFrom());
        }
        fields.add(f);
      }
      resolved.add(new ModelInfo(m.element(), m.className(), m.table(), m.ordering(), List.copyOf(fields),
          m.declaredFields(), m.inherits(), m.hooks(), m.constraints(), m.primaryKey()));
    }
    return classPath == null ? new ModelGraph(resolved)
        : new ModelGraph(resolved, classPath.compiled(), classPath.foreign());
  }

  /**
   * The many-to-many {@code r} with its through model's key to each side: the fields
   * {@code throughFields} names, or the one foreign key to each side (for a self-relation, the first
   * two, in declaration order, as Django takes them). Reports what does not fit when
   * {@code report} (a model of this round); otherwise leaves the keys unresolved.
   */
  private Relation resolveThrough(Relation r, Map<String, ModelInfo> byName, boolean report) {
    AnnotationMirror a = Annotations.find(r.element(), Annotations.MANY_TO_MANY);
    javax.lang.model.element.AnnotationValue throughValue = Annotations.explicit(a, "through");
    javax.lang.model.element.AnnotationValue fieldsValue = Annotations.explicit(a, "throughFields");
    ModelInfo through = byName.get(r.through());
    String name = simpleName(r.through());
    if (through == null) {
      if (report) {
        diag.throughUnavailable(r.element(), a, throughValue, name);
      }
      return r;
    }
    if (r.through().equals(r.source()) || r.through().equals(r.target())) {
      if (report) {
        diag.throughIsSide(r.element(), a, throughValue, name);
      }
      return r;
    }
    String sourceName = simpleName(r.source());
    String targetName = simpleName(r.target());
    if (r.throughFields().size() == 2) {
      FieldInfo s = throughField(r, through, r.throughFields().get(0), r.source(), a, fieldsValue, report);
      FieldInfo t = throughField(r, through, r.throughFields().get(1), r.target(), a, fieldsValue, report);
      return s == null || t == null ? r : r.withThroughKeys(s.name(), t.name());
    }
    List<String> toSource = keysTo(through, r.source());
    List<String> toTarget = keysTo(through, r.target());
    if (r.source().equals(r.target())) {
      if (toSource.size() == 2) {
        return r.withThroughKeys(toSource.get(0), toSource.get(1));
      }
      if (report && toSource.size() < 2) {
        diag.throughWithoutKey(r.element(), a, throughValue, name, sourceName + " (two are needed: from and to)");
      } else if (report) {
        diag.ambiguousThrough(r.element(), a, throughValue, name, sourceName, toSource, true);
      }
      return r;
    }
    boolean ok = true;
    for (var side : List.of(Map.entry(sourceName, toSource), Map.entry(targetName, toTarget))) {
      if (side.getValue().size() != 1) {
        ok = false;
        if (report && side.getValue().isEmpty()) {
          diag.throughWithoutKey(r.element(), a, throughValue, name, side.getKey());
        } else if (report) {
          diag.ambiguousThrough(r.element(), a, throughValue, name, side.getKey(), side.getValue(), false);
        }
      }
    }
    return ok ? r.withThroughKeys(toSource.get(0), toTarget.get(0)) : r;
  }

  /** The names of the foreign keys (and one-to-ones) of {@code through} to model {@code to}, in declaration order. */
  private static List<String> keysTo(ModelInfo through, String to) {
    List<String> out = new ArrayList<>();
    for (FieldInfo f : through.fields()) {
      if (f.isRelation() && f.relation().kind() != Relation.Kind.MANY_TO_MANY && f.relation().target().equals(to)) {
        out.add(f.name());
      }
    }
    return out;
  }

  private FieldInfo throughField(Relation r, ModelInfo through, String name, String side, AnnotationMirror a,
      javax.lang.model.element.AnnotationValue v, boolean report) {
    for (FieldInfo f : through.fields()) {
      if (f.name().equals(name)) {
        if (f.isRelation() && f.relation().kind() != Relation.Kind.MANY_TO_MANY
            && f.relation().target().equals(side)) {
          return f;
        }
        if (report) {
          diag.throughFieldWrongTarget(r.element(), a, v, through.simpleName(), name, simpleName(side));
        }
        return null;
      }
    }
    if (report) {
      diag.unknownThroughField(r.element(), a, v, through.simpleName(), name);
    }
    return null;
  }

  /**
   * The key type of {@code m}: its key field's, or, when the key is a one-to-one
   * ({@code @OneToOne @PrimaryKey}), the key type of the model it points at, and so on.
   */
  private static ScalarType keyType(ModelInfo m, Map<String, ModelInfo> byName, int depth) {
    if (m.isComposite()) {
      return ScalarType.LONG; // a relation to a composite key is refused (E127)
    }
    FieldInfo pk = m.pk();
    if (!pk.isRelation() || pk.type() != null) {
      return pk.type();
    }
    ModelInfo next = byName.get(pk.relation().target());
    if (next == null || depth > byName.size()) {
      return ScalarType.LONG; // outside the round, or a cycle of one-to-one keys (refused by the database)
    }
    return keyType(next, byName, depth + 1);
  }

  /** Checks the relation of {@code f}; answers the target's field its {@code toField} names, or null. */
  private FieldInfo check(FieldInfo f, ModelInfo target, Map<String, ModelInfo> byName) {
    Relation r = f.relation();
    AnnotationMirror a = relationAnnotation(f);
    if (target == null && writtenEarlier.contains(r.target())) {
      diag.targetWrittenEarlier(f.element(), a, simpleName(r.target()));
      return null;
    }
    if (classPath != null && classPath.withoutGeneratedCode().contains(r.target())) {
      diag.targetWithoutGeneratedCode(f.element(), a, simpleName(r.target()), r.target());
      return null;
    }
    if (target == null && r.toField() != null) {
      // the target's fields are not known here: the key column's type and REFERENCES would be guesses
      diag.toFieldOutsideCompilation(f.element(), a, Annotations.explicit(a, "toField"), simpleName(r.target()));
      return null;
    }
    FieldInfo to = target == null ? null : toField(f, target, a);
    if (to != null && to.conversion() != null) {
      diag.toFieldConverted(f.element(), a, Annotations.explicit(a, "toField"), simpleName(r.target()), to.name());
      return null;
    }
    if (r.defaultValue() == null || (target == null && diag.hasErrors(r.target()))) {
      return to; // no default, or a broken target whose key type is unknown (its errors are reported)
    }
    ScalarType key = to != null ? to.type() : target == null ? ScalarType.LONG : keyType(target, byName, 0);
    String problem = Literals.problem(key, r.defaultValue(), null);
    if (problem != null) {
      diag.badDefaultKey(f.element(), a, Annotations.explicit(a, "defaultValue"), simpleName(r.target()),
          keyTypeName(key), problem);
    }
    return to;
  }

  /**
   * The unique scalar field of {@code target} that {@code toField} names (Django's {@code to_field});
   * null for none, or after reporting a field that does not exist or is not unique.
   */
  private FieldInfo toField(FieldInfo f, ModelInfo target, AnnotationMirror a) {
    String name = f.relation().toField();
    if (name == null) {
      return null;
    }
    for (FieldInfo t : target.columns()) {
      if (t.name().equals(name) && !t.isRelation()) {
        if (t.primaryKey()) {
          return null; // the key itself: as without toField
        }
        if (!t.unique()) {
          diag.toFieldNotUnique(f.element(), a, Annotations.explicit(a, "toField"), target.simpleName(), name);
          return null;
        }
        return t;
      }
    }
    if (!target.dropped(name)) {
      diag.unknownToField(f.element(), a, Annotations.explicit(a, "toField"), target.simpleName(), name);
    }
    return null;
  }

  /**
   * The target's field a relation of a model compiled earlier names in {@code toField}, or null:
   * that model was checked when it was compiled, so nothing is reported here.
   */
  private static FieldInfo compiledToField(FieldInfo f, ModelInfo target) {
    String name = f.relation().toField();
    if (name == null || target == null) {
      return null;
    }
    for (FieldInfo t : target.columns()) {
      if (t.name().equals(name) && !t.isRelation() && !t.primaryKey() && t.unique()) {
        return t;
      }
    }
    return null;
  }

  private static AnnotationMirror relationAnnotation(FieldInfo f) {
    AnnotationMirror a = Annotations.find(f.element(), Annotations.FOREIGN_KEY);
    if (a == null) {
      a = Annotations.find(f.element(), Annotations.ONE_TO_ONE);
    }
    return a != null ? a : Annotations.find(f.element(), Annotations.MANY_TO_MANY);
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  private static String keyTypeName(ScalarType key) {
    return switch (key) {
      case INT -> "int";
      case LONG -> "long";
      case STRING -> "String";
      default -> key.name();
    };
  }
}
