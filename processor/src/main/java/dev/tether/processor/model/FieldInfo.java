package dev.tether.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;

/**
 * One persistent field of a model, as read and checked: a scalar column, the key column of a
 * relation, or a many-to-many (which has no column).
 *
 * @param element the declaring field, or null for the implicit {@code id}
 * @param javaType the field's type (for a relation, the target model)
 * @param primitive whether the Java type is primitive (always NOT NULL)
 * @param relation the relation declared by this field, or null
 * @param renamedFrom the field's previous name ({@code renamedFrom}), or null, for makemigrations
 * @param auto {@code autoNow} or {@code autoNowAdd}, or null
 * @param conversion the converter or JSON codec the values go through, or null
 * @param choices an enum field's stored values and labels, or null
 */
public record FieldInfo(
    Element element,
    String name,
    String column,
    ScalarType type,
    TypeName javaType,
    boolean primitive,
    boolean nullable,
    int maxLength,
    boolean unique,
    boolean indexed,
    String defaultValue,
    boolean primaryKey,
    boolean autoIncrement,
    Relation relation,
    String renamedFrom,
    AutoNow auto,
    Conversion conversion,
    EnumChoices choices) {

  /**
   * A field stored through a user class: a {@code @Convert} converter or a {@code @Json} codec.
   *
   * @param converter the class, created once with {@code new} by generated code
   * @param json whether it is a {@code JsonCodec} (else a {@code Converter})
   */
  public record Conversion(TypeName converter, boolean json) {}

  /** A field with no converter. */
  public FieldInfo(Element element, String name, String column, ScalarType type, TypeName javaType, boolean primitive,
      boolean nullable, int maxLength, boolean unique, boolean indexed, String defaultValue, boolean primaryKey,
      boolean autoIncrement, Relation relation, String renamedFrom, AutoNow auto) {
    this(element, name, column, type, javaType, primitive, nullable, maxLength, unique, indexed, defaultValue,
        primaryKey, autoIncrement, relation, renamedFrom, auto, null, null);
  }

  /** Django's {@code auto_now} ({@code EVERY_SAVE}) and {@code auto_now_add} ({@code INSERT}). */
  public enum AutoNow {
    EVERY_SAVE,
    INSERT
  }

  /** A field that is not set to now by saves. */
  public FieldInfo(Element element, String name, String column, ScalarType type, TypeName javaType, boolean primitive,
      boolean nullable, int maxLength, boolean unique, boolean indexed, String defaultValue, boolean primaryKey,
      boolean autoIncrement, Relation relation, String renamedFrom) {
    this(element, name, column, type, javaType, primitive, nullable, maxLength, unique, indexed, defaultValue,
        primaryKey, autoIncrement, relation, renamedFrom, null);
  }

  /** A field that was not renamed. */
  public FieldInfo(Element element, String name, String column, ScalarType type, TypeName javaType, boolean primitive,
      boolean nullable, int maxLength, boolean unique, boolean indexed, String defaultValue, boolean primaryKey,
      boolean autoIncrement, Relation relation) {
    this(element, name, column, type, javaType, primitive, nullable, maxLength, unique, indexed, defaultValue,
        primaryKey, autoIncrement, relation, null, null);
  }

  /** This field as part of a composite primary key: NOT NULL, never generated. */
  public FieldInfo inCompositeKey() {
    return new FieldInfo(element, name, column, type, javaType, primitive, nullable, maxLength, unique, indexed,
        defaultValue, true, false, relation, renamedFrom, auto);
  }

  public boolean isRelation() {
    return relation != null;
  }

  public boolean isImplicitKey() {
    return element == null;
  }
}
