package dev.tether.it.reliability;

import dev.tether.it.reliability.DiffData.Col;
import dev.tether.it.reliability.DiffData.Hop;
import dev.tether.it.reliability.DiffData.Kind;
import dev.tether.it.reliability.DiffTree.Call;
import dev.tether.it.reliability.DiffTree.Leaf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows a chain of filter/exclude calls selects, evaluated in Java the way Django defines it
 * (docs: "Spanning multi-valued relationships"; {@code sql/query.py}):
 * <ul>
 *   <li>each call is evaluated on its own and a row must pass every call;
 *   <li>within a call, the conditions outside any negation that cross a multi-valued relation
 *       share one join per path: the row passes when SOME choice of related rows (or, with no
 *       related row, the NULL row of a LEFT JOIN) makes the whole condition true, so conditions
 *       of one call talk about the same related row and those of separate calls need not;
 *   <li>a condition under a negation that crosses a multi-valued relation is its own sub-query
 *       ({@code split_exclude}): "some related row matches", independent of every other condition;
 *   <li>a comparison with NULL (a NULL column, or a missing related row) is false, and a negated
 *       one true ({@code IS NOT NULL} added under negation); {@code isNull(true)} holds for a
 *       missing related row.
 * </ul>
 */
final class DjangoSemantics {
  private final DiffData data;
  private final Kind root;

  DjangoSemantics(DiffData data, Kind root) {
    this.data = data;
    this.root = root;
  }

  /** The rows (indexes) of the root model that pass every call. */
  Set<Integer> select(List<Call> calls) {
    Set<Integer> out = new TreeSet<>();
    for (int r = 0; r < data.size(root); r++) {
      boolean all = true;
      for (Call c : calls) {
        all &= passes(r, c.tree());
      }
      if (all) {
        out.add(r);
      }
    }
    return out;
  }

  private boolean passes(int row, DiffTree cond) {
    Set<List<Hop>> joins = new LinkedHashSet<>();
    collectJoins(cond, false, joins);
    List<List<Hop>> order = new ArrayList<>(joins);
    order.sort(Comparator.comparingInt(List::size));
    return anyChoice(row, order, 0, new HashMap<>(), a -> eval(cond, false, row, a));
  }

  /** The multi-valued prefixes used by conditions outside any negation: one join each. */
  private static void collectJoins(DiffTree t, boolean negated, Set<List<Hop>> out) {
    if (t instanceof Leaf l) {
      if (!negated) {
        boolean multi = false;
        for (int k = 1; k <= l.path().size(); k++) {
          multi |= l.path().get(k - 1).multi;
          if (multi) {
            out.add(l.path().subList(0, k));
          }
        }
      }
    } else if (t instanceof DiffTree.And a) {
      a.children().forEach(c -> collectJoins(c, negated, out));
    } else if (t instanceof DiffTree.Or o) {
      o.children().forEach(c -> collectJoins(c, negated, out));
    } else if (t instanceof DiffTree.Not n) {
      collectJoins(n.child(), true, out);
    }
  }

  private interface Test {
    boolean test(Map<List<Hop>, Integer> choice);
  }

  /** Whether some choice of a related row (or NULL) for each join makes {@code test} true. */
  private boolean anyChoice(int row, List<List<Hop>> joins, int i, Map<List<Hop>, Integer> choice, Test test) {
    if (i == joins.size()) {
      return test.test(choice);
    }
    List<Hop> path = joins.get(i);
    Integer parent = walk(row, path.subList(0, path.size() - 1), choice);
    List<Integer> options = parent == null ? new ArrayList<>() : data.targets(path.get(path.size() - 1), parent);
    if (options.isEmpty()) {
      options.add(null); // LEFT OUTER JOIN: the NULL row
    }
    for (Integer o : options) {
      choice.put(path, o);
      if (anyChoice(row, joins, i + 1, choice, test)) {
        choice.remove(path);
        return true;
      }
    }
    choice.remove(path);
    return false;
  }

  /** The row at the end of {@code path}: a chosen join row, else the only one (or null). */
  private Integer walk(int row, List<Hop> path, Map<List<Hop>, Integer> choice) {
    Integer cur = row;
    for (int k = 1; k <= path.size(); k++) {
      List<Hop> prefix = path.subList(0, k);
      if (choice.containsKey(prefix)) {
        cur = choice.get(prefix);
      } else if (cur != null) {
        List<Integer> t = data.targets(path.get(k - 1), cur);
        if (t.size() > 1) {
          throw new IllegalStateException("no join chosen for multi-valued " + prefix);
        }
        cur = t.isEmpty() ? null : t.get(0);
      }
    }
    return cur;
  }

  private boolean eval(DiffTree t, boolean negated, int row, Map<List<Hop>, Integer> choice) {
    if (t instanceof Leaf l) {
      if (negated && l.multiValued()) {
        // split_exclude: its own sub-query over every related row (or NULL), as one join set
        List<List<Hop>> own = new ArrayList<>();
        for (int k = 1; k <= l.path().size(); k++) {
          own.add(l.path().subList(0, k));
        }
        return anyChoice(row, own, 0, new HashMap<>(), a -> leaf(l, walk(row, l.path(), a)));
      }
      return leaf(l, walk(row, l.path(), choice));
    }
    if (t instanceof DiffTree.And a) {
      for (DiffTree c : a.children()) {
        if (!eval(c, negated, row, choice)) {
          return false;
        }
      }
      return true;
    }
    if (t instanceof DiffTree.Or o) {
      for (DiffTree c : o.children()) {
        if (eval(c, negated, row, choice)) {
          return true;
        }
      }
      return false;
    }
    return !eval(((DiffTree.Not) t).child(), true, row, choice);
  }

  /** The leaf on the row it reaches ({@code null}: no such row); NULL comparisons are false. */
  private boolean leaf(Leaf l, Integer target) {
    Object v = target == null ? null : data.value(l.col(), target);
    if (l.col() == Col.ID) {
      v = target;
    }
    switch (l.op()) {
      case IS_NULL:
        return (v == null) == (Boolean) l.value();
      case EQ:
        return l.value() == null ? v == null : l.value().equals(v);
      case IN:
        return v != null && ((List<?>) l.value()).contains(v);
      case CONTAINS:
        return v != null && ((String) v).contains((String) l.value());
      case GT:
        return v != null && (Integer) v > (Integer) l.value();
      case LT:
        return v != null && (Integer) v < (Integer) l.value();
      default:
        throw new IllegalArgumentException(l.op().name());
    }
  }
}
