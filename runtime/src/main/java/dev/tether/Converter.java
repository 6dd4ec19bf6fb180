package dev.tether;

/**
 * Stores a field of a user type {@code U} in a column of a type Tether supports {@code C}: JPA's
 * {@code AttributeConverter}, jOOQ's {@code Converter}, Django's {@code from_db_value} and
 * {@code get_prep_value} of a custom field. Named on the field with {@link Convert}; the generated
 * code creates one instance with {@code new} (so the class needs a public no-argument constructor)
 * and calls it for every value read, saved or compared in a lookup.
 *
 * <p>{@code C} is one of the types a model field may have (boxed): {@code String}, {@code Integer},
 * {@code Long}, {@code Short}, {@code Double}, {@code Float}, {@code Boolean}, {@code BigDecimal},
 * {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime}, {@code Instant},
 * {@code OffsetDateTime}, {@code Duration}, {@code UUID} or {@code byte[]}. NULL never reaches a
 * converter: a null field is a NULL column and back.
 *
 * @param <U> the field's type
 * @param <C> the column's Java type
 */
public interface Converter<U, C> {
  /** The value stored for {@code value} (never null). */
  C toColumn(U value);

  /** The field value for the column's {@code value} (never null). */
  U fromColumn(C value);
}
