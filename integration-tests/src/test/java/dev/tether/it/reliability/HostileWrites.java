package dev.tether.it.reliability;

import dev.tether.Database;
import dev.tether.it.Raw;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every way a string reaches the database: each path prepares its fixtures, then writes one value
 * and returns a reader giving back every copy of it Tether and the raw table hold.
 */
final class HostileWrites {
  /** A write path: {@code prepare} makes the fixtures and returns the write of one value. */
  record Path(String name, boolean writesValue, Supplier<Function<String, Supplier<List<String>>>> prepare) {
    @Override
    public String toString() {
      return name;
    }
  }

  private HostileWrites() {}

  static HostileText text(String body) {
    HostileText t = new HostileText();
    t.body = body;
    return t;
  }

  private static HostileText reload(HostileText t) {
    return HostileText.objects.get(HostileText_.id.eq(t.id()));
  }

  /** The body as Tether reads it (by key, and after refreshFromDb) and as JDBC reads the table. */
  private static List<String> bodies(Database db, HostileText t) {
    HostileText copy = reload(t);
    t.refreshFromDb();
    return List.of(copy.body, t.body, rawText(db, "rel_hostile_text", "body", t.id()));
  }

  private static String rawText(Database db, String table, String column, Object id) {
    return (String) Raw.rows(db, "SELECT " + column + " FROM " + table + " WHERE id = " + id).get(0).get(0);
  }

  static List<Path> all(Database db) {
    List<Path> out = new ArrayList<>();
    out.add(new Path("save() of a new object", true, () -> v -> {
      HostileText t = text(v);
      t.save();
      return () -> bodies(db, t);
    }));
    out.add(new Path("objects.create()", true, () -> v -> {
      HostileText t = HostileText.objects.create(x -> x.body = v);
      return () -> bodies(db, t);
    }));
    out.add(new Path("save() of a changed object", true, () -> {
      HostileText t = HostileText.objects.create(x -> x.body = "seed");
      return v -> {
        t.body = v;
        t.save();
        return () -> bodies(db, t);
      };
    }));
    out.add(new Path("bulkCreate()", true, () -> v -> {
      List<HostileText> ts = List.of(text("first"), text(v), text(v));
      HostileText.objects.bulkCreate(ts);
      return () -> {
        List<String> got = new ArrayList<>(bodies(db, ts.get(1)));
        got.addAll(bodies(db, ts.get(2)));
        return got;
      };
    }));
    out.add(new Path("QuerySet.update()", true, () -> {
      HostileText t = HostileText.objects.create(x -> x.body = "seed");
      return v -> {
        int n = HostileText.objects.filter(HostileText_.id.eq(t.id())).update(HostileText_.body.set(v));
        return () -> n == 1 ? bodies(db, t) : List.of("update() counted " + n + " rows");
      };
    }));
    out.add(new Path("reverse foreign key create()", true, () -> {
      HostileBox box = HostileBox.objects.create(b -> b.label = "box");
      return v -> {
        HostileText t = box.texts().create(x -> x.body = v);
        return () -> {
          List<String> got = new ArrayList<>(bodies(db, t));
          box.texts().list().forEach(x -> got.add(x.body));
          return got;
        };
      };
    }));
    out.add(new Path("reverse foreign key add()", false, () -> {
      HostileBox box = HostileBox.objects.create(b -> b.label = "box");
      return v -> {
        HostileText t = HostileText.objects.create(x -> x.body = v);
        box.texts().add(t);
        return () -> {
          List<String> got = new ArrayList<>();
          box.texts().list().forEach(x -> got.add(x.body));
          HostileText.objects.prefetchRelated(HostileText_.box()).filter(HostileText_.box().eq(box))
              .forEach(x -> got.add(x.body));
          return got;
        };
      };
    }));
    out.add(new Path("a forward foreign key's target (objects.create, selectRelated)", true, () -> v -> {
      HostileBox box = HostileBox.objects.create(b -> b.label = v);
      HostileText t = HostileText.objects.create(x -> {
        x.body = "in box";
        x.setBoxId(box.id());
      });
      return () -> List.of(HostileText.objects.selectRelated(HostileText_.box()).get(HostileText_.id.eq(t.id())).box().label,
          t.box().label, rawText(db, "rel_hostile_box", "label", box.id()));
    }));
    out.add(new Path("many-to-many create()", true, () -> {
      HostileText t = HostileText.objects.create(x -> x.body = "stuck");
      return v -> {
        HostileSticker s = t.stickers().create(x -> x.name = v);
        return () -> {
          List<String> got = new ArrayList<>();
          t.stickers().list().forEach(x -> got.add(x.name));
          got.add(rawText(db, "rel_hostile_sticker", "name", s.id()));
          return got;
        };
      };
    }));
    out.add(new Path("many-to-many add()", false, () -> {
      HostileText t = HostileText.objects.create(x -> x.body = "stuck");
      return v -> {
        HostileSticker s = HostileSticker.objects.create(x -> x.name = v);
        t.stickers().add(s);
        return () -> {
          List<String> got = new ArrayList<>();
          t.stickers().list().forEach(x -> got.add(x.name));
          HostileText.objects.prefetchRelated(HostileText_.stickers()).get(HostileText_.id.eq(t.id()))
              .stickers().list().forEach(x -> got.add(x.name));
          s.texts().list().forEach(x -> got.add(x.body.equals("stuck") ? v : "wrong text " + x.body));
          return got;
        };
      };
    }));
    return out;
  }

  /** Every row of the corpus' tables, to show that a refused write left nothing behind. */
  static List<List<Object>> snapshot(Database db) {
    List<List<Object>> rows = new ArrayList<>();
    rows.addAll(Raw.rows(db, "SELECT 'text', id, body, box_id FROM rel_hostile_text ORDER BY id"));
    rows.addAll(Raw.rows(db, "SELECT 'box', id, label, NULL FROM rel_hostile_box ORDER BY id"));
    rows.addAll(Raw.rows(db, "SELECT 'sticker', id, name, NULL FROM rel_hostile_sticker ORDER BY id"));
    return rows;
  }
}
