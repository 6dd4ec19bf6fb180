package dev.tether.processor.write;

/**
 * Names from annotations (tables, columns) as javadoc text. A plain name is {@code {@code name}};
 * any other is HTML with every character that could end the comment ({@code *}{@code /}), start
 * a tag ({@code @}, braces, {@code <}), form a Unicode escape ({@code \}) or break the line
 * written as a character reference, so the generated file compiles whatever the name.
 */
final class Docs {
  private Docs() {}

  /** {@code text} as code in javadoc. */
  static String code(String text) {
    return plain(text) ? "{@code " + text + "}" : "<code>" + escape(text) + "</code>";
  }

  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
          || c == '$' || c == '-' || c == ' ' || c == '=')) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (c >= 0x20 && c < 0x7f && "&<>@{}/\\*".indexOf(c) < 0) {
        b.append((char) c);
      } else if (c == '*') {
        b.append('*'); // harmless without the slash that follows, which is escaped
      } else {
        b.append("&#").append(c).append(';');
      }
    });
    return b.toString();
  }
}
