package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column options for a scalar model field. A field without this annotation is a column with the
 * defaults below.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Field {
  /** Maximum length of a string column ({@code VARCHAR(n)}); 0 means unbounded ({@code TEXT}). */
  int maxLength() default 0;

  /** Whether the column accepts NULL. Primitive fields are always NOT NULL. */
  boolean nullable() default false;

  /** Adds a UNIQUE constraint. */
  boolean unique() default false;

  /** Adds an index on the column. */
  boolean index() default false;

  /** The column name; by default the field name in snake_case ({@code pubDate} is {@code pub_date}). */
  String column() default "";

  /**
   * The column's default, as a literal of the field's type ({@code "0"}, {@code "draft"},
   * {@code "2020-01-01"}). It becomes the SQL DEFAULT and the value of a field left null when saving.
   */
  String defaultValue() default "";

  /**
   * The field's previous Java name, when it was renamed: {@code makemigrations} then writes a
   * rename (the column keeps its rows) instead of dropping the old column and adding a new one,
   * which it cannot tell apart. Django's {@code RenameField}. Harmless once migrated; remove it
   * whenever you like.
   */
  String renamedFrom() default "";

  /**
   * Sets the field to the current time on every {@code save()} and {@code bulkCreate()}, not on
   * {@code QuerySet.update()}: Django's {@code auto_now}. For {@code Instant},
   * {@code LocalDateTime} and {@code LocalDate} fields, in UTC, to the microsecond.
   */
  boolean autoNow() default false;

  /**
   * Sets the field to the current time when the object is first saved (inserted), and by
   * {@code bulkCreate()}: Django's {@code auto_now_add}. Same types as {@link #autoNow()}.
   */
  boolean autoNowAdd() default false;
}
