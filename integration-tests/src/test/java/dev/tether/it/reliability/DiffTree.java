package dev.tether.it.reliability;

import dev.tether.it.reliability.DiffData.Col;
import dev.tether.it.reliability.DiffData.Hop;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A filter/exclude tree as data: what the property generates, Tether runs and the oracle evaluates. */
sealed interface DiffTree {
  /** The comparisons a leaf makes. */
  enum Op { EQ, GT, LT, IN, CONTAINS, IS_NULL }

  /** {@code path.col op value}; {@code EQ} with null is Django's {@code isnull=True}. */
  record Leaf(List<Hop> path, Col col, Op op, Object value) implements DiffTree {
    boolean multiValued() {
      return path.stream().anyMatch(h -> h.multi);
    }

    @Override
    public String toString() {
      String p = path.stream().map(h -> h.name().toLowerCase() + "().").collect(Collectors.joining());
      String v = value instanceof String s ? '"' + s + '"' : String.valueOf(value);
      return p + (col == Col.ID ? "" : col.name().toLowerCase().replaceFirst("^[a-z]+_", "") + ".")
          + op.name().toLowerCase() + "(" + v + ")";
    }
  }

  record And(List<DiffTree> children) implements DiffTree {
    @Override
    public String toString() {
      return children.stream().map(String::valueOf).collect(Collectors.joining(" & ", "(", ")"));
    }
  }

  record Or(List<DiffTree> children) implements DiffTree {
    @Override
    public String toString() {
      return children.stream().map(String::valueOf).collect(Collectors.joining(" | ", "(", ")"));
    }
  }

  record Not(DiffTree child) implements DiffTree {
    /** As {@code Q.not()}: a double negation cancels out. */
    static DiffTree of(DiffTree t) {
      return t instanceof Not n ? n.child() : new Not(t);
    }

    @Override
    public String toString() {
      return "~" + child;
    }
  }

  /** One {@code filter(...)} or {@code exclude(...)} call, with its conditions. */
  record Call(boolean exclude, List<DiffTree> conditions) {
    /** The call's condition as one tree: the AND of its conditions, negated for exclude. */
    DiffTree tree() {
      DiffTree t = conditions.size() == 1 ? conditions.get(0) : new And(conditions);
      return exclude ? new Not(t) : t;
    }

    @Override
    public String toString() {
      return (exclude ? ".exclude(" : ".filter(")
          + conditions.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
  }

  static List<DiffTree> copy(List<DiffTree> l) {
    return new ArrayList<>(l);
  }
}
