package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The named fields of a {@link Model} are unique together: Django's
 * {@code Meta.constraints = [UniqueConstraint(fields=[...], name=..., condition=Q(...))]}.
 *
 * <pre>{@code
 * @Model
 * @Unique(name = "article_reporter_slug_uniq", fields = {"reporter", "slug"})
 * @Unique(name = "one_draft_per_reporter", fields = {"reporter"}, condition = "published = false")
 * public class Article extends ArticleModel { ... }
 * }</pre>
 *
 * <p>A row that breaks it throws {@link IntegrityException} whose {@code constraintName()} is
 * {@link #name()}. With a {@link #condition()} the constraint holds only among the rows where the
 * condition is true (a partial unique index on PostgreSQL and SQLite; MariaDB has no partial
 * indexes, so there the constraint is not created, as Django does on MySQL).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Unique.List.class)
public @interface Unique {
  /** The constraint's name, unique in the database: letters, digits and {@code _}, at most 63 characters. */
  String name();

  /** Java field names of the model (a relation by its field name); at least one. */
  String[] fields();

  /**
   * Where the constraint applies, in Tether's condition language (as {@link Check#condition()}):
   * empty for every row.
   */
  String condition() default "";

  /** Holds repeated {@code @Unique}s. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Unique[] value();
  }
}
