package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation, on a {@code List<T>} or {@code Set<T>} field, stored in a hidden join
 * table {@code <table>_<field>}. Django's {@code models.ManyToManyField}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ManyToMany {
  /**
   * The name of the reverse accessor and query name on the target model ({@code tag.posts()}).
   * {@code "+"} (Django's {@code related_name="+"}) generates neither: the target has no reverse
   * accessor or lookup path; deleting the target still deletes its join rows.
   */
  String relatedName() default "";

  /**
   * The field's previous Java name, when it was renamed: {@code makemigrations} then writes a
   * rename (the join table keeps its rows) instead of dropping the old join table and adding a
   * new one, which it cannot tell apart. Django's {@code RenameField}. Harmless once migrated; remove it
   * whenever you like.
   */
  String renamedFrom() default "";
}
