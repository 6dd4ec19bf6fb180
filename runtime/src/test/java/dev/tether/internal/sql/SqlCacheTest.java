package dev.tether.internal.sql;

import static dev.tether.internal.sql.SqlCase.SELECT_REPORTER;
import static dev.tether.internal.sql.SqlCase.qs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tether.QuerySet;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.query.Query;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link SqlCache}: a query of a shape compiled before costs no compilation and binds its own
 * values; whatever shapes the text (the number of values of {@code in}, {@code isNull(true/false)},
 * a dialect's value-dependent text) tells shapes apart; shapes it does not handle are compiled every time.
 */
class SqlCacheTest {
  private static final Dialect SQLITE = SqlCase.SQLITE;
  private static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://h/db");
  private static final Dialect MARIADB = Dialects.forUrl("jdbc:mariadb://h/db");

  /** Runs the cache for {@code qs} on {@code d}, counting the compilations it asks for. */
  private static Sql select(Dialect d, QuerySet<?> qs, AtomicInteger compiled) {
    Query q = qs.query();
    return SqlCache.get(SqlCache.Kind.SELECT, d, q, q.effectiveOrdering(), () -> {
      compiled.incrementAndGet();
      return Select.of(d, q, q.effectiveOrdering());
    });
  }

  @Test
  void aRepeatedShapeIsALookUpWithItsOwnValues() {
    AtomicInteger compiled = new AtomicInteger();
    // a shape no other test compiles: three filters, one of them an OR
    QuerySet<?> first = qs(Reporter_.META).filter(Reporter_.lastName.eq("Smith"))
        .filter(Reporter_.id.gt(3L).or(Reporter_.firstName.eq("Ann"))).filter(Reporter_.id.lte(7001L));
    Sql a = select(SQLITE, first, compiled);
    QuerySet<?> second = qs(Reporter_.META).filter(Reporter_.lastName.eq("Jones"))
        .filter(Reporter_.id.gt(9L).or(Reporter_.firstName.eq("Bob"))).filter(Reporter_.id.lte(7002L));
    Sql b = select(SQLITE, second, compiled);
    assertEquals(1, compiled.get(), "the second query of the shape is not compiled");
    assertEquals(a.text(), b.text());
    assertEquals(List.of("Jones", 9L, "Bob", 7002L), b.params());
    assertEquals(SqlCompiler.select(SQLITE, second.query()).params(), b.params());
    assertEquals(Select.of(SQLITE, second.query(), second.query().effectiveOrdering()).text(), b.text());
  }

  @Test
  void theNumberOfValuesOfInIsPartOfTheShape() {
    Sql two = SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.id.in(List.of(11L, 12L))).query());
    Sql three = SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.id.in(List.of(11L, 12L, 13L))).query());
    assertEquals(SELECT_REPORTER.replace('`', '"') + " WHERE \"reporter\".\"id\" IN (?, ?, ?)", three.text());
    assertEquals(List.of(11L, 12L, 13L), three.params());
    assertNotEquals(two.text(), three.text());
  }

  @Test
  void isNullTrueAndFalseAreTwoShapes() {
    for (int i = 0; i < 2; i++) {
      assertEquals(SELECT_REPORTER.replace('`', '"') + " WHERE \"reporter\".\"email\" IS NULL",
          SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.email.isNull(true)).query()).text());
      assertEquals(SELECT_REPORTER.replace('`', '"') + " WHERE \"reporter\".\"email\" IS NOT NULL",
          SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.email.isNull(false)).query()).text());
    }
  }

  @Test
  void aDialectTextThatDependsOnTheValueIsPartOfTheShape() {
    // SQLite: an empty suffix matches every non-NULL text and binds nothing
    Sql suffix = SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.firstName.endsWith("hn")).query());
    Sql empty = SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.firstName.endsWith("")).query());
    assertEquals(SELECT_REPORTER.replace('`', '"') + " WHERE \"reporter\".\"first_name\" IS NOT NULL", empty.text());
    assertEquals(List.of(), empty.params());
    assertEquals(3, suffix.params().size());
    Sql again = SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.firstName.endsWith("ohn")).query());
    assertEquals(suffix.text(), again.text());
    assertEquals(List.of(3, 3), again.params().subList(0, 2));
    // MariaDB: a prefix outside the BMP is matched without the index
    Sql plain = SqlCompiler.select(MARIADB, qs(Reporter_.META).filter(Reporter_.firstName.startsWith("Jo")).query());
    Sql emoji = SqlCompiler.select(MARIADB,
        qs(Reporter_.META).filter(Reporter_.firstName.startsWith("\uD83D\uDE00")).query());
    assertNotEquals(plain.text(), emoji.text());
    assertEquals(List.of("\uD83D\uDE00%"), emoji.params());
    // PostgreSQL: the LIKE pattern is escaped per value
    Sql pg = SqlCompiler.select(POSTGRES, qs(Reporter_.META).filter(Reporter_.firstName.contains("5%")).query());
    Sql pg2 = SqlCompiler.select(POSTGRES, qs(Reporter_.META).filter(Reporter_.firstName.contains("a_b")).query());
    assertEquals(pg.text(), pg2.text());
    assertEquals(List.of("%a\\_b%"), pg2.params());
  }

  @Test
  void countAndExistsAreCachedApartFromTheSelect() {
    QuerySet<?> qs = qs(Reporter_.META).filter(Reporter_.firstName.eq("Zed")).filter(Reporter_.lastName.eq("Q"));
    Sql count = SqlCompiler.count(SQLITE, qs.query());
    Sql exists = SqlCompiler.exists(SQLITE, qs.query());
    Sql select = SqlCompiler.select(SQLITE, qs.query());
    QuerySet<?> other = qs(Reporter_.META).filter(Reporter_.firstName.eq("Yan")).filter(Reporter_.lastName.eq("R"));
    assertEquals(count.text(), SqlCompiler.count(SQLITE, other.query()).text());
    assertEquals(exists.text(), SqlCompiler.exists(SQLITE, other.query()).text());
    assertEquals(select.text(), SqlCompiler.select(SQLITE, other.query()).text());
    assertEquals(List.of("Yan", "R"), SqlCompiler.count(SQLITE, other.query()).params());
    assertEquals("SELECT COUNT(*) FROM \"reporter\" WHERE \"reporter\".\"first_name\" = ? AND \"reporter\".\"last_name\" = ?",
        count.text());
  }

  @Test
  void theSliceIsPartOfTheShape() {
    Sql ten = SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.firstName.eq("A")).limit(10).query());
    Sql twenty = SqlCompiler.select(SQLITE, qs(Reporter_.META).filter(Reporter_.firstName.eq("A")).limit(20).query());
    assertEquals(ten.text().replace("LIMIT 10", "LIMIT 20"), twenty.text());
  }

  @Test
  void aShapeWithAnExpressionIsCompiledEveryTime() {
    AtomicInteger compiled = new AtomicInteger();
    QuerySet<?> qs = qs(Reporter_.META).filter(Reporter_.firstName.eq(Reporter_.lastName));
    select(SQLITE, qs, compiled);
    select(SQLITE, qs, compiled);
    assertEquals(2, compiled.get());
  }

  @Test
  void deleteAndKeysAreCachedWithTheirOwnValues() {
    Sql first = SqlCompiler.delete(SQLITE, qs(Reporter_.META).filter(Reporter_.id.in(List.of(101L, 102L))).query());
    Sql second = SqlCompiler.delete(SQLITE, qs(Reporter_.META).filter(Reporter_.id.in(List.of(201L, 202L))).query());
    assertEquals("DELETE FROM \"reporter\" WHERE \"reporter\".\"id\" IN (?, ?)", second.text());
    assertEquals(first.text(), second.text());
    assertEquals(List.of(201L, 202L), second.params());
    // filtered across a relation: the rows are chosen by key through a sub-query
    Sql joined = SqlCompiler.delete(SQLITE, qs(Article_.META).filter(Article_.reporter().firstName.eq("Ann")).query());
    Sql joined2 = SqlCompiler.delete(SQLITE, qs(Article_.META).filter(Article_.reporter().firstName.eq("Bo")).query());
    assertEquals(joined.text(), joined2.text());
    assertEquals(List.of("Bo"), joined2.params());
    Sql keys = SqlCompiler.keys(SQLITE, qs(Reporter_.META).filter(Reporter_.lastName.eq("K1")).query(), true);
    Sql keys2 = SqlCompiler.keys(SQLITE, qs(Reporter_.META).filter(Reporter_.lastName.eq("K2")).query(), false);
    assertEquals(keys.text().replace("DISTINCT ", ""), keys2.text());
    assertEquals(List.of("K2"), keys2.params());
  }
}
