package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an abstract base model: fields and relations shared by many models, each of
 * which gets them as columns of its own table. It has no table, manager or lookups itself. Django's
 * {@code class Meta: abstract = True}, JPA's {@code @MappedSuperclass}.
 *
 * <pre>{@code
 * @AbstractModel
 * public abstract class Timestamped extends TimestampedModel {
 *   @Field(autoNowAdd = true) Instant createdAt;
 *   @Field(autoNow = true) Instant updatedAt;
 * }
 *
 * @Model(inherits = Timestamped.class)
 * public class Article extends ArticleModel { ... }   // ArticleModel extends Timestamped
 * }</pre>
 *
 * <p>The class extends its generated {@code TimestampedModel} (empty); a model names it in
 * {@link Model#inherits()}, and its own generated base then extends it. A relation declared here
 * gets a reverse accessor per model ({@code articleSet}, {@code commentSet}); an explicit
 * {@code relatedName} must contain {@code {class}} or {@code {Class}} (Django's
 * {@code %(class)s}). Fields a model in another package inherits must be public.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AbstractModel {}
