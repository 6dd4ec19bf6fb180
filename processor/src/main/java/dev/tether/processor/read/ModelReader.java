package dev.tether.processor.read;

import com.palantir.javapoet.ClassName;
import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.ScalarType;
import dev.tether.processor.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * With {@link FieldReader} and {@link RelationReader}, the only code that reads {@code Element}s
 * and {@code TypeMirror}s: turns each {@code @Model} class into a {@link ModelInfo}, reporting what
 * is wrong with one declaration on its element.
 */
public final class ModelReader {
  private final Annotations annotations;
  private final FieldReader fields;
  private final Diagnostics diag;
  private final CompositeKeyReader compositeKeys;

  public ModelReader(Elements elements, Diagnostics diag) {
    this.annotations = new Annotations(elements);
    this.fields = new FieldReader(annotations, diag);
    this.diag = diag;
    this.compositeKeys = new CompositeKeyReader(diag);
  }

  /** A type this round cannot resolve yet (made by another processor, perhaps). */
  public static final class MissingType extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final String type;

    MissingType(String type) {
      super(type, null, false, false);
      this.type = type;
    }
  }

  /** Reads one model; null when it is too broken to describe (its errors are reported). */
  public ModelInfo read(TypeElement type) {
    if (!checkShape(type)) {
      return null;
    }
    checkSupertype(type);
    checkConstructor(type);
    AnnotationMirror model = Annotations.find(type, Annotations.MODEL);
    String table = annotations.string(model, "table", "");
    if (table.isEmpty()) {
      table = Names.table(type.getSimpleName().toString());
    }
    List<FieldInfo> read = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    boolean explicitKey = false;
    TypeElement inherits = inherits(type, model);
    if (inherits != null) {
      explicitKey = readInherited(type, inherits, read, declared);
    }
    for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      Set<Modifier> mods = f.getModifiers();
      if (mods.contains(Modifier.STATIC) || mods.contains(Modifier.TRANSIENT)) {
        continue;
      }
      if (declared.contains(f.getSimpleName().toString())) {
        diag.hidesInherited(f, inherits.getSimpleName().toString());
        continue;
      }
      declared.add(f.getSimpleName().toString());
      FieldInfo info = fields.read(type, f);
      if (info != null) {
        explicitKey |= info.primaryKey();
        read.add(info);
      }
    }
    List<String> compositeKey = compositeKeys.read(type, model, annotations.strings(model, "primaryKey"), read,
        declared);
    explicitKey |= !compositeKey.isEmpty();
    if (!explicitKey) {
      read.add(0, new FieldInfo(null, "id", "id", ScalarType.LONG, ClassName.get(Long.class), false, false, 0,
          false, false, null, true, true, null));
    }
    List<String> ordering = annotations.strings(model, "ordering");
    return new ModelInfo(type, ClassName.get(type), table, ordering, List.copyOf(read), List.copyOf(declared),
        inherits, HookReader.overridden(type, inherits), new ConstraintReader(annotations).read(type), compositeKey);
  }

  /**
   * Checks an {@code @AbstractModel} class and its fields once, as they would be read for a model
   * (each model inheriting it reads them again; a fault is reported once, on the field).
   */
  public void readAbstract(TypeElement type) {
    if (Annotations.find(type, Annotations.MODEL) != null) {
      diag.abstractModelShape(type, "a class that is also a @Model");
      return;
    }
    if (type.getKind() != javax.lang.model.element.ElementKind.CLASS || !type.getTypeParameters().isEmpty()
        || type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS
        || type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
        || privatelyNested(type)) {
      diag.abstractModelShape(type, "an interface, enum, record, generic, inner, local or private nested class");
      return;
    }
    checkSupertype(type);
    for (AnnotationMirror a : ConstraintReader.all(type)) {
      diag.constraintOnAbstract(type, a, a.getAnnotationType().asElement().getSimpleName().toString());
    }
    for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!f.getModifiers().contains(Modifier.STATIC) && !f.getModifiers().contains(Modifier.TRANSIENT)) {
        fields.read(type, f);
      }
    }
  }

  /**
   * The {@code @AbstractModel} class a {@code @Model} names in {@code inherits}, or null: what its
   * header-only base extends, so code using the inherited fields reports no extra error.
   */
  public static ClassName inheritsOf(TypeElement type) {
    AnnotationValue v = Annotations.explicit(Annotations.find(type, Annotations.MODEL), "inherits");
    if (v != null && v.getValue() instanceof javax.lang.model.type.DeclaredType t
        && Annotations.find(t.asElement(), Annotations.ABSTRACT_MODEL) != null) {
      return ClassName.get((TypeElement) t.asElement());
    }
    return null;
  }

  /** The {@code @AbstractModel} named by {@code inherits}, or null for none or a wrong one (reported). */
  private TypeElement inherits(TypeElement type, AnnotationMirror model) {
    TypeMirror t = annotations.type(model, "inherits");
    if (t == null || t.getKind() != TypeKind.DECLARED || t.toString().equals("java.lang.Object")) {
      return null;
    }
    TypeElement base = (TypeElement) ((javax.lang.model.type.DeclaredType) t).asElement();
    if (Annotations.find(base, Annotations.ABSTRACT_MODEL) == null) {
      diag.notAnAbstractModel(type, model, Annotations.explicit(model, "inherits"), base.getSimpleName().toString());
      return null;
    }
    return base;
  }

  /** Reads the fields {@code type} inherits from {@code base}, first; whether one is the key. */
  private boolean readInherited(TypeElement type, TypeElement base, List<FieldInfo> read, List<String> declared) {
    boolean key = false;
    boolean samePackage = packageOf(type).equals(packageOf(base));
    for (VariableElement f : ElementFilter.fieldsIn(base.getEnclosedElements())) {
      Set<Modifier> mods = f.getModifiers();
      if (mods.contains(Modifier.STATIC) || mods.contains(Modifier.TRANSIENT)) {
        continue;
      }
      declared.add(f.getSimpleName().toString());
      if (!samePackage && !mods.contains(Modifier.PUBLIC)) {
        diag.inheritedNotPublic(type, f);
        continue;
      }
      FieldInfo info = fields.read(type, f);
      if (info != null) {
        key |= info.primaryKey();
        read.add(info);
      }
    }
    return key;
  }

  private static String packageOf(Element e) {
    while (!(e instanceof javax.lang.model.element.PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((javax.lang.model.element.PackageElement) e).getQualifiedName().toString();
  }

  /** The name of a type the fields of {@code model} use that does not resolve (yet), or null. */
  public static String missingType(TypeElement model) {
    for (VariableElement f : ElementFilter.fieldsIn(model.getEnclosedElements())) {
      if (f.asType().getKind() == TypeKind.ERROR) {
        return f.asType().toString();
      }
    }
    return null;
  }

  private boolean checkShape(TypeElement type) {
    String what = switch (type.getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation";
      case RECORD -> "a record: its fields are final";
      default -> null;
    };
    if (what == null && type.getModifiers().contains(Modifier.ABSTRACT)) {
      what = "an abstract class";
    } else if (what == null && !type.getTypeParameters().isEmpty()) {
      what = "a generic class";
    } else if (what == null && type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      what = "an inner (non-static nested) class";
    } else if (what == null && type.getNestingKind() != NestingKind.TOP_LEVEL
        && type.getNestingKind() != NestingKind.MEMBER) {
      what = "a local or anonymous class";
    } else if (what == null && privatelyNested(type)) {
      diag.privateNestedModel(type);
      return false;
    }
    if (what != null) {
      diag.notAClass(type, what);
      return false;
    }
    return true;
  }

  private static boolean privatelyNested(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t && t.getNestingKind() == NestingKind.MEMBER;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  private void checkSupertype(TypeElement type) {
    TypeMirror sup = type.getSuperclass();
    ClassName expected = Names.base(ClassName.get(type));
    // In the first round the base does not exist yet: its mirror is an error type named as written.
    String found = sup.getKind() == TypeKind.NONE ? null : sup.toString();
    if (found != null) {
      String simple = found.substring(found.lastIndexOf('.') + 1);
      boolean samePackageOrSimple = !found.contains(".") || found.equals(expected.canonicalName());
      if (simple.equals(expected.simpleName()) && samePackageOrSimple) {
        return;
      }
    }
    diag.wrongSupertype(type, "java.lang.Object".equals(found) ? null : found);
  }

  private void checkConstructor(TypeElement type) {
    List<ExecutableElement> ctors = ElementFilter.constructorsIn(type.getEnclosedElements());
    for (ExecutableElement c : ctors) {
      if (c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE)) {
        return;
      }
    }
    diag.noConstructor(type);
  }
}
