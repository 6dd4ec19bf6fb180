package dev.tether.it.reliability;

import dev.tether.Database;
import dev.tether.QuerySet;
import dev.tether.it.TestDatabases;
import dev.tether.it.reliability.DiffArbitraries.Scenario;
import dev.tether.it.reliability.DiffTree.Call;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Differential test of filter/exclude: random rows and random chains of filter/exclude calls
 * (AND, OR, NOT; forward, reverse and many-to-many hops; several conditions in one call and
 * chained calls) run through Tether and compared with {@link DjangoSemantics}, the same
 * predicate evaluated in Java with Django's NULL and multi-valued rules. A fixed seed keeps CI
 * repeatable; a failure shows the rows, the calls, the SQL and both answers, shrunk by jqwik.
 */
@Tag("reliability")
class DifferentialFilterTest {
  /** Cases per database: each writes its rows and runs {@link DiffArbitraries#QUERIES_PER_CASE} queries. */
  static final int TRIES = 150;
  private static Database db;
  private static int cases;
  private static int queries;
  private static int failures;

  @BeforeContainer
  static void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterContainer
  static void close() {
    System.out.println("[reliability] " + TestDatabases.kind() + ": differential filters: " + cases
        + " cases, " + queries + " queries compared, " + failures + " failing cases");
    if (db != null) {
      db.close();
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return DiffArbitraries.scenarios();
  }

  @Property(tries = TRIES, seed = "20261205", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
  void tetherSelectsWhatDjangoWould(@ForAll("scenarios") Scenario s) {
    cases++;
    // one transaction: on SQLite, one commit instead of one per statement
    DiffTether tether = db.atomic(() -> {
      DiffLabel.objects.all().delete();
      DiffClub.objects.all().delete();
      return new DiffTether(s.data());
    });
    DjangoSemantics django = new DjangoSemantics(s.data(), s.root());
    for (List<Call> calls : s.queries()) {
      queries++;
      QuerySet<?> qs = DiffTether.query(s.root(), calls);
      Set<Integer> expected = django.select(calls);
      Set<Integer> got;
      try {
        got = tether.rows(s.root(), qs);
      } catch (RuntimeException e) {
        failures++;
        throw new AssertionError(describe(s, calls) + "\n  threw " + e + "\n  SQL: " + sqlOf(qs), e);
      }
      if (!got.equals(expected)) {
        failures++;
        throw new AssertionError(describe(s, calls) + "\n  Tether: " + got + "\n  Django: " + expected
            + "\n  SQL: " + qs.sql());
      }
    }
  }

  private static String sqlOf(QuerySet<?> qs) {
    try {
      return qs.sql();
    } catch (RuntimeException e) {
      return "(none: " + e + ")";
    }
  }

  private static String describe(Scenario s, List<Call> calls) {
    StringBuilder b = new StringBuilder(s.root() == DiffData.Kind.CLUB ? "DiffClub" : "DiffMember")
        .append(".objects");
    calls.forEach(b::append);
    b.append("\n  clubs (name, rank): ").append(s.data().clubs());
    b.append("\n  members (name, nick, age, club, sponsor, labels): ").append(s.data().members());
    b.append("\n  labels (name, weight): ").append(s.data().labels());
    return b.toString();
  }
}
