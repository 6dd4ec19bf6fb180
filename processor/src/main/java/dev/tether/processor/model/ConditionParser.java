package dev.tether.processor.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the condition of a {@code @Check}, or of a partial {@code @Unique}/{@code @Index},
 * against the model's fields and writes it in the normal form the runtime parses again (the
 * runtime's {@code Condition}): keywords in capitals, one space around operators, {@code <>} for
 * {@code !=}, parentheses only where precedence needs them. The language: field names,
 * {@code = != <> < <= > >=}, {@code IS [NOT] NULL}, {@code AND}, {@code OR}, {@code NOT},
 * parentheses, and literals (numbers, {@code 'text'}, {@code true}, {@code false}) of the type of
 * the field they are compared with.
 */
public final class ConditionParser {
  /** What is wrong with a condition: {@link #kind} picks the diagnostic. */
  public static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The family of fault. */
    public enum Kind {
      SYNTAX,
      UNKNOWN_FIELD,
      TYPE
    }

    public final Kind kind;

    Problem(Kind kind, String message) {
      super(message, null, false, false);
      this.kind = kind;
    }
  }

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private final Map<String, FieldInfo> fields;
  private final List<String> tokens;
  private int at;

  private ConditionParser(String text, Map<String, FieldInfo> fields) {
    this.fields = fields;
    this.tokens = tokenize(text);
  }

  /**
   * The condition in normal form; throws {@link Problem}. {@code fields} are the model's columns by
   * Java name (a relation by its field name, typed as its key).
   */
  public static String normalize(String text, Map<String, FieldInfo> fields) {
    ConditionParser p = new ConditionParser(text, fields);
    if (p.tokens.isEmpty()) {
      throw new Problem(Problem.Kind.SYNTAX, "the condition is empty");
    }
    String out = p.or().text;
    if (p.at != p.tokens.size()) {
      throw new Problem(Problem.Kind.SYNTAX, "unexpected " + p.tokens.get(p.at));
    }
    return out;
  }

  /** Text in normal form and its precedence: OR 1, AND 2, NOT 3, a comparison 4 (as the runtime renders). */
  private record R(String text, int prec) {}

  private static String wrap(R r, int outer) {
    return r.prec < outer ? "(" + r.text + ")" : r.text;
  }

  private R or() {
    List<R> parts = new ArrayList<>();
    parts.add(and());
    while (keyword("OR")) {
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new R(join(parts, " OR ", 2), 1);
  }

  private R and() {
    List<R> parts = new ArrayList<>();
    parts.add(not());
    while (keyword("AND")) {
      parts.add(not());
    }
    return parts.size() == 1 ? parts.get(0) : new R(join(parts, " AND ", 3), 2);
  }

  private static String join(List<R> parts, String sep, int outer) {
    List<String> out = new ArrayList<>();
    for (R r : parts) {
      out.add(wrap(r, outer));
    }
    return String.join(sep, out);
  }

  private R not() {
    if (keyword("NOT")) {
      return new R("NOT " + wrap(not(), 3), 3);
    }
    if (peek("(")) {
      at++;
      R inner = or();
      expect(")");
      return inner;
    }
    return new R(comparison(), 4);
  }

  private String comparison() {
    Operand left = operand();
    if (keyword("IS")) {
      boolean negated = keyword("NOT");
      if (!keyword("NULL")) {
        throw new Problem(Problem.Kind.SYNTAX, "expected NULL after IS" + (negated ? " NOT" : ""));
      }
      if (left.field == null) {
        throw new Problem(Problem.Kind.SYNTAX, "IS " + (negated ? "NOT " : "") + "NULL must follow a field, not "
            + left.text);
      }
      return left.field.name() + (negated ? " IS NOT NULL" : " IS NULL");
    }
    if (at >= tokens.size()) {
      throw new Problem(Problem.Kind.SYNTAX, "expected a comparison after " + left.text);
    }
    String op = tokens.get(at++);
    if (!List.of("=", "!=", "<>", "<", "<=", ">", ">=").contains(op)) {
      throw new Problem(Problem.Kind.SYNTAX, "expected one of = != <> < <= > >= after " + left.text + ", found " + op);
    }
    Operand right = operand();
    if (left.field == null && right.field == null) {
      throw new Problem(Problem.Kind.SYNTAX, "the comparison " + left.text + " " + op + " " + right.text
          + " compares no field");
    }
    if (left.field != null && right.field != null) {
      if (!comparable(left.field.type(), right.field.type())) {
        throw new Problem(Problem.Kind.TYPE, "cannot compare " + left.field.name() + " (" + label(left.field) + ") with "
            + right.field.name() + " (" + label(right.field) + ")");
      }
    } else {
      Operand field = left.field != null ? left : right;
      Operand literal = left.field != null ? right : left;
      checkLiteral(field.field, literal);
    }
    return left.text + " " + (op.equals("!=") ? "<>" : op) + " " + right.text;
  }

  private static boolean comparable(ScalarType a, ScalarType b) {
    return a == b || numeric(a) && numeric(b);
  }

  private static boolean numeric(ScalarType t) {
    return t == ScalarType.INT || t == ScalarType.LONG || t == ScalarType.SHORT || t == ScalarType.DOUBLE
        || t == ScalarType.FLOAT || t == ScalarType.DECIMAL;
  }

  private static String label(FieldInfo f) {
    return f.javaType().toString().replaceAll("^java\\.(lang|time|math|util)\\.", "");
  }

  private void checkLiteral(FieldInfo f, Operand lit) {
    ScalarType t = f.type();
    String v = lit.value;
    boolean ok = switch (t) {
      case INT -> !lit.string && fits(v, 32);
      case LONG -> !lit.string && fits(v, 64);
      case SHORT -> !lit.string && fits(v, 16);
      case DOUBLE, FLOAT, DECIMAL -> !lit.string && NUMBER.matcher(v).matches();
      case BOOLEAN -> !lit.string && (v.equals("true") || v.equals("false"));
      case STRING, ENUM -> lit.string;
      case DATE -> lit.string && parses(() -> java.time.LocalDate.parse(v));
      case DATETIME -> lit.string && parses(() -> java.time.LocalDateTime.parse(v));
      case INSTANT -> lit.string && parses(() -> java.time.Instant.parse(v));
      case UUID -> lit.string && parses(() -> java.util.UUID.fromString(v));
      case TIME -> lit.string && parses(() -> java.time.LocalTime.parse(v));
      case OFFSET_DATETIME -> lit.string && parses(() -> java.time.OffsetDateTime.parse(v));
      case DURATION -> lit.string && parses(() -> java.time.Duration.parse(v));
      case BYTES, JSON -> false;
    } && f.conversion() == null;
    if (!ok) {
      String expected = switch (t) {
        case INT, LONG, SHORT -> "a whole number in range, such as 0";
        case DOUBLE, FLOAT, DECIMAL -> "a number, such as 0 or 9.99";
        case BOOLEAN -> "true or false";
        case STRING -> "a text literal in single quotes, such as 'draft'";
        case ENUM -> "a constant's name in single quotes, such as 'DRAFT'";
        case DATE -> "a date in single quotes, such as '2020-01-31'";
        case DATETIME -> "a date and time in single quotes, such as '2020-01-31T10:15:30'";
        case INSTANT -> "an instant in single quotes, such as '2020-01-31T10:15:30Z'";
        case UUID -> "a UUID in single quotes";
        case TIME -> "a time in single quotes, such as '10:15:30'";
        case OFFSET_DATETIME -> "a date and time with an offset in single quotes, such as '2020-01-31T10:15:30Z'";
        case DURATION -> "an ISO-8601 duration in single quotes, such as 'PT1H30M'";
        case BYTES -> "nothing: a byte[] field can only be tested with IS NULL";
        case JSON -> "nothing: a JSON field can only be tested with IS NULL";
      };
      if (f.conversion() != null) {
        throw new Problem(Problem.Kind.TYPE, f.name() + " is stored through " + f.conversion().converter()
            + ": a condition can only test it with IS NULL");
      }
      throw new Problem(Problem.Kind.TYPE, lit.text + " is not a value of " + f.name() + " (" + label(f) + "): expected "
          + expected);
    }
  }

  private static boolean fits(String v, int bits) {
    if (!INTEGER.matcher(v).matches()) {
      return false;
    }
    return new BigInteger(v).bitLength() < bits;
  }

  private static boolean parses(Runnable r) {
    try {
      r.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A field, or a literal ({@code value} unquoted, {@code text} as it is written in normal form). */
  private record Operand(FieldInfo field, String value, boolean string, String text) {}

  private Operand operand() {
    if (at >= tokens.size()) {
      throw new Problem(Problem.Kind.SYNTAX, "unexpected end of the condition");
    }
    String t = tokens.get(at++);
    char c = t.charAt(0);
    if (c == '\'') {
      String value = t.substring(1, t.length() - 1).replace("''", "'");
      return new Operand(null, value, true, "'" + value.replace("'", "''") + "'");
    }
    if (Character.isDigit(c) || c == '-' || c == '.') {
      if (!NUMBER.matcher(t).matches()) {
        throw new Problem(Problem.Kind.SYNTAX, t + " is not a number");
      }
      return new Operand(null, t, false, t);
    }
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.equals("TRUE") || upper.equals("FALSE")) {
      String v = upper.toLowerCase(Locale.ROOT);
      return new Operand(null, v, false, v);
    }
    if (upper.equals("NULL")) {
      throw new Problem(Problem.Kind.SYNTAX, "NULL cannot be compared (a comparison with NULL is never true):"
          + " write field IS NULL or field IS NOT NULL");
    }
    if (List.of("AND", "OR", "NOT", "IS").contains(upper) || t.equals("(") || t.equals(")")
        || !Character.isJavaIdentifierStart(c)) {
      throw new Problem(Problem.Kind.SYNTAX, "expected a field or a literal, found " + t);
    }
    if (t.contains(".")) {
      throw new Problem(Problem.Kind.UNKNOWN_FIELD, t + " reaches into another model: a condition can only name"
          + " fields of this model's own table");
    }
    FieldInfo f = fields.get(t);
    if (f == null) {
      throw new Problem(Problem.Kind.UNKNOWN_FIELD, t + " is not a field of the model");
    }
    return new Operand(f, null, false, f.name());
  }

  private boolean keyword(String k) {
    if (at < tokens.size() && tokens.get(at).equalsIgnoreCase(k)) {
      at++;
      return true;
    }
    return false;
  }

  private boolean peek(String t) {
    return at < tokens.size() && tokens.get(at).equals(t);
  }

  private void expect(String t) {
    if (!peek(t)) {
      throw new Problem(Problem.Kind.SYNTAX, "expected " + t + (at < tokens.size() ? ", found " + tokens.get(at)
          : " at the end"));
    }
    at++;
  }

  private static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        int j = i + 1;
        while (true) {
          if (j >= s.length()) {
            throw new Problem(Problem.Kind.SYNTAX, "a text literal is not closed: " + s.substring(i));
          }
          if (s.charAt(j) == '\'') {
            if (j + 1 < s.length() && s.charAt(j + 1) == '\'') {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        out.add(s.substring(i, j + 1));
        i = j + 1;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if ("=!<>".indexOf(c) >= 0) {
        int j = i + 1;
        if (j < s.length() && (s.charAt(j) == '=' || c == '<' && s.charAt(j) == '>')) {
          j++;
        }
        String op = s.substring(i, j);
        if (op.equals("!")) {
          throw new Problem(Problem.Kind.SYNTAX, "! is not an operator: write != or NOT");
        }
        out.add(op);
        i = j;
      } else {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "_.-+$".indexOf(s.charAt(j)) >= 0)) {
          j++;
        }
        if (j == i) {
          throw new Problem(Problem.Kind.SYNTAX, "unexpected " + c + " (the language has fields, literals,"
              + " = != <> < <= > >=, IS [NOT] NULL, AND, OR, NOT and parentheses)");
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }
}
