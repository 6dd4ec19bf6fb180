package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to; the processor does not link against them. */
final class Runtime {
  private Runtime() {}

  static final String PKG = "dev.tether";
  static final ClassName MANAGER = ClassName.get(PKG, "Manager");
  static final ClassName RELATED_MANAGER = ClassName.get(PKG, "RelatedManager");
  static final ClassName OBJECT_DOES_NOT_EXIST = ClassName.get(PKG, "ObjectDoesNotExist");
  static final ClassName MULTIPLE_OBJECTS_RETURNED = ClassName.get(PKG, "MultipleObjectsReturned");
  static final ClassName ON_DELETE = ClassName.get(PKG, "OnDelete");
  static final ClassName Q = ClassName.get(PKG, "Q");

  static final ClassName ENTITY = ClassName.get(PKG + ".meta", "Entity");
  static final ClassName MODEL_META = ClassName.get(PKG + ".meta", "ModelMeta");
  static final ClassName FIELD_META = ClassName.get(PKG + ".meta", "FieldMeta");
  static final ClassName CHOICES = ClassName.get(PKG + ".meta", "Choices");
  static final ClassName CHOICES_STORAGE = CHOICES.nestedClass("Storage");
  static final ClassName FOREIGN_KEY_META = ClassName.get(PKG + ".meta", "ForeignKeyMeta");
  static final ClassName MANY_TO_MANY_META = ClassName.get(PKG + ".meta", "ManyToManyMeta");
  static final ClassName MANY_RELATED_MANAGER = ClassName.get(PKG, "ManyRelatedManager");
  static final ClassName THROUGH_MANAGER = ClassName.get(PKG, "ThroughManager");
  static final ClassName SQL_TYPE = ClassName.get(PKG + ".meta", "SqlType");
  static final ClassName ROW_READER = ClassName.get(PKG + ".meta", "RowReader");
  static final ClassName ROW_WRITER = ClassName.get(PKG + ".meta", "RowWriter");
  static final ClassName MODEL_REGISTRY = ClassName.get(PKG + ".meta", "ModelRegistry");

  static final ClassName MODEL_PATH = ClassName.get(PKG + ".path", "ModelPath");
  static final ClassName ASSIGNMENT = ClassName.get(PKG + ".path", "Assignment");
  static final ClassName COLUMN = ClassName.get(PKG + ".path", "Column");
  static final ClassName FIELD_PATH = ClassName.get(PKG + ".path", "FieldPath");
  static final ClassName PATH_NODE = ClassName.get(PKG + ".internal.query", "PathNode");

  static final ClassName DEFERRED = ClassName.get(PKG + ".internal.persist", "Deferred");

  static ClassName column(String simpleName) {
    return ClassName.get(PKG + ".path", simpleName);
  }
}
