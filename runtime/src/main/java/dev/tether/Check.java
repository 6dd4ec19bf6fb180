package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A CHECK constraint on every row of a {@link Model}: Django's
 * {@code Meta.constraints = [CheckConstraint(check=Q(...), name=...)]}.
 *
 * <pre>{@code
 * @Model
 * @Check(name = "price_not_negative", condition = "price >= 0 AND discount <= price")
 * public class Product extends ProductModel { ... }
 * }</pre>
 *
 * <p>The condition language, checked when the model compiles: Java field names of the model,
 * {@code = != <> < <= > >=} between a field and a literal of its type or another field of the
 * same kind, {@code IS NULL}, {@code IS NOT NULL}, {@code AND}, {@code OR}, {@code NOT} and
 * parentheses. Literals: numbers ({@code 0}, {@code -1.5}), {@code 'text'} (a quote doubled:
 * {@code 'it''s'}; dates, times, UUIDs and enum constants as text, {@code '2020-01-31'}),
 * {@code true}, {@code false}. A row that fails it throws {@link IntegrityException} whose
 * {@code constraintName()} is {@link #name()}. A row where the condition is unknown (a NULL
 * compared) passes, as SQL (and Django) has it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Check.List.class)
public @interface Check {
  /** The constraint's name, unique in the database: letters, digits and {@code _}, at most 63 characters. */
  String name();

  /** What every row must satisfy. */
  String condition();

  /** Holds repeated {@code @Check}s. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Check[] value();
  }
}
