package dev.tether.internal.dialect;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sqlite.Function;

/** The SQL functions Tether registers on each SQLite connection: {@code tether_lower} and {@code REGEXP}. */
final class SqliteFunctions {
  private SqliteFunctions() {}

  static void register(Connection c) throws SQLException {
    Function.create(c, "tether_lower", new Function() {
      @Override
      protected void xFunc() throws SQLException {
        String v = value_text(0);
        if (v == null) {
          result();
        } else {
          result(v.toLowerCase(Locale.ROOT));
        }
      }
    }, 1, Function.FLAG_DETERMINISTIC);
    Function.create(c, "REGEXP", new RegexpFunction(), 2, Function.FLAG_DETERMINISTIC);
  }

  /**
   * {@code X REGEXP Y} calls {@code regexp(Y, X)}: a search anywhere in the value, as Django's
   * Python {@code re.search}. RE2/J matches in time linear in the value's length, so no pattern can
   * hold the connection for long (java.util.regex backtracks: {@code (.*a){12}$} took seconds on
   * one short row).
   */
  private static final class RegexpFunction extends Function {
    private final Map<String, Pattern> cache = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
        return size() > 64;
      }
    };

    @Override
    protected void xFunc() throws SQLException {
      String regex = value_text(0);
      String value = value_text(1);
      if (regex == null || value == null) {
        result();
        return;
      }
      if (isLiteral(regex)) {
        result(value.contains(regex) ? 1 : 0); // plain text, however long: a substring search
        return;
      }
      Pattern p;
      synchronized (cache) {
        p = cache.computeIfAbsent(regex, Pattern::compile);
      }
      result(p.matcher(value).find() ? 1 : 0);
    }
  }

  /** A pattern RE2/J cannot run (a backreference, lookaround...) as an {@link IllegalArgumentException} naming it. */
  /**
   * The longest pattern with regex syntax SQLite accepts: RE2/J's cost is linear in the value but
   * grows with the pattern (compiling 100,000 characters takes seconds).
   */
  static final int MAX_PATTERN = 10_000;

  /** Whether {@code regex} has no special character, so it means itself. */
  static boolean isLiteral(String regex) {
    for (int i = 0; i < regex.length(); i++) {
      if ("\\^$.|?*+()[]{}".indexOf(regex.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  static String checkedRegex(String regex) {
    if (isLiteral(regex)) {
      return regex;
    }
    if (regex.length() > MAX_PATTERN) {
      throw new IllegalArgumentException("regex " + abbreviate(regex) + " is too long for SQLite: at most "
          + MAX_PATTERN + " characters unless it is plain text (matching costs the pattern's length per character)");
    }
    try {
      Pattern.compile(regex);
      return regex;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("regex " + abbreviate(regex) + " is not supported on SQLite: "
          + e.getDescription() + " (SQLite matches with RE2 syntax: no backreferences, lookaround or possessive quantifiers)",
          e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 100 ? "\"" + s + "\"" : "\"" + s.substring(0, 100) + "...\" (" + s.length() + " chars)";
  }
}
