package dev.tether.it.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Strings an attacker or an unlucky user sends: quotes, escapes, {@code LIKE} wildcards, NUL,
 * astral and combining characters, SQL fragments, a 1 MB text. Lone surrogates and trailing
 * spaces are kept apart ({@link #LONE_SURROGATES}, {@link #TRAILING_SPACES}): the contract for
 * them is checked by their own test methods.
 */
final class HostileCorpus {
  /** 1,048,576 characters, with a few hostile ones at both ends. */
  static final String MEGABYTE = "%'\\" + "x".repeat((1 << 20) - 6) + "_\"😀";

  /** Every value a database can hold (NUL aside on PostgreSQL), without trailing spaces. */
  static final List<String> VALUES = List.of(
      "", "plain", "MiXeD", "mixed",
      "O'Reilly", "'", "''", "\"double\"", "\"", "`backtick`",
      "back\\slash", "\\", "\\\\", "ends with \\", "\\'", "\\\"", "\\n literally",
      "100%", "%", "_", "a_b", "%_%", "\\%", "\\_", "[abc]", "^$.*+?()[]{}|", "a.c",
      "NUL\0inside", "\0",
      "😀", "a😀b", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝄞", "\uD83D\uDC4D\uD83C\uDFFD",
      "e\u0301", "\u00e9", "\u0301", "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319",
      "  leading spaces", "\ttab", "line\nbreak", "crlf\r\n.", "\u00a0nbsp", "\u200bzero width",
      "a_very_long_identifier_" + "used_as_a_value_".repeat(20),
      "'; DROP TABLE rel_hostile_text; --", "\" OR \"1\"=\"1", "1' OR '1'='1", "/* comment */", "*/",
      "$$", "$1", "?", "(?)", ":name", "{fn now()}", "--", ";",
      MEGABYTE);

  /** Lone (unpaired) UTF-16 surrogates: not text, so refused before anything is sent. */
  static final List<String> LONE_SURROGATES = List.of("\uD800", "a\uDC00b", "end\uDBFF", "\uDE00\uD83D");

  /** Values equal up to trailing spaces, which a PAD SPACE collation would confuse. */
  static final List<String> TRAILING_SPACES = List.of("abc", "abc ", "abc  ", " abc", "abc\t");

  private HostileCorpus() {}

  static boolean hasNul(String s) {
    return s.indexOf('\0') >= 0;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** A regular expression matching {@code s} literally in Java, POSIX (ARE) and PCRE syntax alike. */
  static String literalRegex(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      boolean punct = c > 32 && c < 127 && !Character.isLetterOrDigit(c);
      if (punct) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** {@code s} shown readably in a failure message: escapes, and long values cut. */
  static String show(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    int n = Math.min(s.length(), 60);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 32 || c == 127 || Character.isSurrogate(c) || (c >= 0x300 && c < 0x370)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
    if (s.length() > n) {
      b.append("...(").append(s.length()).append(" chars)");
    }
    return b.toString();
  }

  /** The values of {@code list} without those containing NUL when {@code noNul}. */
  static List<String> holdable(List<String> list, boolean noNul) {
    List<String> out = new ArrayList<>();
    for (String s : list) {
      if (!noNul || !hasNul(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
