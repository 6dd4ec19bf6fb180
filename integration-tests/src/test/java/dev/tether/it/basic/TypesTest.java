package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every scalar type of the contract survives a save and a load, on every database. */
class TypesTest {
  @TempDir Path dir;
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static TypeSample maxSample() {
    TypeSample s = new TypeSample();
    s.text = "Ünïcødé – 日本語 – emoji 🎉👩‍👩‍👧 – ελληνικά";
    s.code = "ÉÈÊË-ÆØÅ-ñ-ß";
    s.intValue = Integer.MAX_VALUE;
    s.longValue = Long.MAX_VALUE;
    s.shortValue = Short.MAX_VALUE;
    s.doubleValue = Double.MAX_VALUE;
    s.floatValue = Float.MAX_VALUE;
    s.boolValue = true;
    s.boxedInt = Integer.MAX_VALUE;
    s.boxedLong = Long.MAX_VALUE;
    s.boxedShort = Short.MAX_VALUE;
    s.boxedDouble = Double.MIN_VALUE;
    s.boxedFloat = Float.MIN_VALUE;
    s.boxedBool = true;
    s.amount = new BigDecimal("12345678901.2345");
    s.day = LocalDate.of(9999, 12, 31);
    s.moment = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999);
    s.stamp = Instant.parse("2038-01-19T03:14:08.123456789Z");
    s.uuid = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");
    s.data = allBytes();
    s.color = Color.BLUE;
    return s;
  }

  static TypeSample minSample() {
    TypeSample s = new TypeSample();
    s.text = "";
    s.code = "a";
    s.intValue = Integer.MIN_VALUE;
    s.longValue = Long.MIN_VALUE;
    s.shortValue = Short.MIN_VALUE;
    s.doubleValue = -Double.MAX_VALUE;
    s.floatValue = -Float.MAX_VALUE;
    s.boolValue = false;
    s.boxedInt = Integer.MIN_VALUE;
    s.boxedLong = Long.MIN_VALUE;
    s.boxedShort = Short.MIN_VALUE;
    s.boxedDouble = -0.5;
    s.boxedFloat = -0.25f;
    s.boxedBool = false;
    s.amount = new BigDecimal("-0.000001");
    s.day = LocalDate.of(1, 1, 1);
    s.moment = LocalDateTime.of(1, 1, 1, 0, 0);
    s.stamp = Instant.parse("1900-01-01T00:00:00Z");
    s.uuid = new UUID(0L, 0L);
    s.data = new byte[0];
    s.color = Color.RED;
    return s;
  }

  private static byte[] allBytes() {
    byte[] b = new byte[256];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  static void assertSame(TypeSample expected, TypeSample actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.text, actual.text);
    assertEquals(expected.code, actual.code);
    assertEquals(expected.intValue, actual.intValue);
    assertEquals(expected.longValue, actual.longValue);
    assertEquals(expected.shortValue, actual.shortValue);
    assertEquals(expected.doubleValue, actual.doubleValue);
    assertEquals(expected.floatValue, actual.floatValue);
    assertEquals(expected.boolValue, actual.boolValue);
    assertEquals(expected.boxedInt, actual.boxedInt);
    assertEquals(expected.boxedLong, actual.boxedLong);
    assertEquals(expected.boxedShort, actual.boxedShort);
    assertEquals(expected.boxedDouble, actual.boxedDouble);
    assertEquals(expected.boxedFloat, actual.boxedFloat);
    assertEquals(expected.boxedBool, actual.boxedBool);
    assertEquals(0, expected.amount.compareTo(actual.amount),
        () -> expected.amount + " came back as " + actual.amount);
    assertEquals(expected.day, actual.day);
    assertEquals(expected.moment, actual.moment);
    assertEquals(expected.stamp, actual.stamp);
    assertEquals(expected.uuid, actual.uuid);
    assertArrayEquals(expected.data, actual.data);
    assertEquals(expected.color, actual.color);
  }

  @Test
  void extremeValuesRoundTrip() {
    TypeSample max = maxSample();
    TypeSample min = minSample();
    max.save();
    min.save();
    if (!TestDatabases.isSqlite()) {
      // PostgreSQL and MariaDB keep microseconds (as Django does): the nanoseconds are truncated,
      // never rounded into the next day (9999-12-31T23:59:59.999999999 would become the year 10000)
      max.moment = max.moment.truncatedTo(ChronoUnit.MICROS);
      max.stamp = max.stamp.truncatedTo(ChronoUnit.MICROS);
    }
    assertSame(max, TypeSample.objects.get(TypeSample_.id.eq(max.id())));
    assertSame(min, TypeSample.objects.get(TypeSample_.id.eq(min.id())));
  }

  @Test
  void emptyByteArrayIsNotNull() {
    TypeSample s = minSample();
    s.save();
    TypeSample back = TypeSample.objects.get(TypeSample_.id.eq(s.id()));
    assertNotNull(back.data, "an empty byte[] must come back as an empty array, not null");
    assertEquals(0, back.data.length);
  }

  @Test
  void updatedValuesRoundTrip() {
    TypeSample s = maxSample();
    s.save();
    TypeSample other = minSample();
    Long id = s.id();
    s.text = other.text;
    s.intValue = other.intValue;
    s.longValue = other.longValue;
    s.boxedLong = other.boxedLong;
    s.amount = other.amount;
    s.day = other.day;
    s.moment = other.moment;
    s.stamp = other.stamp;
    s.uuid = other.uuid;
    s.data = other.data;
    s.color = other.color;
    s.boolValue = false;
    s.save();
    assertEquals(id, s.id());
    assertEquals(1, TypeSample.objects.count());
    assertSame(s, TypeSample.objects.get());
  }

  @Test
  void everyTypeCanBeFilteredByItsValue() {
    TypeSample max = maxSample();
    max.save();
    minSample().save();
    List<Long> expected = List.of(max.id());
    assertEquals(expected, ids(TypeSample_.text.eq(max.text)));
    assertEquals(expected, ids(TypeSample_.code.eq(max.code)));
    assertEquals(expected, ids(TypeSample_.intValue.eq(Integer.MAX_VALUE)));
    assertEquals(expected, ids(TypeSample_.longValue.eq(Long.MAX_VALUE)));
    assertEquals(expected, ids(TypeSample_.shortValue.eq(Short.MAX_VALUE)));
    assertEquals(expected, ids(TypeSample_.doubleValue.eq(Double.MAX_VALUE)));
    assertEquals(expected, ids(TypeSample_.floatValue.eq(Float.MAX_VALUE)));
    assertEquals(expected, ids(TypeSample_.boolValue.eq(true)));
    assertEquals(expected, ids(TypeSample_.boxedBool.eq(true)));
    assertEquals(expected, ids(TypeSample_.boxedDouble.eq(Double.MIN_VALUE)));
    assertEquals(expected, ids(TypeSample_.amount.eq(new BigDecimal("12345678901.2345"))));
    assertEquals(expected, ids(TypeSample_.amount.gt(BigDecimal.ZERO)));
    assertEquals(expected, ids(TypeSample_.day.eq(LocalDate.of(9999, 12, 31))));
    assertEquals(expected, ids(TypeSample_.moment.eq(max.moment)));
    assertEquals(expected, ids(TypeSample_.moment.gt(LocalDateTime.of(2000, 1, 1, 0, 0))));
    assertEquals(expected, ids(TypeSample_.stamp.eq(max.stamp)));
    assertEquals(expected, ids(TypeSample_.stamp.gt(Instant.EPOCH)));
    assertEquals(expected, ids(TypeSample_.uuid.eq(max.uuid)));
    assertEquals(expected, ids(TypeSample_.data.eq(allBytes())));
    assertEquals(expected, ids(TypeSample_.color.eq(Color.BLUE)));
    assertEquals(expected, ids(TypeSample_.color.in(Color.BLUE, Color.GREEN)));
  }

  private static List<Long> ids(dev.tether.Q<TypeSample> q) {
    return TypeSample.objects.filter(q).stream().map(TypeSample::id).toList();
  }

  @Test
  void nullableColumnsStoreNull() {
    NullableSample empty = NullableSample.objects.create(n -> {});
    NullableSample back = NullableSample.objects.get(NullableSample_.id.eq(empty.id()));
    assertNull(back.text);
    assertNull(back.code);
    assertNull(back.intValue);
    assertNull(back.longValue);
    assertNull(back.shortValue);
    assertNull(back.doubleValue);
    assertNull(back.floatValue);
    assertNull(back.boolValue);
    assertNull(back.amount);
    assertNull(back.day);
    assertNull(back.moment);
    assertNull(back.stamp);
    assertNull(back.uuid);
    assertNull(back.data);
    assertNull(back.color);
    assertEquals(1, NullableSample.objects.filter(NullableSample_.intValue.isNull(true),
        NullableSample_.data.isNull(true), NullableSample_.boolValue.isNull(true)).count());
  }

  @Test
  void nullableColumnsStoreValuesThenNullAgain() {
    UUID u = UUID.randomUUID();
    NullableSample n = NullableSample.objects.create(x -> {
      x.text = "é";
      x.code = "0123456789";
      x.intValue = 0;
      x.longValue = -1L;
      x.shortValue = (short) 7;
      x.doubleValue = 0.0;
      x.floatValue = 1.5f;
      x.boolValue = false;
      x.amount = new BigDecimal("3.14");
      x.day = LocalDate.of(2024, 2, 29);
      x.moment = LocalDateTime.of(2024, 2, 29, 12, 0, 1, 5_000);
      x.stamp = Instant.EPOCH;
      x.uuid = u;
      x.data = new byte[] {0, -1, 127};
      x.color = Color.GREEN;
    });
    NullableSample back = NullableSample.objects.get(NullableSample_.id.eq(n.id()));
    assertEquals("é", back.text);
    assertEquals("0123456789", back.code);
    assertEquals(0, back.intValue);
    assertEquals(-1L, back.longValue);
    assertEquals((short) 7, back.shortValue);
    assertEquals(0.0, back.doubleValue);
    assertEquals(1.5f, back.floatValue);
    assertEquals(Boolean.FALSE, back.boolValue);
    assertEquals(0, new BigDecimal("3.14").compareTo(back.amount));
    assertEquals(LocalDate.of(2024, 2, 29), back.day);
    assertEquals(LocalDateTime.of(2024, 2, 29, 12, 0, 1, 5_000), back.moment);
    assertEquals(Instant.EPOCH, back.stamp);
    assertEquals(u, back.uuid);
    assertArrayEquals(new byte[] {0, -1, 127}, back.data);
    assertEquals(Color.GREEN, back.color);

    back.text = null;
    back.intValue = null;
    back.boolValue = null;
    back.data = null;
    back.save();
    back.refreshFromDb();
    assertNull(back.text);
    assertNull(back.intValue);
    assertNull(back.boolValue);
    assertNull(back.data);
    assertEquals(u, back.uuid);
  }
}
