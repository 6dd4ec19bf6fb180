package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import dev.tether.Q;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every field lookup of the contract, with Django's semantics, on in-memory SQLite. */
class LookupTest {
  static final String HELLO = "Hello World";
  static final String THERE = "hello there";
  static final String ECLAIR = "Éclair au café";
  static final String PURE = "100% pure_joy";
  static final String BYE = "Goodbye";

  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.openMemory();
    db.migrate();
    Database.setDefault(db);
    entry(HELLO, LocalDate.of(2005, 7, 27), LocalDateTime.of(2005, 7, 27, 10, 30), "first body", 5, 10);
    entry(THERE, LocalDate.of(2005, 7, 28), null, null, 3, null);
    entry(ECLAIR, LocalDate.of(2006, 1, 15), LocalDateTime.of(2006, 1, 15, 8, 0), "ÉCOLE", 4, 7);
    entry(PURE, LocalDate.of(2007, 12, 31), LocalDateTime.of(2008, 2, 29, 23, 59, 59), "a*b?c[d]e\\f", 1, 0);
    entry(BYE, LocalDate.of(2005, 3, 1), null, "", 5, 10);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static void entry(String headline, LocalDate pub, LocalDateTime at, String body, int rating, Integer score) {
    Entry.objects.create(e -> {
      e.headline = headline;
      e.pubDate = pub;
      e.publishedAt = at;
      e.body = body;
      e.rating = rating;
      e.score = score;
    });
  }

  /** The headlines a filter selects, as a set: order is not what these tests are about. */
  @SafeVarargs
  static Set<String> where(Q<Entry>... q) {
    List<String> hs = Entry.objects.filter(q).stream().map(e -> e.headline).toList();
    Set<String> out = Set.copyOf(hs);
    assertEquals(hs.size(), out.size(), "duplicate rows: " + hs);
    return out;
  }

  static Set<String> excluding(Q<Entry> q) {
    return Set.copyOf(Entry.objects.exclude(q).stream().map(e -> e.headline).toList());
  }

  @Test
  void exactAndNotEqual() {
    assertEquals(Set.of(BYE), where(Entry_.headline.eq(BYE)));
    assertEquals(Set.of(), where(Entry_.headline.eq("goodbye")));
    assertEquals(Set.of(HELLO, BYE), where(Entry_.score.eq(10)));
    // ne, like Django's exclude(score=10), keeps the rows where score is NULL
    assertEquals(Set.of(THERE, ECLAIR, PURE), where(Entry_.score.ne(10)));
    assertEquals(Set.of(THERE, ECLAIR, PURE), excluding(Entry_.score.eq(10)));
    assertEquals(Set.of(HELLO, THERE, PURE, BYE), where(Entry_.body.ne("ÉCOLE")));
    assertEquals(Set.of(THERE), where(Entry_.score.isNull(true)));
    assertEquals(Set.of(BYE), where(Entry_.body.eq("")));
  }

  @Test
  void iexactIgnoresCaseIncludingNonAscii() {
    assertEquals(Set.of(HELLO), where(Entry_.headline.iexact("hELLO wORLD")));
    assertEquals(Set.of(ECLAIR), where(Entry_.body.iexact("école")));
    assertEquals(Set.of(ECLAIR), where(Entry_.headline.iexact("ÉCLAIR AU CAFÉ")));
    assertEquals(Set.of(), where(Entry_.headline.iexact("hello")));
  }

  @Test
  void containsIsCaseSensitiveIcontainsIsNot() {
    assertEquals(Set.of(HELLO, THERE), where(Entry_.headline.contains("ello")));
    assertEquals(Set.of(HELLO), where(Entry_.headline.contains("Hello")));
    assertEquals(Set.of(ECLAIR), where(Entry_.headline.contains("café")));
    assertEquals(Set.of(), where(Entry_.headline.contains("CAFÉ")));
    assertEquals(Set.of(HELLO, THERE), where(Entry_.headline.icontains("HELLO")));
    assertEquals(Set.of(ECLAIR), where(Entry_.headline.icontains("CAFÉ")));
    assertEquals(Set.of(ECLAIR), where(Entry_.body.icontains("éc")));
    // NULL never contains anything, and "" contains the empty string
    assertEquals(Set.of(HELLO, ECLAIR, PURE, BYE), where(Entry_.body.contains("")));
  }

  @Test
  void startsAndEndsWith() {
    assertEquals(Set.of(THERE), where(Entry_.headline.startsWith("hello")));
    assertEquals(Set.of(HELLO), where(Entry_.headline.startsWith("Hello")));
    assertEquals(Set.of(HELLO, THERE), where(Entry_.headline.istartsWith("HELLO")));
    assertEquals(Set.of(ECLAIR), where(Entry_.headline.istartsWith("éCLAIR")));
    assertEquals(Set.of(), where(Entry_.headline.startsWith("éclair")));
    assertEquals(Set.of(HELLO), where(Entry_.headline.endsWith("World")));
    assertEquals(Set.of(), where(Entry_.headline.endsWith("world")));
    assertEquals(Set.of(HELLO), where(Entry_.headline.iendsWith("WORLD")));
    assertEquals(Set.of(ECLAIR), where(Entry_.headline.iendsWith("AU CAFÉ")));
    assertEquals(Set.of(), where(Entry_.headline.endsWith("CAFÉ")));
  }

  @Test
  void wildcardCharactersMatchLiterally() {
    assertEquals(Set.of(PURE), where(Entry_.headline.contains("%")));
    assertEquals(Set.of(PURE), where(Entry_.headline.contains("_")));
    assertEquals(Set.of(PURE), where(Entry_.headline.icontains("%")));
    assertEquals(Set.of(PURE), where(Entry_.headline.icontains("_")));
    assertEquals(Set.of(PURE), where(Entry_.headline.startsWith("100%")));
    assertEquals(Set.of(PURE), where(Entry_.headline.iendsWith("E_JOY")));
    assertEquals(Set.of(PURE), where(Entry_.body.contains("*")));
    assertEquals(Set.of(PURE), where(Entry_.body.contains("?")));
    assertEquals(Set.of(PURE), where(Entry_.body.contains("[d]")));
    assertEquals(Set.of(PURE), where(Entry_.body.contains("[")));
    assertEquals(Set.of(PURE), where(Entry_.body.contains("\\")));
    assertEquals(Set.of(PURE), where(Entry_.body.icontains("E\\F")));
    assertEquals(Set.of(PURE), where(Entry_.body.endsWith("e\\f")));
    assertEquals(Set.of(PURE), where(Entry_.body.istartsWith("A*B?")));
    // as wildcards these would match other rows
    assertEquals(Set.of(), where(Entry_.headline.contains("H%o")));
    assertEquals(Set.of(), where(Entry_.headline.icontains("h%o")));
    assertEquals(Set.of(), where(Entry_.headline.istartsWith("_oodbye")));
    assertEquals(Set.of(), where(Entry_.headline.startsWith("?ello")));
    assertEquals(Set.of(), where(Entry_.headline.contains("H*d")));
    assertEquals(Set.of(), where(Entry_.headline.contains("[Hh]ello")));
    assertEquals(Set.of(), where(Entry_.body.contains("a*c")));
    assertEquals(Set.of(), where(Entry_.body.icontains("b_c")));
    assertEquals(Set.of(), where(Entry_.body.iendsWith("\\")));
  }

  @Test
  void inCollectionsAndEmptyIn() {
    assertEquals(Set.of(THERE, ECLAIR), where(Entry_.rating.in(3, 4)));
    assertEquals(Set.of(HELLO, BYE), where(Entry_.headline.in(List.of(HELLO, BYE, "missing"))));
    assertEquals(Set.of(), where(Entry_.rating.in()));
    assertEquals(Set.of(), where(Entry_.headline.in(List.of())));
    // Django: exclude(x__in=[]) keeps every row, and an empty IN inside OR is just false
    assertEquals(5, Entry.objects.exclude(Entry_.rating.in(List.of())).count());
    assertEquals(Set.of(BYE), where(Entry_.rating.in().or(Entry_.headline.eq(BYE))));
    assertEquals(Set.of(HELLO, ECLAIR, PURE, BYE), where(Entry_.score.in(0, 7, 10)));
  }

  @Test
  void comparisonsAndBetween() {
    assertEquals(Set.of(HELLO, BYE), where(Entry_.rating.gt(4)));
    assertEquals(Set.of(HELLO, ECLAIR, BYE), where(Entry_.rating.gte(4)));
    assertEquals(Set.of(PURE), where(Entry_.rating.lt(3)));
    assertEquals(Set.of(THERE, PURE), where(Entry_.rating.lte(3)));
    // NULL is neither smaller nor greater than anything
    assertEquals(Set.of(ECLAIR, PURE), where(Entry_.score.lt(8)));
    assertEquals(Set.of(ECLAIR, PURE), where(Entry_.pubDate.gt(LocalDate.of(2005, 12, 31))));
    assertEquals(Set.of(HELLO, THERE, ECLAIR), where(Entry_.pubDate.between(LocalDate.of(2005, 7, 27),
        LocalDate.of(2006, 1, 15))));
    assertEquals(Set.of(THERE, ECLAIR), where(Entry_.rating.between(3, 4)));
    assertEquals(Set.of(PURE), where(Entry_.publishedAt.gte(LocalDateTime.of(2008, 2, 29, 23, 59, 59))));
    // one microsecond later: the finest step every database keeps (PostgreSQL and MariaDB store
    // microseconds, as Django does; a nanosecond would be truncated away there)
    assertEquals(Set.of(HELLO), where(Entry_.publishedAt.lt(LocalDateTime.of(2005, 7, 27, 10, 30, 0, 1_000))));
    // strings compare by code point, as SQLite's BINARY collation does
    assertEquals(Set.of(THERE, ECLAIR), where(Entry_.headline.gt("Hello World")));
  }

  @Test
  void isNull() {
    assertEquals(Set.of(THERE), where(Entry_.score.isNull(true)));
    assertEquals(Set.of(HELLO, ECLAIR, PURE, BYE), where(Entry_.score.isNull(false)));
    assertEquals(Set.of(THERE, BYE), where(Entry_.publishedAt.isNull(true)));
    assertEquals(Set.of(), where(Entry_.headline.isNull(true)));
  }

  @Test
  void regexAndIregex() {
    assertEquals(Set.of(HELLO, THERE), where(Entry_.headline.regex("^[Hh]ello")));
    assertEquals(Set.of(THERE), where(Entry_.headline.regex("^hello")));
    assertEquals(Set.of(PURE), where(Entry_.headline.regex("\\d+% pure")));
    assertEquals(Set.of(HELLO, BYE), where(Entry_.headline.regex("(World|bye)$")));
    assertEquals(Set.of(HELLO, THERE), where(Entry_.headline.iregex("^HELLO")));
    assertEquals(Set.of(ECLAIR), where(Entry_.headline.iregex("^éCLAIR .* CAFÉ$")));
    assertEquals(Set.of(), where(Entry_.headline.regex("^éclair")));
    assertEquals(Set.of(), where(Entry_.body.regex("^$").and(Entry_.body.isNull(true))));
  }

  @Test
  void datePartsOfDatesAndDateTimes() {
    assertEquals(Set.of(HELLO, THERE, BYE), where(Entry_.pubDate.year().eq(2005)));
    assertEquals(Set.of(HELLO, THERE), where(Entry_.pubDate.month().eq(7)));
    assertEquals(Set.of(PURE), where(Entry_.pubDate.day().eq(31)));
    assertEquals(Set.of(ECLAIR, PURE), where(Entry_.pubDate.year().gte(2006)));
    assertEquals(Set.of(HELLO, THERE, BYE), where(Entry_.pubDate.year().in(2005, 2004)));
    assertEquals(Set.of(HELLO), where(Entry_.publishedAt.year().eq(2005)));
    assertEquals(Set.of(ECLAIR), where(Entry_.publishedAt.month().eq(1)));
    assertEquals(Set.of(PURE), where(Entry_.publishedAt.day().eq(29), Entry_.publishedAt.month().eq(2)));
    assertEquals(Set.of(HELLO), where(Entry_.publishedAt.hour().eq(10)));
    assertEquals(Set.of(PURE), where(Entry_.publishedAt.year().between(2007, 2008)));
  }

  @Test
  void qCombinations() {
    Q<Entry> five = Entry_.rating.eq(5);
    Q<Entry> ten = Entry_.score.eq(10);
    assertEquals(Set.of(HELLO, BYE), where(five.and(ten)));
    assertEquals(Set.of(THERE, PURE), where(Entry_.rating.eq(3).or(Entry_.rating.eq(1))));
    assertEquals(Set.of(THERE, ECLAIR, PURE), where(five.not()));
    assertEquals(Set.of(HELLO), where(five.and(Entry_.publishedAt.isNull(false))));
    assertEquals(Set.of(HELLO, BYE), where(Q.all(five, ten)));
    assertEquals(Set.of(HELLO, THERE, PURE, BYE), where(Q.any(five, Entry_.rating.eq(3), Entry_.rating.eq(1))));
    assertEquals(5, Entry.objects.filter(Q.all()).count());
    // filter(a, b) ANDs, as do chained filters
    assertEquals(Set.of(HELLO), where(Entry_.rating.eq(5), Entry_.headline.startsWith("H")));
    assertEquals(List.of(HELLO), Entry.objects.filter(five).filter(Entry_.headline.startsWith("H"))
        .stream().map(e -> e.headline).toList());
    // (a or b) and not c
    assertEquals(Set.of(THERE, BYE),
        where(Entry_.rating.eq(3).or(Entry_.headline.eq(BYE)).and(Entry_.headline.eq(HELLO).not())));
    // not(not(x)) is x
    assertEquals(Set.of(HELLO, BYE), where(five.not().not()));
    // NOT keeps the rows where the condition is unknown (score NULL), as Django's ~Q does
    assertEquals(Set.of(THERE, PURE), where(Entry_.score.gt(5).not()));
    assertEquals(Set.of(THERE), where(Entry_.score.gt(5).or(Entry_.score.lt(5)).not()));
  }

  @Test
  void excludeNegatesTheConjunction() {
    // Django: exclude(rating=5, score=10) is NOT (rating = 5 AND score = 10)
    assertEquals(Set.of(THERE, ECLAIR, PURE),
        Set.copyOf(Entry.objects.exclude(Entry_.rating.eq(5), Entry_.score.eq(10)).stream()
            .map(e -> e.headline).toList()));
    assertEquals(Set.of(ECLAIR),
        Set.copyOf(Entry.objects.exclude(Entry_.rating.eq(5)).exclude(Entry_.score.isNull(true))
            .exclude(Entry_.rating.eq(1)).stream().map(e -> e.headline).toList()));
    assertEquals(Set.of(THERE), excluding(Entry_.body.isNull(false)));
    assertEquals(Set.of(THERE, ECLAIR, PURE, BYE), excluding(Entry_.body.contains("body")));
  }
}
