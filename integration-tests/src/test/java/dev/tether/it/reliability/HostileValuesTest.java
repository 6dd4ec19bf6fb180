package dev.tether.it.reliability;

import static dev.tether.it.reliability.HostileCorpus.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.Q;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hostile-value corpus through every write path and every text lookup, on each database: a
 * value the database can hold comes back exactly, and a lookup matches exactly the rows Java's
 * {@code equals}/{@code contains}/... select. What a database cannot hold (NUL on PostgreSQL, lone
 * surrogates everywhere) is refused with {@code IllegalArgumentException} before anything is sent.
 * Each test collects every mismatch and fails once, listing them.
 */
@Tag("reliability")
class HostileValuesTest {
  private Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static boolean postgres() {
    return TestDatabases.kind().equals("postgresql");
  }

  /** The corpus minus what this database is specified to refuse. */
  private static List<String> holdable() {
    return HostileCorpus.holdable(HostileCorpus.VALUES, postgres());
  }

  @Test
  void everyWritePathGivesBackExactlyWhatWentIn() {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (HostileWrites.Path p : HostileWrites.all(db)) {
      for (String v : holdable()) {
        cases++;
        roundTrip(p, v, failures);
      }
    }
    report("write paths", cases, failures);
  }

  private static void roundTrip(HostileWrites.Path p, String v, List<String> failures) {
    try {
      List<String> got = p.prepare().get().apply(v).get();
      for (String g : got) {
        if (!v.equals(g)) {
          failures.add(p + " of " + show(v) + " gave back " + show(g));
          return;
        }
      }
    } catch (RuntimeException e) {
      failures.add(p + " of " + show(v) + " threw " + e);
    }
  }

  /** One lookup: how Tether builds it and what Java says about a stored value. */
  record Lookup(String name, Function<String, Q<HostileText>> q, Matcher java) {
    boolean pattern() {
      return !List.of("eq", "ne", "in", "iexact", "box().label.eq").contains(name);
    }
  }

  interface Matcher {
    boolean matches(String stored, String query);
  }

  static List<Lookup> lookups() {
    return List.of(
        new Lookup("eq", HostileText_.body::eq, String::equals),
        new Lookup("ne", HostileText_.body::ne, (s, q) -> !s.equals(q)),
        new Lookup("in", q -> HostileText_.body.in(q, "plain"), (s, q) -> s.equals(q) || s.equals("plain")),
        new Lookup("iexact", HostileText_.body::iexact, (s, q) -> lower(s).equals(lower(q))),
        new Lookup("contains", HostileText_.body::contains, String::contains),
        new Lookup("icontains", HostileText_.body::icontains, (s, q) -> lower(s).contains(lower(q))),
        new Lookup("startsWith", HostileText_.body::startsWith, String::startsWith),
        new Lookup("istartsWith", HostileText_.body::istartsWith, (s, q) -> lower(s).startsWith(lower(q))),
        new Lookup("endsWith", HostileText_.body::endsWith, String::endsWith),
        new Lookup("iendsWith", HostileText_.body::iendsWith, (s, q) -> lower(s).endsWith(lower(q))),
        new Lookup("regex(literal)", q -> HostileText_.body.regex(HostileCorpus.literalRegex(q)), String::contains),
        new Lookup("iregex(literal)", q -> HostileText_.body.iregex(HostileCorpus.literalRegex(q)),
            (s, q) -> lower(s).contains(lower(q))),
        // the box's label and the sticker's name are the text's body
        new Lookup("box().label.eq", q -> HostileText_.box().label.eq(q), String::equals),
        new Lookup("stickers().name.contains", q -> HostileText_.stickers().name.contains(q), String::contains));
  }

  private static String lower(String s) {
    return HostileCorpus.lower(s);
  }

  /** Every corpus value but the 1 MB one stored; every corpus value as the query of every lookup. */
  @Test
  void everyLookupMatchesWhatJavaSays() {
    List<String> small = new ArrayList<>(holdable());
    small.remove(HostileCorpus.MEGABYTE);
    lookupCases("lookups", small, holdable());
  }

  /** The 1 MB value stored and searched for, whole and by its ends. */
  @Test
  void aMegabyteValueIsFoundExactly() {
    String mb = HostileCorpus.MEGABYTE;
    lookupCases("1 MB lookups", List.of(mb, "x", mb.substring(1)),
        List.of(mb, "x", mb.substring(1), mb.substring(0, 100), mb.substring(mb.length() - 100)));
  }

  /**
   * MariaDB's PAD SPACE collations compare {@code "abc"} and {@code "abc "} as equal (issue 16,
   * point 1); every lookup must tell them apart as Java does.
   */
  @Test
  void trailingSpacesAreSignificantInEveryLookup() {
    lookupCases("trailing-space lookups", HostileCorpus.TRAILING_SPACES, HostileCorpus.TRAILING_SPACES);
  }

  /** A unique column holds {@code "abc"} and {@code "abc "} side by side, and finds each alone. */
  @Test
  void trailingSpacesAreSignificantInUniqueColumns() {
    List<String> failures = new ArrayList<>();
    for (String v : HostileCorpus.TRAILING_SPACES) {
      try {
        HostileCode.objects.create(c -> c.code = v);
      } catch (RuntimeException e) {
        failures.add("creating " + show(v) + " threw " + e);
      }
    }
    for (String v : HostileCorpus.TRAILING_SPACES) {
      List<String> got = new ArrayList<>();
      HostileCode.objects.filter(HostileCode_.code.eq(v)).forEach(c -> got.add(c.code));
      if (!got.equals(List.of(v))) {
        failures.add("code.eq(" + show(v) + ") found " + got.stream().map(HostileCorpus::show).toList());
      }
    }
    report("trailing-space unique values", 2 * HostileCorpus.TRAILING_SPACES.size(), failures);
  }

  /**
   * Every value stored once as a text's body, as its box's label and as a sticker's name; then
   * every query through every lookup. The pattern lookups (contains, startsWith,
   * endsWith, regex and their i... twins) leave out queries over 1,000 characters: a long pattern
   * over a long text is a cost test, not an escaping one (issue 16, point 2: PostgreSQL's LIKE
   * backtracks, so {@code contains(mb)} over a 1 MB text runs for minutes, as does a 5,000
   * character case-insensitive regex on SQLite).
   */
  private void lookupCases(String what, List<String> values, List<String> queries) {
    List<HostileText> stored = new ArrayList<>();
    for (String v : values) {
      HostileBox box = HostileBox.objects.create(b -> b.label = v);
      HostileText t = HostileText.objects.create(x -> {
        x.body = v;
        x.setBoxId(box.id());
      });
      t.stickers().create(s -> s.name = v);
      stored.add(t);
    }
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (Lookup l : lookups()) {
      for (String q : queries) {
        if (l.pattern() && q.length() > 1_000) {
          continue;
        }
        cases++;
        List<Long> expected = new ArrayList<>();
        for (HostileText t : stored) {
          if (l.java().matches(t.body, q)) {
            expected.add(t.id());
          }
        }
        try {
          List<Long> got = new ArrayList<>();
          HostileText.objects.filter(l.q().apply(q)).orderBy(HostileText_.id.asc())
              .forEach(t -> got.add(t.id()));
          if (!got.equals(expected)) {
            failures.add(l.name() + "(" + show(q) + ") matched " + bodiesOf(stored, got)
                + " but Java says " + bodiesOf(stored, expected));
          }
        } catch (RuntimeException e) {
          failures.add(l.name() + "(" + show(q) + ") threw " + e);
        }
      }
    }
    report(what, cases, failures);
  }

  private static String bodiesOf(List<HostileText> stored, List<Long> ids) {
    List<String> out = new ArrayList<>();
    for (HostileText t : stored) {
      if (ids.contains(t.id())) {
        out.add(show(t.body));
      }
    }
    return out.size() > 8 ? out.size() + " values" : out.toString();
  }

  static void report(String what, int cases, List<String> failures) {
    System.out.println("[reliability] " + TestDatabases.kind() + ": " + what + ": " + cases + " cases, "
        + failures.size() + " failures");
    assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " " + what + " cases failed:\n  "
        + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
  }

  /** Nothing is written and the exception names the problem: the shared check of refused values. */
  static void assertRefused(Database db, String what, Supplier<?> action, List<String> failures) {
    List<List<Object>> before = HostileWrites.snapshot(db);
    String failure = null;
    try {
      action.get();
      failure = what + " was accepted";
    } catch (IllegalArgumentException e) {
      // the contract's exception
    } catch (RuntimeException e) {
      failure = what + " threw " + e + " instead of IllegalArgumentException";
    }
    if (!before.equals(HostileWrites.snapshot(db))) {
      failure = (failure == null ? what : failure) + "; it changed the tables";
    }
    if (failure != null) {
      failures.add(failure);
    }
  }

  @Test
  void nulIsRefusedOnPostgresqlBeforeAnythingIsSent() {
    org.junit.jupiter.api.Assumptions.assumeTrue(postgres(), "PostgreSQL only: the others store NUL (checked above)");
    List<String> nul = new ArrayList<>(HostileCorpus.VALUES);
    nul.removeAll(holdable());
    assertEquals(2, nul.size());
    List<String> failures = new ArrayList<>();
    int cases = HostileRefusals.check(db, nul, lookups(), failures);
    report("NUL refusals", cases, failures);
  }

  @Test
  void loneSurrogatesAreRefusedOnEveryWritePathAndLookup() {
    List<String> failures = new ArrayList<>();
    int cases = HostileRefusals.check(db, HostileCorpus.LONE_SURROGATES, lookups(), failures);
    report("lone surrogate refusals", cases, failures);
  }
}
