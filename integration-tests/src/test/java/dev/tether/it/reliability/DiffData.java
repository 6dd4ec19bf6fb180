package dev.tether.it.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one differential case, as plain values the Java oracle navigates: clubs, members
 * (a club, maybe a sponsor club, labels) and labels. A row is named by its index in its list.
 */
record DiffData(List<Club> clubs, List<Member> members, List<Label> labels) {
  record Club(String name, Integer rank) {}

  record Member(String name, String nick, int age, int club, Integer sponsor, List<Integer> labels) {}

  record Label(String name, Integer weight) {}

  /** The three models. */
  enum Kind { CLUB, MEMBER, LABEL }

  /** A relation hop, from one model to another, single- or multi-valued. */
  enum Hop {
    CLUB(Kind.MEMBER, Kind.CLUB, false),
    SPONSOR(Kind.MEMBER, Kind.CLUB, false),
    LABELS(Kind.MEMBER, Kind.LABEL, true),
    MEMBERS(Kind.CLUB, Kind.MEMBER, true),
    SPONSORED(Kind.CLUB, Kind.MEMBER, true),
    LABEL_MEMBERS(Kind.LABEL, Kind.MEMBER, true);

    final Kind from;
    final Kind to;
    final boolean multi;

    Hop(Kind from, Kind to, boolean multi) {
      this.from = from;
      this.to = to;
      this.multi = multi;
    }
  }

  /** A column, or {@code ID} for the related row itself ({@code isNull} only). */
  enum Col {
    CLUB_NAME(Kind.CLUB, false), CLUB_RANK(Kind.CLUB, true),
    MEMBER_NAME(Kind.MEMBER, false), MEMBER_NICK(Kind.MEMBER, false), MEMBER_AGE(Kind.MEMBER, true),
    LABEL_NAME(Kind.LABEL, false), LABEL_WEIGHT(Kind.LABEL, true),
    ID(null, true);

    final Kind kind;
    final boolean number;

    Col(Kind kind, boolean number) {
      this.kind = kind;
      this.number = number;
    }
  }

  /** The rows {@code hop} leads to from row {@code from}, in key order. */
  List<Integer> targets(Hop hop, int from) {
    List<Integer> out = new ArrayList<>();
    switch (hop) {
      case CLUB -> out.add(members.get(from).club());
      case SPONSOR -> {
        if (members.get(from).sponsor() != null) {
          out.add(members.get(from).sponsor());
        }
      }
      case LABELS -> out.addAll(members.get(from).labels().stream().sorted().distinct().toList());
      case MEMBERS, SPONSORED, LABEL_MEMBERS -> {
        for (int i = 0; i < members.size(); i++) {
          Member m = members.get(i);
          boolean linked = switch (hop) {
            case MEMBERS -> m.club() == from;
            case SPONSORED -> m.sponsor() != null && m.sponsor() == from;
            default -> m.labels().contains(from);
          };
          if (linked) {
            out.add(i);
          }
        }
      }
      default -> throw new IllegalArgumentException(hop.name());
    }
    return out;
  }

  /** The value of column {@code c} of row {@code row} (of the column's model). */
  Object value(Col c, int row) {
    return switch (c) {
      case CLUB_NAME -> clubs.get(row).name();
      case CLUB_RANK -> clubs.get(row).rank();
      case MEMBER_NAME -> members.get(row).name();
      case MEMBER_NICK -> members.get(row).nick();
      case MEMBER_AGE -> members.get(row).age();
      case LABEL_NAME -> labels.get(row).name();
      case LABEL_WEIGHT -> labels.get(row).weight();
      case ID -> row;
    };
  }

  int size(Kind k) {
    return switch (k) {
      case CLUB -> clubs.size();
      case MEMBER -> members.size();
      case LABEL -> labels.size();
    };
  }
}
