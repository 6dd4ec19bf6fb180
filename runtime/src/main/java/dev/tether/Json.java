package dev.tether;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON column, Django's {@code JSONField}: {@code jsonb} on PostgreSQL, {@code longtext} on MariaDB,
 * {@code text} on SQLite. Without a codec the field is a {@code String} holding the JSON text as
 * it is; with one ({@code @Json(PayloadCodec.class) Payload payload;}) the field has the codec's
 * type. Lookups on keys: {@code Event_.payload.key("kind").eq("click")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Json {
  /** The codec; {@code JsonCodec.class} (the default) for a {@code String} field of raw JSON text. */
  Class<?> value() default JsonCodec.class;
}
