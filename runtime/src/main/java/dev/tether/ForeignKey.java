package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-one relation: this row points at one row of the field's model. The column is the
 * field name in snake_case plus {@code _id}. Django's {@code models.ForeignKey}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ForeignKey {
  /** What happens to this row when the row it points at is deleted. */
  OnDelete onDelete();

  /**
   * The name of the reverse accessor and query name on the target model ({@code author.posts()},
   * {@code Author_.posts()}); by default {@code articleSet()} and {@code article()}.
   * {@code "+"} (Django's {@code related_name="+"}) generates neither: the target has no reverse
   * accessor or lookup path, and deleting the target still follows {@code onDelete}.
   */
  String relatedName() default "";

  /**
   * The target's field the key column stores, when not its primary key: a unique field
   * ({@code @Field(unique = true)}), whose type the column takes and whose column it
   * {@code REFERENCES}. Django's {@code to_field}. Empty for the primary key.
   */
  String toField() default "";

  /** Whether the key may be NULL. */
  boolean nullable() default false;

  /** The default key, as a string literal; required by {@link OnDelete#SET_DEFAULT}. */
  String defaultValue() default "";

  /**
   * The field's previous Java name, when it was renamed: {@code makemigrations} then writes a
   * rename (the column keeps its rows) instead of dropping the old column and adding a new one,
   * which it cannot tell apart. Django's {@code RenameField}. Harmless once migrated; remove it
   * whenever you like.
   */
  String renamedFrom() default "";
}
