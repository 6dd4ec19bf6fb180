package dev.tether.it.streaming;

import dev.tether.Database;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Run in a JVM of its own with a small heap by {@link StreamMemoryTest}: reads every reading of
 * the database at {@code args[0]} ({@code args[1]}: the user, {@code -} for none) by
 * {@code stream()} or, to show what the bound is worth, by {@code list()} ({@code args[2]}), and
 * prints the count, the sum of the numbers and the heap limit.
 */
public final class StreamMemoryMain {
  private StreamMemoryMain() {}

  public static void main(String[] args) {
    String url = args[0];
    try (Database db = url.startsWith("jdbc:sqlite:") ? Database.open(url) : Database.open(url, args[1], "", 2)) {
      Database.setDefault(db);
      long count = 0;
      long sum = 0;
      long labels = 0;
      if (args[2].equals("list")) {
        Iterator<Reading> it = Reading.objects.all().list().iterator();
        while (it.hasNext()) {
          Reading r = it.next();
          count++;
          sum += r.number;
          labels += r.label.length();
        }
      } else {
        try (Stream<Reading> s = Reading.objects.all().stream(Integer.parseInt(args[3]))) {
          Iterator<Reading> it = s.iterator();
          while (it.hasNext()) {
            Reading r = it.next();
            count++;
            sum += r.number;
            labels += r.label.length();
          }
        }
      }
      System.out.println("rows=" + count + " sum=" + sum + " labels=" + labels
          + " maxHeap=" + Runtime.getRuntime().maxMemory());
    }
  }
}
