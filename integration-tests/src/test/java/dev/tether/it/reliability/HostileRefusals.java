package dev.tether.it.reliability;

import static dev.tether.it.reliability.HostileCorpus.show;

import dev.tether.Database;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Values a database cannot hold, through every write path and lookup: each refused, nothing written. */
final class HostileRefusals {
  private HostileRefusals() {}

  /** Checks every refusal; returns the number of cases, adding a line per failure. */
  static int check(Database db, List<String> values, List<HostileValuesTest.Lookup> lookups, List<String> failures) {
    int cases = 0;
    for (HostileWrites.Path p : HostileWrites.all(db)) {
      if (!p.writesValue()) {
        continue;
      }
      for (String v : values) {
        cases++;
        Function<String, Supplier<List<String>>> write = p.prepare().get();
        HostileValuesTest.assertRefused(db, p + " of " + show(v), () -> write.apply(v), failures);
      }
    }
    for (HostileValuesTest.Lookup l : lookups) {
      for (String v : values) {
        cases++;
        HostileValuesTest.assertRefused(db, l.name() + "(" + show(v) + ")",
            () -> HostileText.objects.filter(l.q().apply(v)).list(), failures);
      }
    }
    return cases;
  }
}
