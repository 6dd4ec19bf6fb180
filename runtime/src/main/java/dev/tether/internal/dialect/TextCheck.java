package dev.tether.internal.dialect;

/**
 * The one check of every string Tether binds ({@link Dialect#text(String)}): what no database can
 * store as given is refused before anything is sent, rather than stored changed.
 */
final class TextCheck {
  private TextCheck() {}

  /**
   * Checks {@code value} and returns it. A lone surrogate (half of a UTF-16 pair, such as U+D800)
   * has no UTF-8 form: the drivers would send {@code ?} or another character in its place, so the
   * row would hold, and lookups would match, a changed value. Such strings are refused with
   * {@link IllegalArgumentException} before anything is sent, on every database; so is NUL where
   * text cannot hold it ({@code nul} false: PostgreSQL, where Django refuses it too, "A string
   * literal cannot contain NUL (0x00) characters").
   */
  static String check(String value, boolean nul, String database) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c >= '\u0001' && c < Character.MIN_SURROGATE) {
        continue;
      }
      if (c == '\0') {
        if (!nul) {
          throw new IllegalArgumentException("text on " + database + " cannot contain NUL (0x00) characters; this"
              + " string has one at index " + i + ": \"" + shown(value) + "\"");
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("a string cannot contain a lone surrogate character (no UTF-8 form, the"
            + " database would store another character); this string has U+" + Integer.toHexString(c)
            .toUpperCase(java.util.Locale.ROOT) + " at index " + i + ": \"" + shown(value) + "\"");
      }
    }
    return value;
  }

  private static String shown(String value) {
    String s = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        b.append("\\0");
      } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(s.charAt(i - 1)))) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
