package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field of a type Tether does not know through a {@link Converter}:
 * {@code @Convert(MoneyConverter.class) Money price;}. The column has the converter's column type;
 * lookups on {@code Product_.price} take {@code Money} values, which the converter turns into
 * column values before they are bound. JPA's {@code @Convert}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Convert {
  /** The converter: implements {@code Converter<FieldType, ColumnType>}, public no-argument constructor. */
  Class<?> value();
}
