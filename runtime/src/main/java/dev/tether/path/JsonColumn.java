package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.JsonTest;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;
import java.util.List;

/**
 * A JSON column ({@code @Json}, Django's {@code JSONField}): {@code eq} compares whole documents
 * (as JSON on PostgreSQL and MariaDB, minified text on SQLite), and {@link #key} reaches inside:
 * {@code Event_.payload.key("kind").eq("click")} is Django's {@code payload__kind="click"}.
 *
 * @param <R> the model being filtered
 * @param <V> the field's type: {@code String} (raw JSON text) or the codec's type
 */
public class JsonColumn<R, V> extends Column<R, V> {
  /** For generated code. */
  public JsonColumn(PathNode path, FieldMeta field) {
    super(path, field);
  }

  /** The value under {@code key} of the top-level object: Django's {@code payload__key}. */
  public final JsonKey<R> key(String key) {
    return new JsonKey<>(expr(), List.of(JsonKey.checked(key)));
  }

  /** The element at {@code index} of a top-level array: Django's {@code payload__0}. */
  public final JsonKey<R> index(int index) {
    return new JsonKey<>(expr(), List.of(JsonKey.checked(index)));
  }

  /** The top-level object has {@code key} (its value may be JSON null): Django's {@code has_key}. */
  public final Q<R> hasKey(String key) {
    return key(key).test(JsonTest.Kind.HAS_KEY, null);
  }
}
