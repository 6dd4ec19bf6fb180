package dev.tether;

/**
 * Turns the value of a JSON field ({@link Json}) into JSON text and back, with the JSON library
 * the application chooses (Jackson's {@code ObjectMapper}, Gson, ...); Tether itself depends on
 * none. Django's {@code JSONField(encoder=..., decoder=...)}. The generated code creates one
 * instance with {@code new}, so the class needs a public no-argument constructor. NULL never
 * reaches a codec: a null field is a NULL column and back.
 *
 * @param <T> the field's type
 */
public interface JsonCodec<T> {
  /** The JSON text of {@code value} (never null). */
  String toJson(T value);

  /** The value of the JSON text {@code json} (never null; may be {@code null}, the JSON literal). */
  T fromJson(String json);
}
