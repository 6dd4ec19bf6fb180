package dev.tether.path;

import dev.tether.Q;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.Expression;
import dev.tether.meta.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text expression (a column, or a function of one). Pattern lookups match the value literally ({@code %} and {@code _} are not
 * wildcards); the plain ones are case-sensitive on every database, the {@code i...} ones not.
 *
 * @param <R> the model being filtered
 */
public class StringExpr<R> extends ComparableExpr<R, String> {
  StringExpr(Expression node) {
    super(node);
  }

  private Q<R> text(Lookup l, String value) {
    return leaf(l, Objects.requireNonNull(value, () -> l.javaName() + "(null)"));
  }

  /** Equal ignoring case: Django's {@code __iexact}. */
  public final Q<R> iexact(String value) {
    return value == null ? isNull(true) : text(Lookup.IEXACT, value);
  }

  /** Contains {@code value}, case-sensitive: {@code __contains}. */
  public final Q<R> contains(String value) {
    return text(Lookup.CONTAINS, value);
  }

  /** Contains {@code value}, ignoring case: {@code __icontains}. */
  public final Q<R> icontains(String value) {
    return text(Lookup.ICONTAINS, value);
  }

  /** Starts with {@code value}, case-sensitive: {@code __startswith}. */
  public final Q<R> startsWith(String value) {
    return text(Lookup.STARTS_WITH, value);
  }

  /** Starts with {@code value}, ignoring case: {@code __istartswith}. */
  public final Q<R> istartsWith(String value) {
    return text(Lookup.ISTARTS_WITH, value);
  }

  /** Ends with {@code value}, case-sensitive: {@code __endswith}. */
  public final Q<R> endsWith(String value) {
    return text(Lookup.ENDS_WITH, value);
  }

  /** Ends with {@code value}, ignoring case: {@code __iendswith}. */
  public final Q<R> iendsWith(String value) {
    return text(Lookup.IENDS_WITH, value);
  }

  /**
   * Matches the regular expression somewhere, in the database's syntax (RE2 on SQLite, which refuses
   * backreferences and lookaround; POSIX on PostgreSQL; PCRE on MariaDB): {@code __regex}.
   */
  public final Q<R> regex(String pattern) {
    return text(Lookup.REGEX, pattern);
  }

  /** Matches the regular expression ignoring case: {@code __iregex}. */
  public final Q<R> iregex(String pattern) {
    return text(Lookup.IREGEX, pattern);
  }

  private StringExpr<R> fn(Expression.FuncKind kind, List<Expression> args) {
    return new StringExpr<>(new Expression.Func(kind, args, SqlType.STRING));
  }

  /** In lower case: Django's {@code Lower}. */
  public final StringExpr<R> lower() {
    return fn(Expression.FuncKind.LOWER, List.of(node()));
  }

  /** In upper case: Django's {@code Upper}. */
  public final StringExpr<R> upper() {
    return fn(Expression.FuncKind.UPPER, List.of(node()));
  }

  /** The number of characters: Django's {@code Length}. */
  public final NumberExpr<R, Integer> length() {
    return new NumberExpr<>(new Expression.Func(Expression.FuncKind.LENGTH, List.of(node()), SqlType.INT));
  }

  /**
   * This text followed by the others: Django's {@code Concat}. A NULL part counts as empty text, as
   * Django's {@code Concat} makes it on every database.
   */
  @SafeVarargs
  public final StringExpr<R> concat(Expr<R, String>... others) {
    List<Expression> args = new ArrayList<>();
    args.add(node());
    for (Expr<R, String> o : others) {
      args.add(o.node());
    }
    return fn(Expression.FuncKind.CONCAT, args);
  }

  /** This text followed by {@code text} (bound as a parameter). */
  public final StringExpr<R> concat(String text) {
    return fn(Expression.FuncKind.CONCAT, List.of(node(), value(Objects.requireNonNull(text, "concat(null)"))));
  }

  /** This value, or {@code fallback} where it is NULL: Django's {@code Coalesce}. */
  public final StringExpr<R> coalesce(String fallback) {
    return fn(Expression.FuncKind.COALESCE, List.of(node(), value(Objects.requireNonNull(fallback, "coalesce(null)"))));
  }

  @Override
  public StringExpr<R> min() {
    return new StringExpr<>(aggNode(Expression.AggKind.MIN, null));
  }

  @Override
  public StringExpr<R> max() {
    return new StringExpr<>(aggNode(Expression.AggKind.MAX, null));
  }
}
