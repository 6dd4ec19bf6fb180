package dev.tether.processor.read;

import com.palantir.javapoet.ClassName;
import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.naming.Names;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import java.util.List;

/**
 * Reads a relation field ({@code @ForeignKey}, {@code @OneToOne}, {@code @ManyToMany}) into its
 * key column and the {@link Relation} both models share. The key's type is the target's key
 * type, which {@link GraphBuilder} fills in once every model of the round is read.
 */
final class RelationReader {
  private final Annotations annotations;
  private final Diagnostics diag;

  RelationReader(Annotations annotations, Diagnostics diag) {
    this.annotations = annotations;
    this.diag = diag;
  }

  FieldInfo read(TypeElement model, VariableElement f, AnnotationMirror a, boolean foreignKey,
      AnnotationMirror field, boolean primaryKey) {
    String annotation = foreignKey ? "ForeignKey" : "OneToOne";
    TypeMirror t = f.asType();
    if (t.getKind() != TypeKind.DECLARED
        || Annotations.find(((DeclaredType) t).asElement(), Annotations.MODEL) == null) {
      diag.notAModel(f, annotation, t.toString());
      return null;
    }
    TypeElement target = (TypeElement) ((DeclaredType) t).asElement();
    String onDelete = annotations.enumName(a, "onDelete");
    boolean nullable = annotations.bool(a, "nullable");
    String def = annotations.string(a, "defaultValue", "");
    AnnotationValue onDeleteValue = Annotations.explicit(a, "onDelete");
    boolean ok = true;
    if ("SET_NULL".equals(onDelete) && !nullable) {
      diag.setNullNotNullable(f, a, onDeleteValue);
      ok = false;
    }
    if ("SET_DEFAULT".equals(onDelete) && def.isEmpty()) {
      diag.setDefaultWithoutDefault(f, a, onDeleteValue);
      ok = false;
    }
    if (primaryKey && nullable) {
      diag.nullableKeyRelation(f, a, Annotations.explicit(a, "nullable"));
      ok = false;
    }
    String relatedName = relatedName(model, f, a);
    ok &= relatedName != null;
    String toField = foreignKey ? annotations.string(a, "toField", "") : "";
    if (foreignKey && field != null && annotations.bool(field, "unique")) {
      diag.uniqueForeignKey(f, field);
    }
    if (!ok) {
      return null;
    }
    String source = model.getSimpleName().toString();
    String name = f.getSimpleName().toString();
    Relation.Kind kind = foreignKey ? Relation.Kind.FOREIGN_KEY : Relation.Kind.ONE_TO_ONE;
    String accessor = relatedName.isEmpty() ? Names.defaultAccessor(source, !foreignKey) : relatedName;
    String query = relatedName.isEmpty() ? Names.defaultQueryName(source) : relatedName;
    if (!hidden(relatedName) && !identifiers(f, a, accessor, query)) {
      return null;
    }
    Relation r = new Relation(kind, model.getQualifiedName().toString(), name,
        target.getQualifiedName().toString(), onDelete, nullable, def.isEmpty() ? null : def, relatedName,
        accessor, query, f, toField.isEmpty() ? null : toField);
    // the key column's type is the target's key type (or its toField's): null until GraphBuilder resolves it
    return new FieldInfo(f, name, Names.keyColumn(name), null, ClassName.get(target), false, nullable, 0,
        !foreignKey, true, def.isEmpty() ? null : def, primaryKey, false, r, annotations.optional(a, "renamedFrom"));
  }

  FieldInfo readManyToMany(TypeElement model, VariableElement f, AnnotationMirror a) {
    TypeMirror t = f.asType();
    TypeElement target = null;
    if (t.getKind() == TypeKind.DECLARED) {
      DeclaredType dt = (DeclaredType) t;
      String raw = ((TypeElement) dt.asElement()).getQualifiedName().toString();
      if ((raw.equals("java.util.List") || raw.equals("java.util.Set")) && dt.getTypeArguments().size() == 1
          && dt.getTypeArguments().get(0).getKind() == TypeKind.DECLARED) {
        Element arg = ((DeclaredType) dt.getTypeArguments().get(0)).asElement();
        if (Annotations.find(arg, Annotations.MODEL) != null) {
          target = (TypeElement) arg;
        }
      }
    }
    if (target == null) {
      diag.badManyToMany(f, t.toString());
      return null;
    }
    String relatedName = relatedName(model, f, a);
    if (relatedName == null) {
      return null;
    }
    String source = model.getSimpleName().toString();
    String name = f.getSimpleName().toString();
    String accessor = relatedName.isEmpty() ? Names.defaultAccessor(source, false) : relatedName;
    String query = relatedName.isEmpty() ? Names.defaultQueryName(source) : relatedName;
    boolean oneWay = model.equals(target) && Annotations.explicit(a, "symmetrical") != null
        && !annotations.bool(a, "symmetrical");
    if ((!model.equals(target) || oneWay) && !hidden(relatedName) && !identifiers(f, a, accessor, query)) {
      return null; // (a symmetrical self-relation has no reverse names)
    }
    TypeMirror throughType = annotations.type(a, "through");
    String through = null;
    List<String> throughFields = annotations.strings(a, "throughFields");
    if (throughType != null && throughType.getKind() == TypeKind.DECLARED) {
      Element te = ((DeclaredType) throughType).asElement();
      if (Annotations.find(te, Annotations.MODEL) == null) {
        diag.throughNotAModel(f, a, Annotations.explicit(a, "through"), throughType.toString());
        return null;
      }
      through = ((TypeElement) te).getQualifiedName().toString();
    } else if (throughType != null && throughType.getKind() == TypeKind.ERROR) {
      throw new ModelReader.MissingType(throughType.toString());
    }
    if (!throughFields.isEmpty() && (through == null || throughFields.size() != 2)) {
      diag.badThroughFields(f, a, Annotations.explicit(a, "throughFields"), through == null, throughFields.size());
      return null;
    }
    Relation r = new Relation(Relation.Kind.MANY_TO_MANY, model.getQualifiedName().toString(), name,
        target.getQualifiedName().toString(), null, false, null, relatedName, accessor, query, f, null,
        through, throughFields, null, null, oneWay);
    return new FieldInfo(f, name, Names.column(name), null, ClassName.get(target), false, false, 0, false, false,
        null, false, false, r, annotations.optional(a, "renamedFrom"));
  }

  /** Whether Django's default reverse names are Java identifiers: model {@code Case} has query name {@code case}. */
  private boolean identifiers(VariableElement f, AnnotationMirror a, String accessor, String query) {
    for (String name : new String[] {accessor, query}) {
      if (!Names.isIdentifier(name)) {
        diag.defaultNameIsKeyword(f, a, name);
        return false;
      }
    }
    return true;
  }

  /** Django's {@code related_name="+"} or {@code "name+"}: no reverse accessor or path. */
  private static boolean hidden(String relatedName) {
    return relatedName.equals("+")
        || relatedName.endsWith("+") && Names.isIdentifier(relatedName.substring(0, relatedName.length() - 1));
  }

  /**
   * The declared relatedName with {@code {class}} and {@code {Class}} replaced by the model's name
   * (Django's {@code %(class)s}), "" for none, or null when it is neither an identifier nor hidden,
   * or is declared on an abstract base without a placeholder (reported).
   */
  private String relatedName(TypeElement model, VariableElement f, AnnotationMirror a) {
    String declared = annotations.string(a, "relatedName", "");
    if (!declared.isEmpty() && !hidden(declared) && !declared.contains("{class}") && !declared.contains("{Class}")
        && Annotations.find(f.getEnclosingElement(), Annotations.ABSTRACT_MODEL) != null) {
      diag.sharedRelatedName(f, a, Annotations.explicit(a, "relatedName"), declared);
      return null;
    }
    String simple = model.getSimpleName().toString();
    String relatedName = declared.replace("{class}", Names.lowerCamel(simple)).replace("{Class}", simple);
    if (!relatedName.isEmpty() && !Names.isIdentifier(relatedName) && !hidden(relatedName)) {
      diag.badRelatedName(f, a, Annotations.explicit(a, "relatedName"), relatedName);
      return null;
    }
    return relatedName;
  }
}
