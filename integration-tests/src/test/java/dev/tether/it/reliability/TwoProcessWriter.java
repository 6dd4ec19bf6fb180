package dev.tether.it.reliability;

import dev.tether.Database;

/**
 * The second process of {@link TwoProcessWriterTest}: {@code N} read-then-write increments of one
 * counter on an SQLite file, each in {@code atomic} with {@code selectForUpdate}, as the issue's
 * reproduction does. Exits with 0 when every increment committed.
 */
public final class TwoProcessWriter {
  private TwoProcessWriter() {}

  public static void main(String[] args) {
    try (Database db = Database.open(args[0])) {
      Database.setDefault(db);
      increment(db, Integer.parseInt(args[1]));
    }
    System.out.println("done");
  }

  static void increment(Database db, int times) {
    for (int i = 0; i < times; i++) {
      db.atomic(() -> {
        ConnProbe c = ConnProbe.objects.selectForUpdate().get(ConnProbe_.name.eq("shared"));
        c.value = c.value + 1;
        c.save();
      });
    }
  }
}
