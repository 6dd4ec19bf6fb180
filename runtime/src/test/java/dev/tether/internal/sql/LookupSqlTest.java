package dev.tether.internal.sql;

import static dev.tether.internal.sql.SqlCase.ARTICLE_ORDER;
import static dev.tether.internal.sql.SqlCase.SELECT_ARTICLE;
import static dev.tether.internal.sql.SqlCase.SELECT_REPORTER;
import static dev.tether.internal.sql.SqlCase.qs;
import static dev.tether.internal.sql.SqlCase.reporterRef;
import static dev.tether.internal.sql.SqlCase.select;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each lookup of the contract, compiled for SQLite: SQL text and bound values. */
class LookupSqlTest {
  private static final String FIRST_NAME = " WHERE `reporter`.`first_name`";
  private static final String LOWER_FIRST_NAME = " WHERE tether_lower(`reporter`.`first_name`)";

  static Stream<SqlCase> scalarLookups() {
    return Stream.of(
        select("no filter", () -> qs(Reporter_.META), SELECT_REPORTER),
        select("eq", () -> qs(Reporter_.META).filter(Reporter_.firstName.eq("John")),
            SELECT_REPORTER + FIRST_NAME + " = ?", "John"),
        select("eq(null) is isNull(true)", () -> qs(Reporter_.META).filter(Reporter_.email.eq((String) null)),
            SELECT_REPORTER + " WHERE `reporter`.`email` IS NULL"),
        select("ne on a NOT NULL column", () -> qs(Reporter_.META).filter(Reporter_.firstName.ne("John")),
            SELECT_REPORTER + " WHERE NOT (`reporter`.`first_name` = ?)", "John"),
        select("ne on a nullable column keeps NULL rows",
            () -> qs(Reporter_.META).filter(Reporter_.email.ne("j@x.org")),
            SELECT_REPORTER + " WHERE NOT ((`reporter`.`email` = ? AND `reporter`.`email` IS NOT NULL))",
            "j@x.org"),
        select("gt", () -> qs(Reporter_.META).filter(Reporter_.id.gt(5L)),
            SELECT_REPORTER + " WHERE `reporter`.`id` > ?", 5L),
        select("gte", () -> qs(Reporter_.META).filter(Reporter_.id.gte(5L)),
            SELECT_REPORTER + " WHERE `reporter`.`id` >= ?", 5L),
        select("lt", () -> qs(Reporter_.META).filter(Reporter_.id.lt(5L)),
            SELECT_REPORTER + " WHERE `reporter`.`id` < ?", 5L),
        select("lte", () -> qs(Reporter_.META).filter(Reporter_.id.lte(5L)),
            SELECT_REPORTER + " WHERE `reporter`.`id` <= ?", 5L),
        select("between", () -> qs(Reporter_.META).filter(Reporter_.id.between(1L, 3L)),
            SELECT_REPORTER + " WHERE `reporter`.`id` BETWEEN ? AND ?", 1L, 3L),
        select("in", () -> qs(Reporter_.META).filter(Reporter_.firstName.in("John", "Paul")),
            SELECT_REPORTER + FIRST_NAME + " IN (?, ?)", "John", "Paul"),
        select("in(collection)", () -> qs(Reporter_.META).filter(Reporter_.id.in(List.of(3L))),
            SELECT_REPORTER + " WHERE `reporter`.`id` IN (?)", 3L),
        select("empty in() matches nothing", () -> qs(Reporter_.META).filter(Reporter_.firstName.in()),
            SELECT_REPORTER + " WHERE 1 = 0"),
        select("excluding an empty in() keeps everything",
            () -> qs(Reporter_.META).exclude(Reporter_.email.in(List.of())),
            SELECT_REPORTER + " WHERE NOT ((1 = 0 AND `reporter`.`email` IS NOT NULL))"),
        select("isNull(true)", () -> qs(Reporter_.META).filter(Reporter_.email.isNull(true)),
            SELECT_REPORTER + " WHERE `reporter`.`email` IS NULL"),
        select("isNull(false)", () -> qs(Reporter_.META).filter(Reporter_.email.isNull(false)),
            SELECT_REPORTER + " WHERE `reporter`.`email` IS NOT NULL"),
        select("and/or tree in one call",
            () -> qs(Reporter_.META).filter(Reporter_.firstName.eq("John")
                .and(Reporter_.lastName.eq("Smith").or(Reporter_.lastName.eq("Jones")))),
            SELECT_REPORTER + " WHERE (`reporter`.`first_name` = ? AND (`reporter`.`last_name` = ?"
                + " OR `reporter`.`last_name` = ?))", "John", "Smith", "Jones"),
        select("filter(a, b) ANDs", () -> qs(Reporter_.META)
                .filter(Reporter_.firstName.eq("John"), Reporter_.lastName.eq("Smith")),
            SELECT_REPORTER + " WHERE (`reporter`.`first_name` = ? AND `reporter`.`last_name` = ?)",
            "John", "Smith"));
  }

  /** Pattern values are escaped so that {@code % _ * ? [ \} match themselves. */
  static Stream<SqlCase> stringLookups() {
    return Stream.of(
        select("contains: instr(), the value verbatim (% _ * ? [ are not wildcards)", () -> qs(Reporter_.META)
                .filter(Reporter_.firstName.contains("a%b_c*d?e[f]")),
            SELECT_REPORTER + " WHERE instr(`reporter`.`first_name`, ?) > 0", "a%b_c*d?e[f]"),
        select("startsWith: instr() = 1", () -> qs(Reporter_.META).filter(Reporter_.firstName.startsWith("Jo*")),
            SELECT_REPORTER + " WHERE instr(`reporter`.`first_name`, ?) = 1", "Jo*"),
        select("endsWith: a byte-wise suffix", () -> qs(Reporter_.META).filter(Reporter_.firstName.endsWith("?n")),
            SELECT_REPORTER + " WHERE (length(CAST(`reporter`.`first_name` AS BLOB)) >= ? AND"
                + " substr(CAST(`reporter`.`first_name` AS BLOB), -?) = ?)", 2, 2, "?n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        select("icontains: instr() on lowered text", () -> qs(Reporter_.META)
                .filter(Reporter_.firstName.icontains("A%b_C\\*")),
            SELECT_REPORTER + " WHERE instr(tether_lower(`reporter`.`first_name`), ?) > 0", "a%b_c\\*"),
        select("istartsWith", () -> qs(Reporter_.META).filter(Reporter_.firstName.istartsWith("JO_")),
            SELECT_REPORTER + " WHERE instr(tether_lower(`reporter`.`first_name`), ?) = 1", "jo_"),
        select("iendsWith", () -> qs(Reporter_.META).filter(Reporter_.firstName.iendsWith("%N")),
            SELECT_REPORTER + " WHERE (length(CAST(tether_lower(`reporter`.`first_name`) AS BLOB)) >= ? AND"
                + " substr(CAST(tether_lower(`reporter`.`first_name`) AS BLOB), -?) = ?)", 2, 2,
            "%n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        select("iexact: no wildcards at all", () -> qs(Reporter_.META)
                .filter(Reporter_.firstName.iexact("JO%N")),
            SELECT_REPORTER + LOWER_FIRST_NAME + " = ?", "jo%n"),
        select("iexact lowers non-ASCII", () -> qs(Reporter_.META).filter(Reporter_.firstName.iexact("ÉMILE")),
            SELECT_REPORTER + LOWER_FIRST_NAME + " = ?", "émile"),
        select("regex", () -> qs(Reporter_.META).filter(Reporter_.firstName.regex("^J.*n$")),
            SELECT_REPORTER + FIRST_NAME + " REGEXP ?", "^J.*n$"),
        select("iregex", () -> qs(Reporter_.META).filter(Reporter_.firstName.iregex("^j")),
            SELECT_REPORTER + FIRST_NAME + " REGEXP ?", "(?i)^j"),
        select("excluded pattern on a NOT NULL column", () -> qs(Reporter_.META)
                .exclude(Reporter_.firstName.contains("x")),
            SELECT_REPORTER + " WHERE NOT (instr(`reporter`.`first_name`, ?) > 0)", "x"),
        select("excluded pattern on a nullable column", () -> qs(Reporter_.META)
                .exclude(Reporter_.email.icontains("x")),
            SELECT_REPORTER + " WHERE NOT ((instr(tether_lower(`reporter`.`email`), ?) > 0"
                + " AND `reporter`.`email` IS NOT NULL))", "x"));
  }

  static Stream<SqlCase> dateAndKeyLookups() {
    LocalDate d = LocalDate.of(2005, 7, 27);
    return Stream.of(
        select("date value bound as ISO text", () -> qs(Article_.META).filter(Article_.pubDate.eq(d)),
            SELECT_ARTICLE + " WHERE `article`.`pub_date` = ?" + ARTICLE_ORDER, "2005-07-27"),
        select("date between", () -> qs(Article_.META)
                .filter(Article_.pubDate.between(d, LocalDate.of(2005, 12, 31))),
            SELECT_ARTICLE + " WHERE `article`.`pub_date` BETWEEN ? AND ?" + ARTICLE_ORDER,
            "2005-07-27", "2005-12-31"),
        select("year", () -> qs(Article_.META).filter(Article_.pubDate.year().eq(2005)),
            SELECT_ARTICLE + " WHERE CAST(strftime('%Y', `article`.`pub_date`) AS INTEGER) = ?"
                + ARTICLE_ORDER, 2005),
        select("month", () -> qs(Article_.META).filter(Article_.pubDate.month().gte(7)),
            SELECT_ARTICLE + " WHERE CAST(strftime('%m', `article`.`pub_date`) AS INTEGER) >= ?"
                + ARTICLE_ORDER, 7),
        select("day", () -> qs(Article_.META).filter(Article_.pubDate.day().in(1, 27)),
            SELECT_ARTICLE + " WHERE CAST(strftime('%d', `article`.`pub_date`) AS INTEGER) IN (?, ?)"
                + ARTICLE_ORDER, 1, 27),
        select("relation in(objects): keys, no join", () -> qs(Article_.META)
                .filter(Article_.reporter().in(reporterRef(1), reporterRef(2))),
            SELECT_ARTICLE + " WHERE `article`.`reporter_id` IN (?, ?)" + ARTICLE_ORDER, 1L, 2L),
        select("relation in(no objects) matches nothing", () -> qs(Article_.META)
                .filter(Article_.reporter().in(List.of())),
            SELECT_ARTICLE + " WHERE 1 = 0" + ARTICLE_ORDER),
        select("relation in(QuerySet): a sub-query of keys", () -> qs(Article_.META)
                .filter(Article_.reporter().in(qs(Reporter_.META).filter(Reporter_.firstName.eq("John")))),
            SELECT_ARTICLE + " WHERE `article`.`reporter_id` IN (SELECT `U1`.`id` FROM `reporter` `U1`"
                + " WHERE `U1`.`first_name` = ?)" + ARTICLE_ORDER, "John"),
        select("sliced sub-query keeps its ordering", () -> qs(Article_.META)
                .filter(Article_.reporter().in(qs(Reporter_.META).orderBy(Reporter_.firstName.desc()).limit(1))),
            SELECT_ARTICLE + " WHERE `article`.`reporter_id` IN (SELECT `U1`.`id` FROM `reporter` `U1`"
                + " ORDER BY `U1`.`first_name` DESC LIMIT 1)" + ARTICLE_ORDER),
        select("sub-query with a join of its own", () -> qs(Article_.META)
                .filter(Article_.headline.eq("x"), Article_.reporter().in(qs(Reporter_.META)
                    .filter(Reporter_.edited().headline.eq("y")))),
            SELECT_ARTICLE + " WHERE (`article`.`headline` = ? AND `article`.`reporter_id` IN"
                + " (SELECT `U1`.`id` FROM `reporter` `U1` INNER JOIN `article` `T3`"
                + " ON (`U1`.`id` = `T3`.`editor_id`) WHERE `T3`.`headline` = ?))" + ARTICLE_ORDER,
            "x", "y"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalarLookups")
  void scalar(SqlCase c) {
    c.check();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stringLookups")
  void string(SqlCase c) {
    c.check();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dateAndKeyLookups")
  void dateAndKey(SqlCase c) {
    c.check();
  }
}
