package dev.tether.processor.model;

import java.util.List;

/**
 * What an enum field stores for each constant and its label, read from the enum's {@code @Choice}
 * annotations (Django's {@code TextChoices}/{@code IntegerChoices}).
 *
 * @param storage {@code NAME}, {@code CODE} or {@code NUMBER} (the runtime's {@code Choices.Storage})
 * @param constants in declaration order
 */
public record EnumChoices(String storage, List<Constant> constants) {
  public EnumChoices {
    constants = List.copyOf(constants);
  }

  /**
   * One constant.
   *
   * @param code the stored value: the name or code ({@code String}) or number ({@code Integer})
   */
  public record Constant(String name, Object code, String label) {}

  public boolean numeric() {
    return storage.equals("NUMBER");
  }

  /** The longest stored text (at least 1), the column's length; 0 for numbers. */
  public int maxLength() {
    if (numeric()) {
      return 0;
    }
    int n = 1;
    for (Constant c : constants) {
      n = Math.max(n, ((String) c.code()).length());
    }
    return n;
  }

  /** What constant {@code name} stores, as text. */
  public String codeOf(String name) {
    for (Constant c : constants) {
      if (c.name().equals(name)) {
        return String.valueOf(c.code());
      }
    }
    return name;
  }
}
