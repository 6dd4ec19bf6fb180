package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index over one or more fields of a {@link Model}: Django's
 * {@code Meta.indexes = [Index(fields=["-pub_date", "headline"], name=..., condition=Q(...))]}.
 *
 * <pre>{@code
 * @Model
 * @Index(fields = {"-pubDate", "headline"})                      // article_pub_dat_3f1c2a_idx
 * @Index(name = "live_idx", fields = {"pubDate"}, condition = "published = true")
 * public class Article extends ArticleModel { ... }
 * }</pre>
 *
 * <p>A field named with a leading {@code -} is indexed in descending order. Without a
 * {@link #name()} the index is named as Django names it: {@code <table[:11]>_<column[:7]>_<hash>_idx}.
 * With a {@link #condition()} it is a partial index on PostgreSQL and SQLite; MariaDB has none,
 * so there the index is not created, as Django does on MySQL.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
  /** Java field names, {@code "-pubDate"} for descending; at least one. */
  String[] fields();

  /** The index's name; empty for Django's generated one (an index with a condition must be named). */
  String name() default "";

  /** The rows the index covers, in Tether's condition language; empty for all. */
  String condition() default "";

  /** Holds repeated {@code @Index}es. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Index[] value();
  }
}
