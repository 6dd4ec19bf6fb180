package dev.tether.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LocalTime, OffsetDateTime, Duration, JSON and converted fields: round trips with edge values and
 * lookups, on every database. Expected values follow Django's model_fields tests (test_jsonfield,
 * test_durationfield, test_datetimefield).
 */
class MoreTypesTest {
  static final ObjectMapper JSON = new ObjectMapper();
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

  static JsonNode json(String s) {
    try {
      return JSON.readTree(s);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Event saved(String name, String payload) {
    Event e = new Event(name);
    e.payload = payload == null ? null : json(payload);
    e.save();
    return e;
  }

  static List<String> names(dev.tether.QuerySet<Event> q) {
    return q.orderBy(Event_.name.asc()).stream().map(e -> e.name).collect(Collectors.toList());
  }

  @Test
  void timesRoundTripTruncatedToMicroseconds() {
    Event e = new Event("t");
    e.startsAt = LocalTime.of(23, 59, 59, 999_999_999);
    e.happened = OffsetDateTime.of(2024, 3, 1, 10, 30, 0, 123_456_789, ZoneOffset.ofHours(5));
    e.save();
    Event back = Event.objects.get(Event_.id.eq(e.id));
    assertEquals(LocalTime.of(23, 59, 59, 999_999_000), back.startsAt);
    // the instant is kept; it comes back in UTC on every database
    assertEquals(OffsetDateTime.of(2024, 3, 1, 5, 30, 0, 123_456_000, ZoneOffset.UTC), back.happened);
    assertEquals(ZoneOffset.UTC, back.happened.getOffset());

    Event midnight = new Event("m");
    midnight.startsAt = LocalTime.MIDNIGHT;
    midnight.save();
    assertEquals(LocalTime.MIDNIGHT, Event.objects.get(Event_.id.eq(midnight.id)).startsAt);
  }

  @Test
  void timeLookups() {
    for (int h : new int[] {8, 12, 18}) {
      Event e = new Event("at" + h);
      e.startsAt = LocalTime.of(h, 15, 30);
      e.save();
    }
    assertEquals(List.of("at12", "at18"), names(Event.objects.filter(Event_.startsAt.gt(LocalTime.of(12, 0)))));
    assertEquals(List.of("at12", "at8"),
        names(Event.objects.filter(Event_.startsAt.between(LocalTime.of(8, 15, 30), LocalTime.of(12, 15, 30)))));
    assertEquals(List.of("at18"), names(Event.objects.filter(Event_.startsAt.hour().eq(18))));
    assertEquals(3, Event.objects.filter(Event_.startsAt.minute().eq(15)).count());
    assertEquals(3, Event.objects.filter(Event_.startsAt.second().eq(30)).count());
    assertEquals(0, Event.objects.filter(Event_.startsAt.isNull(true)).count());
  }

  @Test
  void offsetDateTimeComparesInstants() {
    Event a = new Event("a");
    a.happened = OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)); // 10:00Z
    a.save();
    Event b = new Event("b");
    b.happened = OffsetDateTime.of(2024, 1, 1, 11, 0, 0, 0, ZoneOffset.UTC); // 11:00Z
    b.save();
    // 10:30Z written at another offset
    OffsetDateTime between = OffsetDateTime.of(2024, 1, 1, 5, 30, 0, 0, ZoneOffset.ofHours(-5));
    assertEquals(List.of("b"), names(Event.objects.filter(Event_.happened.gt(between))));
    assertEquals(List.of("a"), names(Event.objects.filter(Event_.happened.eq(
        OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC)))));
    assertEquals(List.of("a"), names(Event.objects.filter(Event_.happened.hour().eq(10))));
    assertEquals(List.of("a", "b"), names(Event.objects.filter(Event_.happened.year().eq(2024))));
  }

  @Test
  void durationsRoundTripIncludingNegativeAndLarge() {
    Duration[] values = {
        Duration.ZERO,
        Duration.ofNanos(1_999), // truncated to 1 microsecond
        Duration.ofDays(-1).plusSeconds(1), // -23:59:59
        Duration.ofMillis(-1_500),
        Duration.ofDays(999_999_999L / 100).plusHours(23).plusMinutes(59).plusSeconds(59).plusNanos(999_999_000),
        Duration.ofHours(36), // more than a day stays in hours
    };
    Duration[] expected = values.clone();
    expected[1] = Duration.ofNanos(1_000);
    for (int i = 0; i < values.length; i++) {
      Event e = new Event("d" + i);
      e.took = values[i];
      e.save();
      assertEquals(expected[i], Event.objects.get(Event_.id.eq(e.id)).took, "value " + i);
    }
    assertEquals(List.of("d2", "d3"), names(Event.objects.filter(Event_.took.lt(Duration.ZERO))));
    assertEquals(List.of("d0", "d1", "d3"),
        names(Event.objects.filter(Event_.took.between(Duration.ofSeconds(-2), Duration.ofSeconds(1)))));
    assertEquals(List.of("d5"), names(Event.objects.filter(Event_.took.eq(Duration.ofMinutes(36 * 60)))));
  }

  @Test
  void jsonRoundTripWithUnicodeAndNulls() {
    Event e = saved("j", "{\"kind\": \"click\", \"ключ\": \"значение 🎉\", \"n\": 1.5, \"none\": null,"
        + " \"list\": [1, {\"deep\": true}]}");
    Event back = Event.objects.get(Event_.id.eq(e.id));
    assertEquals(e.payload, back.payload);
    Event nothing = saved("sql-null", null);
    assertNull(Event.objects.get(Event_.id.eq(nothing.id)).payload);
    Event literal = saved("json-null", "null"); // the JSON literal null is a value, not SQL NULL
    assertEquals(json("null"), Event.objects.get(Event_.id.eq(literal.id)).payload);
    assertEquals(List.of("sql-null"), names(Event.objects.filter(Event_.payload.isNull(true))));
  }

  @Test
  void rawJsonText() {
    Event e = new Event("raw");
    e.raw = "{\"a\": [1, 2]}";
    e.save();
    JsonNode back = json(Event.objects.get(Event_.id.eq(e.id)).raw);
    assertEquals(json("{\"a\": [1, 2]}"), back);
    assertEquals(List.of("raw"), names(Event.objects.filter(Event_.raw.key("a").index(1).eq(2))));
    assertEquals(List.of("raw"), names(Event.objects.filter(Event_.raw.eq("{\"a\":[1,2]}"))));
  }

  /** Django's test_jsonfield TestQuerying, the parts about keys. */
  @Test
  void keyLookupsFollowDjango() {
    saved("0-sqlnull", null);
    saved("1-empty", "{}");
    saved("2-list", "[]");
    saved("3-ab", "{\"a\": \"b\", \"c\": 14}");
    saved("4-nested", "{\"a\": \"b\", \"c\": 14, \"d\": [\"e\", {\"f\": \"g\"}], \"h\": true, \"i\": false,"
        + " \"j\": null, \"k\": {\"l\": \"m\"}, \"n\": [null], \"o\": \"\\\"quoted\\\"\", \"p\": 4.2}");
    saved("5-number-strings", "{\"c\": \"14\", \"p\": \"4.2\"}");
    saved("6-unicode", "{\"ключ\": \"é\", \"a b\": 1}");

    assertEquals(List.of("3-ab", "4-nested"), names(Event.objects.filter(Event_.payload.key("a").eq("b"))));
    assertEquals(List.of(), names(Event.objects.filter(Event_.payload.key("a").eq("B"))));
    // a number matches numbers only, and 14 equals 14.0
    assertEquals(List.of("3-ab", "4-nested"), names(Event.objects.filter(Event_.payload.key("c").eq(14))));
    assertEquals(List.of("3-ab", "4-nested"), names(Event.objects.filter(Event_.payload.key("c").eq(14.0))));
    assertEquals(List.of("5-number-strings"), names(Event.objects.filter(Event_.payload.key("c").eq("14"))));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("p").gt(4))));
    assertEquals(List.of("3-ab", "4-nested"), names(Event.objects.filter(Event_.payload.key("c").lte(14))));
    // nested keys and array indexes
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("d").index(1).key("f").eq("g"))));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("k").key("l").eq("m"))));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("o").eq("\"quoted\""))));
    // booleans are not numbers
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("h").eq(true))));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("i").eq(false))));
    assertEquals(List.of(), names(Event.objects.filter(Event_.payload.key("h").eq(1))));
    // has_key, isnull of a key and JSON null (Django: test_has_key, test_isnull_key, test_key_isnull/none)
    assertEquals(List.of("3-ab", "4-nested"), names(Event.objects.filter(Event_.payload.hasKey("a"))));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.hasKey("j"))));
    assertEquals(List.of("0-sqlnull", "1-empty", "2-list", "5-number-strings", "6-unicode"),
        names(Event.objects.filter(Event_.payload.key("a").isNull(true))));
    assertEquals(List.of("3-ab", "4-nested"), names(Event.objects.filter(Event_.payload.key("a").isNull(false))));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("j").isJsonNull())));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("j").eq((String) null))));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("n").index(0).isJsonNull())));
    assertEquals(List.of(), names(Event.objects.filter(Event_.payload.key("a").isJsonNull())));
    assertEquals(List.of("4-nested"), names(Event.objects.filter(Event_.payload.key("k").hasKey("l"))));
    // unicode keys and keys with spaces are bound, not spliced
    assertEquals(List.of("6-unicode"), names(Event.objects.filter(Event_.payload.key("ключ").eq("é"))));
    assertEquals(List.of("6-unicode"), names(Event.objects.filter(Event_.payload.key("a b").eq(1))));
    assertEquals(List.of(), names(Event.objects.filter(Event_.payload.key("') OR 1=1 --").eq("b"))));
    assertEquals(List.of("3-ab"),
        names(Event.objects.filter(Event_.payload.key("a").eq("b")).exclude(Event_.payload.hasKey("d"))));
    assertEquals(List.of("0-sqlnull", "1-empty", "2-list", "3-ab", "5-number-strings", "6-unicode"),
        names(Event.objects.exclude(Event_.payload.hasKey("d"))));
    // the whole document
    assertEquals(List.of("3-ab"), names(Event.objects.filter(Event_.payload.eq(json("{\"a\": \"b\", \"c\": 14}")))));
    assertEquals(1, Event.objects.filter(Event_.payload.key("a").eq("zzz").or(Event_.payload.hasKey("ключ")))
        .count());
  }

  @Test
  void convertedFieldRoundTripsAndLooksUpInTheUserType() {
    Event cheap = new Event("cheap");
    cheap.price = new Money(199, "EUR");
    cheap.save();
    Event dear = new Event("dear");
    dear.price = new Money(100_000, "EUR");
    dear.save();
    new Event("free").save();
    assertEquals(new Money(199, "EUR"), Event.objects.get(Event_.id.eq(cheap.id)).price);
    assertNull(Event.objects.get(Event_.name.eq("free")).price);
    assertEquals(List.of("cheap"), names(Event.objects.filter(Event_.price.eq(new Money(199, "EUR")))));
    assertEquals(List.of("dear"), names(Event.objects.filter(Event_.price.gt(new Money(1_000, "EUR")))));
    assertEquals(List.of("cheap", "dear"), names(Event.objects.filter(
        Event_.price.in(new Money(199, "EUR"), new Money(100_000, "EUR")))));
    assertEquals(List.of("free"), names(Event.objects.filter(Event_.price.isNull(true))));
    // update() and values() go through the converter too
    assertEquals(1, Event.objects.filter(Event_.name.eq("free")).update(Event_.price.set(new Money(5, "EUR"))));
    assertEquals(new Money(5, "EUR"), Event.objects.get(Event_.name.eq("free")).price);
    assertEquals(List.of(new Money(5, "EUR"), new Money(199, "EUR"), new Money(100_000, "EUR")),
        Event.objects.orderBy(Event_.price.asc()).valuesList(Event_.price).list());
    // the converter's own refusal reaches the caller, nothing saved
    Event usd = new Event("usd");
    usd.price = new Money(1, "USD");
    assertThrows(IllegalArgumentException.class, usd::save);
    assertEquals(0, Event.objects.filter(Event_.name.eq("usd")).count());
  }

  @Test
  void fullCleanChecksUniquenessOfAConvertedField() {
    Wallet a = new Wallet();
    a.balance = new Money(10, "EUR");
    a.save();
    Wallet b = new Wallet();
    b.balance = new Money(10, "EUR");
    dev.tether.ValidationException e = assertThrows(dev.tether.ValidationException.class, b::fullClean);
    assertEquals(java.util.Set.of("balance"), e.messages().keySet());
    b.balance = new Money(11, "EUR");
    b.fullClean();
    b.save();
    assertEquals(2, Wallet.objects.count());
  }
}
