package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stored code and readable label of one constant of an enum used as a model field: Django's
 * {@code TextChoices}/{@code IntegerChoices}.
 *
 * <pre>{@code
 * public enum Status {
 *   @Choice(code = "d", label = "Draft") DRAFT,
 *   @Choice(code = "p", label = "Published") PUBLISHED
 * }
 * public enum Priority {
 *   @Choice(number = 1, label = "Low") LOW,
 *   @Choice(number = 2) HIGH               // label "High", from the name
 * }
 * }</pre>
 *
 * <p>An enum none of whose constants carries {@code @Choice} is stored by its constants' names (a
 * text column). With {@code @Choice} on every constant it is stored by {@code code} (a text column)
 * or by {@code number} (an integer column); every constant gives one or the other, of one kind, and
 * no two give the same. Either way the column gets a CHECK constraint listing the stored values, and
 * the model a {@code fooDisplay()} method returning the label (Django's {@code get_FOO_display()}).
 * The processor reads this annotation at compile time; it is not kept at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Choice {
  /** The text stored for this constant (Django's {@code TextChoices} value). */
  String code() default "";

  /** The number stored for this constant (Django's {@code IntegerChoices} value). */
  int number() default 0;

  /**
   * The readable label; by default the constant's name with underscores as spaces, first letter of
   * each word capitalised ({@code IN_REVIEW} is "In Review"), as Django derives it.
   */
  String label() default "";
}
