package dev.tether.processor.read;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.model.ScalarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @Model(primaryKey = {...})}, a composite primary key (Django 5.2's
 * {@code CompositePrimaryKey}), and marks its fields as the key; reports each fault on the model's
 * {@code primaryKey} value or on the field at fault.
 */
final class CompositeKeyReader {
  private final Diagnostics diag;

  CompositeKeyReader(Diagnostics diag) {
    this.diag = diag;
  }

  /**
   * The names of the composite key of {@code type}, its fields in {@code read} marked as the key;
   * empty when it declares none, or when the declaration is wrong (reported; the model then keeps
   * an implicit key so the rest of it is still checked and written).
   */
  List<String> read(TypeElement type, AnnotationMirror model, List<String> names, List<FieldInfo> read,
      List<String> declared) {
    if (names.isEmpty()) {
      return List.of();
    }
    AnnotationValue at = Annotations.explicit(model, "primaryKey");
    String simple = type.getSimpleName().toString();
    boolean ok = true;
    for (FieldInfo f : read) {
      if (f.primaryKey()) { // @PrimaryKey as well: a composite key is the only key, and never generated
        diag.keyFieldWithPrimaryKey(f.element(), simple, f.name());
        ok = false;
      }
    }
    if (names.size() < 2) {
      diag.compositeKeyOfOne(type, model, at, names.get(0));
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    List<Integer> positions = new ArrayList<>();
    for (String n : names) {
      if (!seen.add(n)) {
        diag.compositeKeyRepeats(type, model, at, n);
        ok = false;
        continue;
      }
      int i = indexOf(read, n);
      if (i < 0) {
        if (!declared.contains(n)) { // a dropped field was reported where it is declared
          diag.compositeKeyUnknownField(type, model, at, n, columnNames(read));
        }
        ok = false;
        continue;
      }
      FieldInfo f = read.get(i);
      if (f.isRelation() && f.relation().kind() == Relation.Kind.MANY_TO_MANY) {
        diag.compositeKeyUnknownField(type, model, at, n, columnNames(read));
        ok = false;
        continue;
      }
      if (f.nullable() || f.isRelation() && f.relation().nullable()) {
        diag.compositeKeyNullable(f.element(), simple, n);
        ok = false;
      }
      if (!f.isRelation() && (f.type() == ScalarType.BYTES || f.type() == ScalarType.FLOAT
          || f.type() == ScalarType.DOUBLE || f.type() == ScalarType.ENUM)) {
        diag.compositeKeyType(f.element(), n, f.javaType().toString());
        ok = false;
      }
      positions.add(i);
    }
    for (int k = 1; ok && k < positions.size(); k++) {
      if (positions.get(k) < positions.get(k - 1)) {
        List<String> ordered = new ArrayList<>(names);
        ordered.sort((a, b) -> Integer.compare(indexOf(read, a), indexOf(read, b)));
        diag.compositeKeyOrder(type, model, at, ordered);
        ok = false;
      }
    }
    if (!ok) {
      return List.of();
    }
    for (int i : positions) {
      read.set(i, read.get(i).inCompositeKey());
    }
    return List.copyOf(names);
  }

  private static int indexOf(List<FieldInfo> read, String name) {
    for (int i = 0; i < read.size(); i++) {
      if (read.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> columnNames(List<FieldInfo> read) {
    List<String> out = new ArrayList<>();
    for (FieldInfo f : read) {
      if (!(f.isRelation() && f.relation().kind() == Relation.Kind.MANY_TO_MANY)) {
        out.add(f.name());
      }
    }
    return out;
  }
}
