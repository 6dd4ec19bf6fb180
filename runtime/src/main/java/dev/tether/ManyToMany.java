package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation, on a {@code List<T>} or {@code Set<T>} field, stored in a hidden join
 * table {@code <table>_<field>}, or in the table of a model of the application named by
 * {@link #through()}. Django's {@code models.ManyToManyField}.
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

  /**
   * A model of the application that holds the links, with fields of its own: Django's
   * {@code through=Membership}. It declares a {@code @ForeignKey} to this model and one to the
   * target (choose with {@link #throughFields()} when it has more than one to either); its rows
   * are the relation's links, so no join table is made, the managers' {@code add}, {@code set}
   * and {@code create} take the values of new rows ({@code ThroughManager}), and deleting either
   * side deletes the rows as their foreign keys' {@code onDelete} says. The default,
   * {@code void.class}, is a hidden join table.
   */
  Class<?> through() default void.class;

  /**
   * For a relation of a model to itself: whether adding {@code b} to {@code a} also adds {@code a}
   * to {@code b} (the default, as Django's for {@code "self"}). {@code false} makes it one-way
   * (Django's {@code symmetrical=False}), with a reverse accessor and query name like any other
   * relation ({@code person.personSet()}, or the {@code relatedName}). Ignored for other relations.
   */
  boolean symmetrical() default true;

  /**
   * With {@link #through()}: the names of its foreign key to this model and of its foreign key to
   * the target, in that order (Django's {@code through_fields=("group", "person")}). Needed when
   * the through model has more than one foreign key to either model.
   */
  String[] throughFields() default {};
}
