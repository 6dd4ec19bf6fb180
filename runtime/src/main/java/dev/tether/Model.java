package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a Tether model: a table whose rows are instances of the class. The class must
 * extend its generated base, {@code class Article extends ArticleModel}.
 *
 * <p>Django's {@code class Article(models.Model)} with its {@code Meta}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {
  /** The table name; by default the class name in snake_case ({@code NewsItem} is {@code news_item}). */
  String table() default "";

  /**
   * Default ordering by Java field name, {@code "-pubDate"} for descending: Django's
   * {@code Meta.ordering}.
   */
  String[] ordering() default {};

  /**
   * The {@link AbstractModel} whose fields and relations this model inherits: its generated base
   * ({@code ArticleModel}) then extends that class. {@code Object.class} (the default) for none.
   * Django's {@code class Article(Timestamped)}.
   */
  Class<?> inherits() default Object.class;

  /**
   * A composite primary key: the names of two or more fields, in declaration order, whose columns
   * together are the key ({@code PRIMARY KEY (a, b)}); fields may be plain columns or foreign keys.
   * No implicit {@code id} is added, no key column is generated, and the generated base gets a
   * {@code Pk} record ({@code OrderLine.Pk}) that {@code pk()} returns. Django 5.2's
   * {@code pk = models.CompositePrimaryKey("order_id", "product_id")}. Empty (the default) for a
   * single-column key.
   */
  String[] primaryKey() default {};
}
