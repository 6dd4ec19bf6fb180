package dev.tether.bench;

import dev.tether.Database;
import dev.tether.bench.model.Article;
import dev.tether.bench.model.Article_;
import java.util.Arrays;
import java.util.Locale;

/**
 * What it costs to turn a filtered query set into SQL, call after call, from a fresh JVM: W3's
 * query with a new value each call ({@code QuerySet.sql()}: building the query set and its SQL, no
 * database round trip). Prints the first call, then the median of calls in ranges, in microseconds.
 * <pre>
 * java -cp benchmarks.jar dev.tether.bench.SqlCost [calls=20000]
 * </pre>
 */
public final class SqlCost {
  private SqlCost() {}

  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    try (Database db = Database.open("jdbc:sqlite::memory:")) {
      Database.setDefault(db);
      long[] nanos = new long[calls];
      int length = 0;
      for (int i = 0; i < calls; i++) {
        long start = System.nanoTime();
        String sql = Article.objects.filter(Article_.reporter().firstName.eq("John" + i)).sql();
        nanos[i] = System.nanoTime() - start;
        length += sql.length();
      }
      System.out.printf(Locale.ROOT, "first call %.1f us; median of calls 2-100 %.1f us, 101-1000 %.1f us,"
          + " 1001-%d %.1f us (%d chars)%n", nanos[0] / 1e3, median(nanos, 1, 100), median(nanos, 100, 1000),
          calls, median(nanos, 1000, calls), length);
    }
  }

  private static double median(long[] v, int from, int to) {
    long[] s = Arrays.copyOfRange(v, from, to);
    Arrays.sort(s);
    return s[s.length / 2] / 1e3;
  }
}
