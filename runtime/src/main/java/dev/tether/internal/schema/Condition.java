package dev.tether.internal.schema;

import dev.tether.internal.dialect.Dialect;
import dev.tether.meta.FieldMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The condition of a {@code @Check}, or of a partial {@code @Unique} or {@code @Index}, as the
 * processor checked and normalised it ({@code price >= 0 AND (discount IS NULL OR discount <= price)}):
 * parsed again here to be written as SQL for one dialect. Field names become quoted columns (from
 * metadata only); a literal becomes the dialect's literal of the type of the field it is compared
 * with, as a column default is written (DDL cannot bind parameters). Django's {@code Q} compiled by
 * {@code _get_check_sql}/{@code _get_condition_sql}.
 */
public final class Condition {
  /** A parsed condition. */
  public sealed interface Node permits Or, And, Not, Compare, IsNull {}

  record Or(List<Node> parts) implements Node {}

  record And(List<Node> parts) implements Node {}

  record Not(Node inner) implements Node {}

  /** {@code left op right}; at least one side is a field. */
  record Compare(Operand left, String op, Operand right) implements Node {}

  record IsNull(String field, boolean negated) implements Node {}

  /** A field name, or a literal (its text unquoted, and whether it was a quoted string). */
  record Operand(String field, String literal, boolean string) {}

  private final String text;
  private final List<String> tokens;
  private int at;

  private Condition(String text) {
    this.text = text;
    this.tokens = tokenize(text);
  }

  /** Parses a normalised condition; throws {@link IllegalArgumentException} naming the problem. */
  public static Node parse(String text) {
    Condition c = new Condition(text);
    Node n = c.or();
    if (c.at != c.tokens.size()) {
      throw c.error("unexpected " + c.tokens.get(c.at));
    }
    return n;
  }

  /** The field names the condition reads, in order of appearance. */
  public static Set<String> fields(String text) {
    Set<String> out = new LinkedHashSet<>();
    collect(parse(text), out);
    return out;
  }

  /** The condition with field {@code from} renamed to {@code to}, normalised again. */
  public static String rename(String text, String from, String to) {
    return render(parse(text), 0, f -> f.equals(from) ? to : f, null, null);
  }

  /** The condition as SQL for {@code d}, fields looked up by {@code fields} (null for an unknown one). */
  public static String sql(Dialect d, String text, Function<String, FieldMeta> fields) {
    Function<String, FieldMeta> lookup = name -> {
      FieldMeta f = fields.apply(name);
      if (f == null) {
        throw new IllegalArgumentException("the condition " + text + " names " + name + ", which is not a field");
      }
      return f;
    };
    return render(parse(text), 0, null, d, lookup);
  }

  private static void collect(Node n, Set<String> out) {
    if (n instanceof Or o) {
      o.parts().forEach(p -> collect(p, out));
    } else if (n instanceof And a) {
      a.parts().forEach(p -> collect(p, out));
    } else if (n instanceof Not x) {
      collect(x.inner(), out);
    } else if (n instanceof IsNull i) {
      out.add(i.field());
    } else if (n instanceof Compare c) {
      if (c.left().field() != null) {
        out.add(c.left().field());
      }
      if (c.right().field() != null) {
        out.add(c.right().field());
      }
    }
  }

  /**
   * Writes {@code n}: as normalised text when {@code d} is null (fields renamed by {@code rename}),
   * else as SQL. Parentheses only where precedence needs them (OR 1, AND 2, NOT 3).
   */
  private static String render(Node n, int outer, UnaryOperator<String> rename, Dialect d,
      Function<String, FieldMeta> fields) {
    int own = n instanceof Or ? 1 : n instanceof And ? 2 : n instanceof Not ? 3 : 4;
    String s;
    if (n instanceof Or o) {
      s = join(o.parts(), " OR ", 1, rename, d, fields);
    } else if (n instanceof And a) {
      s = join(a.parts(), " AND ", 2, rename, d, fields);
    } else if (n instanceof Not x) {
      s = "NOT " + render(x.inner(), 3, rename, d, fields);
    } else if (n instanceof IsNull i) {
      s = field(i.field(), rename, d, fields) + (i.negated() ? " IS NOT NULL" : " IS NULL");
    } else {
      Compare c = (Compare) n;
      String typeOf = c.left().field() != null ? c.left().field() : c.right().field();
      s = operand(c.left(), typeOf, rename, d, fields) + " " + c.op() + " " + operand(c.right(), typeOf, rename, d, fields);
    }
    return own < outer ? "(" + s + ")" : s;
  }

  private static String join(List<Node> parts, String sep, int own, UnaryOperator<String> rename, Dialect d,
      Function<String, FieldMeta> fields) {
    StringBuilder b = new StringBuilder();
    for (Node p : parts) {
      b.append(b.length() == 0 ? "" : sep).append(render(p, own + 1, rename, d, fields));
    }
    return b.toString();
  }

  private static String field(String name, UnaryOperator<String> rename, Dialect d, Function<String, FieldMeta> fields) {
    return d == null ? rename.apply(name) : d.quote(fields.apply(name).column());
  }

  private static String operand(Operand o, String typeOf, UnaryOperator<String> rename, Dialect d,
      Function<String, FieldMeta> fields) {
    if (o.field() != null) {
      return field(o.field(), rename, d, fields);
    }
    if (d == null) {
      return o.string() ? "'" + o.literal().replace("'", "''") + "'" : o.literal();
    }
    return d.defaultLiteral(fields.apply(typeOf).withDefault(o.literal()));
  }

  // ---- parsing ----

  private Node or() {
    List<Node> parts = new ArrayList<>();
    parts.add(and());
    while (keyword("OR")) {
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new Or(parts);
  }

  private Node and() {
    List<Node> parts = new ArrayList<>();
    parts.add(not());
    while (keyword("AND")) {
      parts.add(not());
    }
    return parts.size() == 1 ? parts.get(0) : new And(parts);
  }

  private Node not() {
    if (keyword("NOT")) {
      return new Not(not());
    }
    if (peek("(")) {
      at++;
      Node n = or();
      expect(")");
      return n;
    }
    Operand left = operand();
    if (keyword("IS")) {
      boolean negated = keyword("NOT");
      if (!keyword("NULL") || left.field() == null) {
        throw error("IS [NOT] NULL follows a field");
      }
      return new IsNull(left.field(), negated);
    }
    String op = next();
    if (!List.of("=", "!=", "<>", "<", "<=", ">", ">=").contains(op)) {
      throw error("expected a comparison, found " + op);
    }
    Operand right = operand();
    if (left.field() == null && right.field() == null) {
      throw error("a comparison needs a field");
    }
    return new Compare(left, op.equals("!=") ? "<>" : op, right);
  }

  private Operand operand() {
    String t = next();
    char c = t.charAt(0);
    if (c == '\'') {
      return new Operand(null, t.substring(1, t.length() - 1).replace("''", "'"), true);
    }
    if (Character.isDigit(c) || c == '-' || c == '.') {
      return new Operand(null, t, false);
    }
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.equals("TRUE") || upper.equals("FALSE")) {
      return new Operand(null, upper.toLowerCase(Locale.ROOT), false);
    }
    if (Character.isJavaIdentifierStart(c) && !List.of("AND", "OR", "NOT", "IS", "NULL").contains(upper)) {
      return new Operand(t, null, false);
    }
    throw error("expected a field or a literal, found " + t);
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
      throw error("expected " + t);
    }
    at++;
  }

  private String next() {
    if (at >= tokens.size()) {
      throw error("unexpected end");
    }
    return tokens.get(at++);
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("condition \"" + text + "\": " + what);
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
            throw new IllegalArgumentException("condition \"" + s + "\": unterminated text literal");
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
        out.add(s.substring(i, j));
        i = j;
      } else {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "_.-+$".indexOf(s.charAt(j)) >= 0)) {
          j++;
        }
        if (j == i) {
          throw new IllegalArgumentException("condition \"" + s + "\": unexpected " + c);
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }
}
