package dev.tether.it.reliability;

import dev.tether.it.reliability.DiffData.Col;
import dev.tether.it.reliability.DiffData.Hop;
import dev.tether.it.reliability.DiffData.Kind;
import dev.tether.it.reliability.DiffTree.Call;
import dev.tether.it.reliability.DiffTree.Leaf;
import dev.tether.it.reliability.DiffTree.Op;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random differential cases: a few clubs, labels and members (small value domains, so that
 * conditions often match and often collide), and chains of filter/exclude calls whose trees
 * cross forward, reverse and many-to-many relations, one or two hops deep.
 */
final class DiffArbitraries {
  /** One case: rows, and the queries to run on them from one root model. */
  record Scenario(Kind root, DiffData data, List<List<Call>> queries) {}

  static final int QUERIES_PER_CASE = 12;

  private static final List<List<Hop>> MEMBER_PATHS = List.of(List.of(), List.of(Hop.CLUB),
      List.of(Hop.SPONSOR), List.of(Hop.LABELS), List.of(Hop.CLUB, Hop.MEMBERS),
      List.of(Hop.SPONSOR, Hop.SPONSORED), List.of(Hop.LABELS, Hop.LABEL_MEMBERS));
  private static final List<List<Hop>> CLUB_PATHS = List.of(List.of(), List.of(Hop.MEMBERS),
      List.of(Hop.SPONSORED), List.of(Hop.MEMBERS, Hop.LABELS), List.of(Hop.MEMBERS, Hop.SPONSOR),
      List.of(Hop.SPONSORED, Hop.CLUB));

  private DiffArbitraries() {}

  static Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(Kind.CLUB, Kind.MEMBER).flatMap(root -> Combinators.combine(
        data(), calls(root).list().ofMinSize(1).ofMaxSize(3).list().ofSize(QUERIES_PER_CASE))
        .as((d, qs) -> new Scenario(root, d, qs)));
  }

  private static Arbitrary<DiffData> data() {
    Arbitrary<List<DiffData.Club>> clubs = Combinators.combine(names(), small().injectNull(0.3))
        .as(DiffData.Club::new).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<DiffData.Label>> labels = Combinators.combine(names(), small().injectNull(0.3))
        .as(DiffData.Label::new).list().ofMaxSize(3);
    return Combinators.combine(clubs, labels).flatAs((cs, ls) -> member(cs.size(), ls.size())
        .list().ofMaxSize(7).map(ms -> new DiffData(cs, ms, ls)));
  }

  private static Arbitrary<DiffData.Member> member(int clubs, int labels) {
    Arbitrary<List<Integer>> ls = labels == 0 ? Arbitraries.just(List.of())
        : Arbitraries.integers().between(0, labels - 1).set().ofMaxSize(labels).map(s -> List.copyOf(s));
    return Combinators.combine(names(), names().injectNull(0.4), small(),
        Arbitraries.integers().between(0, clubs - 1), Arbitraries.integers().between(0, clubs - 1).injectNull(0.4), ls)
        .as(DiffData.Member::new);
  }

  private static Arbitrary<String> names() {
    return Arbitraries.of("a", "b", "ab");
  }

  private static Arbitrary<Integer> small() {
    return Arbitraries.integers().between(0, 3);
  }

  private static Arbitrary<Call> calls(Kind root) {
    return Combinators.combine(Arbitraries.of(false, false, true), tree(root, 2).list().ofMinSize(1).ofMaxSize(2))
        .as(Call::new);
  }

  private static Arbitrary<DiffTree> tree(Kind root, int depth) {
    if (depth == 0) {
      return leaf(root);
    }
    Arbitrary<DiffTree> sub = Arbitraries.lazy(() -> tree(root, depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(4, leaf(root)),
        Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3).map(l -> (DiffTree) new DiffTree.And(l))),
        Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3).map(l -> (DiffTree) new DiffTree.Or(l))),
        Tuple.of(2, sub.map(DiffTree.Not::of)));
  }

  private static Arbitrary<DiffTree> leaf(Kind root) {
    return Arbitraries.of(root == Kind.CLUB ? CLUB_PATHS : MEMBER_PATHS).flatMap(path -> {
      Kind end = path.isEmpty() ? root : path.get(path.size() - 1).to;
      List<Col> cols = new ArrayList<>();
      for (Col c : Col.values()) {
        if (c.kind == end || (c == Col.ID && !path.isEmpty())) {
          cols.add(c);
        }
      }
      return Arbitraries.of(cols).flatMap(col -> op(col).map(ov -> (DiffTree) new Leaf(path, col, ov.get1(), ov.get2())));
    });
  }

  private static Arbitrary<Tuple.Tuple2<Op, Object>> op(Col col) {
    if (col == Col.ID) {
      return Arbitraries.of(true, false).map(b -> Tuple.of(Op.IS_NULL, b));
    }
    Arbitrary<Object> value = col.number ? small().map(i -> i) : names().map(s -> s);
    Arbitrary<Object> list = (col.number ? small().map(i -> (Object) i) : names().map(s -> (Object) s))
        .list().ofMaxSize(2).map(l -> l);
    Arbitrary<Tuple.Tuple2<Op, Object>> eq = value.injectNull(0.15).map(v -> Tuple.of(Op.EQ, v));
    Arbitrary<Tuple.Tuple2<Op, Object>> in = list.map(v -> Tuple.of(Op.IN, v));
    Arbitrary<Tuple.Tuple2<Op, Object>> isNull = Arbitraries.of(true, false).map(b -> Tuple.of(Op.IS_NULL, b));
    if (col.number) {
      return Arbitraries.oneOf(eq, eq, in, isNull, small().map(v -> Tuple.of(Op.GT, (Object) v)),
          small().map(v -> Tuple.of(Op.LT, (Object) v)));
    }
    return Arbitraries.oneOf(eq, eq, in, isNull, Arbitraries.of("a", "b").map(v -> Tuple.of(Op.CONTAINS, (Object) v)));
  }
}
