package dev.tether.internal.sql;

import static dev.tether.internal.sql.SqlCase.qs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.QuerySet;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.query.Expression;
import dev.tether.path.NumberExpr;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expressions, aggregates and annotations compiled per dialect: SQL text (written with {@code `} for
 * the dialect's identifier quote) and bound values. One row per construct and database.
 */
class ExpressionSqlTest {
  static final Dialect SQLITE = Dialects.forUrl("jdbc:sqlite::memory:");
  static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://h/db");
  static final Dialect MARIADB = Dialects.forUrl("jdbc:mariadb://h/db");

  static final String REPORTER = "SELECT `reporter`.`id`, `reporter`.`first_name`, `reporter`.`last_name`,"
      + " `reporter`.`email`";
  static final String ARTICLE_COLS = "`article`.`id`, `article`.`headline`, `article`.`pub_date`,"
      + " `article`.`reporter_id`, `article`.`editor_id`";
  static final String GROUP_REPORTER = " GROUP BY `reporter`.`id`, `reporter`.`first_name`, `reporter`.`last_name`,"
      + " `reporter`.`email`";
  static final String JOIN_ARTICLE = " FROM `reporter` LEFT OUTER JOIN `article` ON (`reporter`.`id` = `article`.`reporter_id`)";

  record Case(String name, Dialect d, Function<Dialect, Sql> compile, String sql, List<Object> params) {
    @Override
    public String toString() {
      return d.name() + ": " + name;
    }
  }

  private static Stream<Case> all(String name, Function<Dialect, Sql> compile, String sql, Object... params) {
    return Stream.of(SQLITE, POSTGRES, MARIADB).map(d -> new Case(name, d, compile, sql, Arrays.asList(params)));
  }

  private static Stream<Case> one(Dialect d, String name, Function<Dialect, Sql> compile, String sql, Object... params) {
    return Stream.of(new Case(name, d, compile, sql, Arrays.asList(params)));
  }

  private static Function<Dialect, Sql> select(QuerySet<?> qs) {
    return d -> SqlCompiler.select(d, qs.query());
  }

  private static Function<Dialect, Sql> aggregate(QuerySet<?> qs, Expression... es) {
    return d -> SqlCompiler.aggregate(d, qs.query(), List.of(es));
  }

  private static Function<Dialect, Sql> update(QuerySet<?> qs, Map<dev.tether.meta.FieldMeta, Object> values) {
    return d -> SqlCompiler.update(d, qs.query(), values);
  }

  static Stream<Case> cases() {
    NumberExpr<Reporter, Long> articles = Reporter_.article().count();
    Map<dev.tether.meta.FieldMeta, Object> plusOne = new LinkedHashMap<>();
    plusOne.put(Article_.id.expr().field(), Article_.id.plus(1L).node());
    return Stream.of(
        all("field compared with a field across a relation",
            select(qs(Article_.META).filter(Article_.headline.eq(Article_.reporter().firstName)).orderBy()),
            "SELECT " + ARTICLE_COLS + " FROM `article` INNER JOIN `reporter` ON (`article`.`reporter_id` = `reporter`.`id`)"
                + " WHERE `article`.`headline` = `reporter`.`first_name`"),
        all("arithmetic with a bound value",
            select(qs(Article_.META).filter(Article_.id.gt(Article_.reporter().id.times(2L))).orderBy()),
            "SELECT " + ARTICLE_COLS + " FROM `article` WHERE `article`.`id` > (`article`.`reporter_id` * ?)", 2L),
        all("update computed by the database", update(qs(Article_.META), plusOne),
            "UPDATE `article` SET `id` = (`article`.`id` + ?)", 1L),
        all("annotate a count: LEFT JOIN, GROUP BY every column",
            select(qs(Reporter_.META).annotate(articles)),
            REPORTER + ", COUNT(`article`.`id`) AS `article_id__count`" + JOIN_ARTICLE + GROUP_REPORTER),
        all("a filter on the annotation is HAVING, with the aggregate repeated; ordering by it",
            select(qs(Reporter_.META).annotate(articles).filter(articles.gt(2L)).orderBy(articles.desc())),
            REPORTER + ", COUNT(`article`.`id`) AS `article_id__count`" + JOIN_ARTICLE + GROUP_REPORTER
                + " HAVING COUNT(`article`.`id`) > ? ORDER BY COUNT(`article`.`id`) DESC", 2L),
        all("a filter before annotate restricts the joined rows it counts",
            select(qs(Reporter_.META).filter(Reporter_.article().headline.eq("A")).annotate(articles)),
            REPORTER + ", COUNT(`article`.`id`) AS `article_id__count` FROM `reporter` INNER JOIN `article`"
                + " ON (`reporter`.`id` = `article`.`reporter_id`) WHERE `article`.`headline` = ?"
                + GROUP_REPORTER, "A"),
        all("a filter after annotate joins anew",
            select(qs(Reporter_.META).annotate(articles).filter(Reporter_.article().headline.eq("x"))),
            REPORTER + ", COUNT(`article`.`id`) AS `article_id__count`" + JOIN_ARTICLE
                + " INNER JOIN `article` `T2` ON (`reporter`.`id` = `T2`.`reporter_id`) WHERE `T2`.`headline` = ?"
                + GROUP_REPORTER, "x"),
        all("count with distinct and a filter",
            aggregate(qs(Reporter_.META), Reporter_.article().countDistinct(
                Reporter_.article().pubDate.gt(LocalDate.of(2005, 1, 1))).node()),
            "SELECT COUNT(DISTINCT CASE WHEN `article`.`pub_date` > ? THEN `article`.`id` ELSE NULL END)"
                + JOIN_ARTICLE, "2005-01-01"),
        all("aggregate over an annotation reads the sub-query",
            aggregate(qs(Reporter_.META).annotate(articles), articles.max().node()),
            "SELECT MAX(`subquery`.`article_id__count`) FROM (" + REPORTER
                + ", COUNT(`article`.`id`) AS `article_id__count`" + JOIN_ARTICLE + GROUP_REPORTER + ") `subquery`"),
        all("exists, correlated with the outer row",
            select(qs(Reporter_.META).filter(dev.tether.Q.notExists(
                qs(Article_.META).filter(Article_.reporter().id.eq(Reporter_.id.outer()))))),
            REPORTER + " FROM `reporter` WHERE NOT (EXISTS (SELECT 1 FROM `article` `U1`"
                + " WHERE `U1`.`reporter_id` = `reporter`.`id`))"),
        all("scalar sub-query, ordered and limited",
            select(qs(Reporter_.META).annotate(qs(Article_.META).filter(Article_.reporter().id.eq(Reporter_.id.outer()))
                .valuesList(Article_.headline).subquery())),
            REPORTER + ", (SELECT `U1`.`headline` FROM `article` `U1` WHERE `U1`.`reporter_id` = `reporter`.`id`"
                + " ORDER BY `U1`.`pub_date` DESC, `U1`.`headline` ASC LIMIT 1) AS `subquery_Article` FROM `reporter`"),
        all("union, ordered by column position",
            select(qs(Reporter_.META).filter(Reporter_.id.eq(1L)).union(qs(Reporter_.META).filter(Reporter_.id.eq(2L)))
                .orderBy(Reporter_.firstName.desc())),
            REPORTER + " FROM `reporter` WHERE `reporter`.`id` = ? UNION " + REPORTER
                + " FROM `reporter` WHERE `reporter`.`id` = ? ORDER BY 2 DESC", 1L, 2L),
        one(SQLITE, "integer division", select(qs(Article_.META).filter(Article_.id.lt(Article_.id.div(2L))).orderBy()),
            "SELECT " + ARTICLE_COLS + " FROM `article` WHERE `article`.`id` < (`article`.`id` / ?)", 2L),
        one(MARIADB, "integer division is DIV", select(qs(Article_.META).filter(Article_.id.lt(Article_.id.div(2L))).orderBy()),
            "SELECT " + ARTICLE_COLS + " FROM `article` WHERE `article`.`id` < (`article`.`id` DIV ?)", 2L),
        one(POSTGRES, "length, concat", select(qs(Reporter_.META).annotate(Reporter_.firstName.length(),
            Reporter_.firstName.concat(Reporter_.lastName))),
            REPORTER + ", LENGTH(`reporter`.`first_name`) AS `length_firstName`, (COALESCE(`reporter`.`first_name`, '')"
                + " || COALESCE(`reporter`.`last_name`, '')) AS `concat_firstName_lastName` FROM `reporter`"),
        one(MARIADB, "length, concat", select(qs(Reporter_.META).annotate(Reporter_.firstName.length(),
            Reporter_.firstName.concat(Reporter_.lastName))),
            REPORTER + ", CHAR_LENGTH(`reporter`.`first_name`) AS `length_firstName`,"
                + " CONCAT_WS('', `reporter`.`first_name`, `reporter`.`last_name`) AS `concat_firstName_lastName`"
                + " FROM `reporter`"),
        one(POSTGRES, "nulls last", select(qs(Reporter_.META).orderBy(Reporter_.email.desc().nullsLast())),
            REPORTER + " FROM `reporter` ORDER BY `reporter`.`email` DESC NULLS LAST"),
        one(MARIADB, "nulls last, emulated", select(qs(Reporter_.META).orderBy(Reporter_.email.desc().nullsLast())),
            REPORTER + " FROM `reporter` ORDER BY `reporter`.`email` IS NULL, `reporter`.`email` DESC"))
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void compiles(Case c) {
    Sql actual = c.compile().apply(c.d());
    char quote = c.d().quote("x").charAt(0);
    assertEquals(c.sql().replace('`', quote), actual.text(), c.toString());
    assertEquals(c.params().stream().map(String::valueOf).toList(),
        actual.params().stream().map(String::valueOf).toList(), c + " (parameters)");
  }

  @org.junit.jupiter.api.Test
  void updateFromAnotherModelIsRefused() {
    Map<dev.tether.meta.FieldMeta, Object> v = Map.of(Article_.headline.expr().field(),
        Article_.reporter().firstName.node());
    assertThrows(IllegalArgumentException.class, () -> SqlCompiler.update(SQLITE, qs(Article_.META).query(), v));
  }
}
