package dev.tether;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code fullClean()} found wrong with an object, by field: Django's {@code ValidationError}
 * with its {@code message_dict}. Errors that concern several fields together (a unique-together
 * group) are under {@link #NON_FIELD_ERRORS}. The message names the model and each field.
 */
public class ValidationException extends TetherException {
  private static final long serialVersionUID = 1L;

  /** The key of errors that belong to no one field: Django's {@code NON_FIELD_ERRORS}. */
  public static final String NON_FIELD_ERRORS = "__all__";

  private final String model;
  private final Map<String, List<String>> messages;

  public ValidationException(String model, Map<String, List<String>> messages) {
    super(describe(model, messages));
    this.model = model;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    messages.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.messages = Collections.unmodifiableMap(copy);
  }

  /** The model's name ({@code "Entry"}). */
  public String model() {
    return model;
  }

  /** The messages per Java field name, in field order: Django's {@code message_dict}. */
  public Map<String, List<String>> messages() {
    return messages;
  }

  private static String describe(String model, Map<String, List<String>> messages) {
    List<String> parts = new ArrayList<>();
    messages.forEach((field, ms) -> {
      for (String m : ms) {
        parts.add((field.equals(NON_FIELD_ERRORS) ? model : model + "." + field) + ": " + m);
      }
    });
    return String.join("; ", parts);
  }
}
