package dev.tether.it.reliability;

import dev.tether.Q;
import dev.tether.QuerySet;
import dev.tether.internal.query.PathNode;
import dev.tether.it.reliability.DiffData.Kind;
import dev.tether.it.reliability.DiffTree.Call;
import dev.tether.it.reliability.DiffTree.Leaf;
import dev.tether.meta.Entity;
import dev.tether.path.Expr;
import dev.tether.path.ComparableExpr;
import dev.tether.path.ModelPath;
import dev.tether.path.StringExpr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A differential case through Tether: the rows written, then each tree as {@code Q}s and query sets. */
@SuppressWarnings({"unchecked", "rawtypes"})
final class DiffTether {
  private final Map<Long, Integer> clubRow = new HashMap<>();
  private final Map<Long, Integer> memberRow = new HashMap<>();

  /** Writes {@code d} into the (empty) tables. */
  DiffTether(DiffData d) {
    List<DiffClub> clubs = new ArrayList<>();
    for (DiffData.Club c : d.clubs()) {
      DiffClub x = new DiffClub();
      x.name = c.name();
      x.rank = c.rank();
      clubs.add(x);
    }
    DiffClub.objects.bulkCreate(clubs);
    List<DiffLabel> labels = new ArrayList<>();
    for (DiffData.Label l : d.labels()) {
      DiffLabel x = new DiffLabel();
      x.name = l.name();
      x.weight = l.weight();
      labels.add(x);
    }
    DiffLabel.objects.bulkCreate(labels);
    List<DiffMember> members = new ArrayList<>();
    for (DiffData.Member m : d.members()) {
      DiffMember x = new DiffMember();
      x.name = m.name();
      x.nick = m.nick();
      x.age = m.age();
      x.setClubId(clubs.get(m.club()).id());
      x.setSponsorId(m.sponsor() == null ? null : clubs.get(m.sponsor()).id());
      members.add(x);
    }
    DiffMember.objects.bulkCreate(members);
    for (int i = 0; i < members.size(); i++) {
      List<DiffLabel> ls = new ArrayList<>();
      d.members().get(i).labels().forEach(k -> ls.add(labels.get(k)));
      if (!ls.isEmpty()) {
        members.get(i).labels().add(ls);
      }
      memberRow.put(members.get(i).id(), i);
    }
    for (int i = 0; i < clubs.size(); i++) {
      clubRow.put(clubs.get(i).id(), i);
    }
  }

  /** The query set of {@code calls} on {@code root}. */
  static QuerySet<?> query(Kind root, List<Call> calls) {
    QuerySet qs = root == Kind.CLUB ? DiffClub.objects.all() : DiffMember.objects.all();
    for (Call c : calls) {
      Q[] qs2 = new Q[c.conditions().size()];
      for (int i = 0; i < qs2.length; i++) {
        qs2[i] = q(root, c.conditions().get(i));
      }
      qs = c.exclude() ? qs.exclude(qs2) : qs.filter(qs2);
    }
    return qs;
  }

  /** The rows (indexes) {@code qs} returns, duplicates removed. */
  Set<Integer> rows(Kind root, QuerySet<?> qs) {
    Set<Integer> out = new TreeSet<>();
    for (Object o : qs.list()) {
      long id = root == Kind.CLUB ? ((DiffClub) o).id() : ((DiffMember) o).id();
      out.add((root == Kind.CLUB ? clubRow : memberRow).get(id));
    }
    return out;
  }

  static Q q(Kind root, DiffTree t) {
    if (t instanceof Leaf l) {
      return leaf(root, l);
    }
    if (t instanceof DiffTree.And a) {
      Q q = null;
      for (DiffTree c : a.children()) {
        q = q == null ? q(root, c) : q.and(q(root, c));
      }
      return q;
    }
    if (t instanceof DiffTree.Or o) {
      Q q = null;
      for (DiffTree c : o.children()) {
        q = q == null ? q(root, c) : q.or(q(root, c));
      }
      return q;
    }
    return q(root, ((DiffTree.Not) t).child()).not();
  }

  private static Q leaf(Kind root, Leaf l) {
    Object p = root == Kind.CLUB ? new DiffClub_.Path<DiffClub>(PathNode.root(DiffClub_.META))
        : new DiffMember_.Path<DiffMember>(PathNode.root(DiffMember_.META));
    for (DiffData.Hop h : l.path()) {
      p = switch (h) {
        case CLUB -> ((DiffMember_.Path<?>) p).club();
        case SPONSOR -> ((DiffMember_.Path<?>) p).sponsor();
        case LABELS -> ((DiffMember_.Path<?>) p).labels();
        case MEMBERS -> ((DiffClub_.Path<?>) p).members();
        case SPONSORED -> ((DiffClub_.Path<?>) p).sponsored();
        case LABEL_MEMBERS -> ((DiffLabel_.Path<?>) p).members();
      };
    }
    if (l.col() == DiffData.Col.ID) {
      return ((ModelPath<?, Entity>) p).isNull((Boolean) l.value());
    }
    Expr c = switch (l.col()) {
      case CLUB_NAME -> ((DiffClub_.Path<?>) p).name;
      case CLUB_RANK -> ((DiffClub_.Path<?>) p).rank;
      case MEMBER_NAME -> ((DiffMember_.Path<?>) p).name;
      case MEMBER_NICK -> ((DiffMember_.Path<?>) p).nick;
      case MEMBER_AGE -> ((DiffMember_.Path<?>) p).age;
      case LABEL_NAME -> ((DiffLabel_.Path<?>) p).name;
      case LABEL_WEIGHT -> ((DiffLabel_.Path<?>) p).weight;
      case ID -> throw new AssertionError();
    };
    return switch (l.op()) {
      case EQ -> c.eq(l.value());
      case GT -> ((ComparableExpr) c).gt(l.value());
      case LT -> ((ComparableExpr) c).lt(l.value());
      case IN -> c.in((Collection) l.value());
      case CONTAINS -> ((StringExpr) c).contains((String) l.value());
      case IS_NULL -> c.isNull((Boolean) l.value());
    };
  }
}
