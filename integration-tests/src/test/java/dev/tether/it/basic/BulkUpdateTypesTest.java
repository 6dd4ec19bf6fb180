package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bulkUpdate} of every scalar type at its extremes, in one statement (PostgreSQL needs each
 * {@code CASE} value cast to its column's type): Django's {@code BulkUpdateTests.test_datatypes}.
 */
class BulkUpdateTypesTest {
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

  private static void copy(TypeSample from, TypeSample to) {
    to.text = from.text;
    to.code = from.code;
    to.intValue = from.intValue;
    to.longValue = from.longValue;
    to.shortValue = from.shortValue;
    to.doubleValue = from.doubleValue;
    to.floatValue = from.floatValue;
    to.boolValue = from.boolValue;
    to.boxedInt = from.boxedInt;
    to.boxedLong = from.boxedLong;
    to.boxedShort = from.boxedShort;
    to.boxedDouble = from.boxedDouble;
    to.boxedFloat = from.boxedFloat;
    to.boxedBool = from.boxedBool;
    to.amount = from.amount;
    to.day = from.day;
    to.moment = from.moment;
    to.stamp = from.stamp;
    to.uuid = from.uuid;
    to.data = from.data;
    to.color = from.color;
  }

  @Test
  void everyTypeBothWays() {
    TypeSample a = TypesTest.minSample();
    a.save();
    TypeSample b = TypesTest.maxSample();
    b.save();
    copy(TypesTest.maxSample(), a);
    copy(TypesTest.minSample(), b);
    try (CapturedQueries q = db.captureQueries()) {
      int n = TypeSample.objects.bulkUpdate(List.of(a, b), TypeSample_.text, TypeSample_.code, TypeSample_.intValue,
          TypeSample_.longValue, TypeSample_.shortValue, TypeSample_.doubleValue, TypeSample_.floatValue,
          TypeSample_.boolValue, TypeSample_.boxedInt, TypeSample_.boxedLong, TypeSample_.boxedShort,
          TypeSample_.boxedDouble, TypeSample_.boxedFloat, TypeSample_.boxedBool, TypeSample_.amount,
          TypeSample_.day, TypeSample_.moment, TypeSample_.stamp, TypeSample_.uuid, TypeSample_.data,
          TypeSample_.color);
      assertEquals(2, n);
      assertEquals(1, q.count());
    }
    if (!TestDatabases.isSqlite()) {
      // the servers keep microseconds, truncated (see TypesTest)
      a.moment = a.moment.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
      a.stamp = a.stamp.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
    TypesTest.assertSame(a, TypeSample.objects.get(TypeSample_.id.eq(a.id())));
    TypesTest.assertSame(b, TypeSample.objects.get(TypeSample_.id.eq(b.id())));
  }
}
