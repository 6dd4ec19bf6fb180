package dev.tether.internal.query;

import java.util.Collection;
import java.util.StringJoiner;

/** Helpers over condition trees. */
public final class Conditions {
  private Conditions() {}

  /** A readable form for messages: {@code reporter.firstName eq "John"}. */
  public static String describe(Condition c) {
    if (c instanceof Condition.Leaf l) {
      return l.lhs().describe() + " " + l.lookup().javaName() + " " + describeValue(l.value());
    }
    if (c instanceof Condition.Compare x) {
      return x.lhs().describe() + " " + x.lookup().javaName() + " " + x.rhs().describe();
    }
    if (c instanceof Condition.And a) {
      return join(a.children(), " and ");
    }
    if (c instanceof Condition.Or o) {
      return join(o.children(), " or ");
    }
    if (c instanceof Condition.Not n) {
      return "not (" + describe(n.child()) + ")";
    }
    if (c instanceof Condition.KeyIn k) {
      StringJoiner cols = new StringJoiner(", ", "(", ")");
      for (ColumnExpr e : k.columns()) {
        cols.add(e.describe());
      }
      return cols + (k.keys().size() == 1 ? " eq " + k.keys().get(0) : " in " + k.keys());
    }
    return "true";
  }

  /** Whether an aggregate occurs in the condition (Django's {@code contains_aggregate}). */
  public static boolean containsAggregate(Condition c) {
    if (c instanceof Condition.Compare x) {
      return x.lhs().containsAggregate() || x.rhs().containsAggregate();
    }
    if (c instanceof Condition.And a) {
      return a.children().stream().anyMatch(Conditions::containsAggregate);
    }
    if (c instanceof Condition.Or o) {
      return o.children().stream().anyMatch(Conditions::containsAggregate);
    }
    if (c instanceof Condition.Not n) {
      return containsAggregate(n.child());
    }
    return false;
  }

  private static String join(Collection<Condition> cs, String sep) {
    StringJoiner j = new StringJoiner(sep, "(", ")");
    for (Condition c : cs) {
      j.add(describe(c));
    }
    return j.toString();
  }

  private static String describeValue(Object v) {
    if (v instanceof String s) {
      return '"' + s + '"';
    }
    if (v instanceof Query q) {
      return "(" + q.model().name() + " query)";
    }
    return String.valueOf(v);
  }
}
