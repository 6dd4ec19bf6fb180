package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one relation: a foreign key with a UNIQUE constraint. The reverse accessor returns the
 * single related object ({@code user.profile()}). Django's {@code models.OneToOneField}.
 *
 * <p>With {@link PrimaryKey} it is also the model's key ({@code @OneToOne @PrimaryKey User user},
 * Django's {@code OneToOneField(primary_key=True)}): the column {@code user_id} is the primary key,
 * and {@code profile.pk()} is the user's key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface OneToOne {
  /** What happens to this row when the row it points at is deleted. */
  OnDelete onDelete();

  /**
   * The name of the reverse accessor and query name; by default the model name in lower camel case.
   * {@code "+"} (Django's {@code related_name="+"}) generates neither: the target has no reverse
   * accessor or lookup path, and deleting the target still follows {@code onDelete}.
   */
  String relatedName() default "";

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
