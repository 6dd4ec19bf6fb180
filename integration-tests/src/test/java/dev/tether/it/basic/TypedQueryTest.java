package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import dev.tether.IntegrityException;
import dev.tether.Q;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lookups and updates whose values need converting: floats, decimals, instants, enums, renamed columns. */
class TypedQueryTest {
  Database db;
  NullableSample a;
  NullableSample b;
  NullableSample empty;

  @BeforeEach
  void open() {
    db = TestDatabases.openMemory();
    db.migrate();
    Database.setDefault(db);
    a = NullableSample.objects.create(x -> {
      x.floatValue = 0.1f;
      x.doubleValue = 0.1;
      x.amount = new BigDecimal("1.50");
      x.stamp = Instant.parse("2020-12-31T23:30:00Z");
      x.boolValue = true;
      x.color = Color.RED;
      x.shortValue = (short) -3;
    });
    b = NullableSample.objects.create(x -> {
      x.floatValue = 2.5f;
      x.doubleValue = 1e-300;
      x.amount = new BigDecimal("10");
      x.stamp = Instant.parse("2021-01-01T00:30:00Z");
      x.boolValue = false;
      x.color = Color.BLUE;
      x.shortValue = (short) 3;
    });
    empty = NullableSample.objects.create(x -> {});
  }

  @AfterEach
  void close() {
    db.close();
  }

  static List<Long> ids(Q<NullableSample> q) {
    return NullableSample.objects.filter(q).orderBy(NullableSample_.id.asc()).stream()
        .map(NullableSample::id).toList();
  }

  @Test
  void floatsAndDoublesCompareExactly() {
    assertEquals(List.of(a.id()), ids(NullableSample_.floatValue.eq(0.1f)));
    assertEquals(List.of(a.id()), ids(NullableSample_.doubleValue.eq(0.1)));
    assertEquals(List.of(b.id()), ids(NullableSample_.doubleValue.eq(1e-300)));
    assertEquals(List.of(b.id()), ids(NullableSample_.floatValue.gt(0.1f)));
    assertEquals(List.of(a.id(), b.id()), ids(NullableSample_.doubleValue.gt(0.0)));
    assertEquals(List.of(a.id()), ids(NullableSample_.shortValue.lt((short) 0)));
  }

  @Test
  void decimalsCompareByValueNotByScale() {
    assertEquals(List.of(a.id()), ids(NullableSample_.amount.eq(new BigDecimal("1.5"))));
    assertEquals(List.of(a.id()), ids(NullableSample_.amount.eq(new BigDecimal("1.500"))));
    assertEquals(List.of(b.id()), ids(NullableSample_.amount.eq(new BigDecimal("1E+1"))));
    // numerically, not as text ("10" < "9" as strings)
    assertEquals(List.of(b.id()), ids(NullableSample_.amount.gt(new BigDecimal("9"))));
    assertEquals(List.of(a.id(), b.id()), ids(NullableSample_.amount.between(new BigDecimal("1.5"),
        new BigDecimal("10.00"))));
  }

  @Test
  void instantsCompareAndSplitInUtc() {
    assertEquals(List.of(a.id()), ids(NullableSample_.stamp.lt(Instant.parse("2021-01-01T00:00:00Z"))));
    assertEquals(List.of(a.id()), ids(NullableSample_.stamp.year().eq(2020)));
    assertEquals(List.of(b.id()), ids(NullableSample_.stamp.month().eq(1)));
    assertEquals(List.of(a.id()), ids(NullableSample_.stamp.hour().eq(23)));
    assertEquals(List.of(a.id(), b.id()), ids(NullableSample_.stamp.minute().eq(30)));
  }

  @Test
  void booleansAndEnumsWithNulls() {
    assertEquals(List.of(a.id()), ids(NullableSample_.boolValue.eq(true)));
    assertEquals(List.of(b.id()), ids(NullableSample_.boolValue.eq(false)));
    // Django: exclude(bool_value=True) keeps the NULL row
    assertEquals(List.of(b.id(), empty.id()), ids(NullableSample_.boolValue.ne(true)));
    assertEquals(List.of(a.id(), empty.id()), ids(NullableSample_.color.ne(Color.BLUE)));
    assertEquals(List.of(empty.id()), ids(NullableSample_.color.isNull(true)));
  }

  @Test
  void updateConvertsTypedValues() {
    LocalDateTime when = LocalDateTime.of(2022, 3, 4, 5, 6, 7, 800_000_000);
    assertEquals(3, NullableSample.objects.update(NullableSample_.color.set(Color.GREEN),
        NullableSample_.moment.set(when), NullableSample_.boolValue.set(true),
        NullableSample_.amount.set(new BigDecimal("0.25")), NullableSample_.day.set(LocalDate.of(2022, 3, 4))));
    empty.refreshFromDb();
    assertEquals(Color.GREEN, empty.color);
    assertEquals(when, empty.moment);
    assertEquals(Boolean.TRUE, empty.boolValue);
    assertEquals(0, new BigDecimal("0.25").compareTo(empty.amount));
    assertEquals(3, NullableSample.objects.filter(NullableSample_.moment.eq(when),
        NullableSample_.day.month().eq(3), NullableSample_.color.eq(Color.GREEN)).count());
  }

  @Test
  void renamedColumnsWorkInFiltersOrderingAndUpdates() {
    for (String label : new String[] {"b", "c", "a"}) {
      Gadget.objects.create(g -> {
        g.slug = "slug-" + label;
        g.rank = 1;
        g.label = label;
        g.note = "note " + label;
      });
    }
    assertEquals(List.of("a", "b", "c"), Gadget.objects.orderBy(Gadget_.label.asc()).stream()
        .map(g -> g.label).toList());
    assertEquals("slug-c", Gadget.objects.get(Gadget_.note.endsWith("c")).slug);
    assertEquals(1, Gadget.objects.filter(Gadget_.label.eq("a")).update(Gadget_.note.setNull(),
        Gadget_.label.set("z")));
    Gadget z = Gadget.objects.get(Gadget_.label.eq("z"));
    assertEquals(null, z.note);
    assertEquals(List.of("slug-b", "slug-c"), Gadget.objects.filter(Gadget_.note.isNull(false))
        .orderBy(Gadget_.slug.asc()).stream().map(g -> g.slug).toList());
  }

  @Test
  void updateToNullOnANotNullColumnIsRefused() {
    Gadget.objects.create(g -> {
      g.slug = "s";
      g.rank = 1;
      g.label = "l";
    });
    // Django: update(status=None) on a NOT NULL column raises IntegrityError; the default is for inserts
    assertThrows(IntegrityException.class, () -> Gadget.objects.update(Gadget_.status.setNull()));
    assertEquals("draft", Gadget.objects.get().status);
  }
}
