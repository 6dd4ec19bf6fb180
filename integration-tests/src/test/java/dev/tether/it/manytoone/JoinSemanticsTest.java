package dev.tether.it.manytoone;

import static dev.tether.it.manytoone.TestDatabases.names;
import static dev.tether.it.manytoone.WalkthroughTest.article;
import static dev.tether.it.manytoone.WalkthroughTest.reporter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Database;
import dev.tether.Q;
import dev.tether.QuerySet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's rules for filters across a multi-valued (reverse) relation, on data where the rules give
 * different answers. Every expected list is what Django 3.2 returns for the same data and queries.
 * <pre>
 *   John: "This is a test" (2005-07-27), "John's second story" (2005-07-29)
 *   Paul: "Paul's story" (2006-01-17), "This is Paul's test" (2006-01-18)
 *   Dan:  "Dan's day" (2007-03-01)
 *   Mary: no articles
 * </pre>
 */
class JoinSemanticsTest {
    static final LocalDate JULY_28 = LocalDate.of(2005, 7, 28);
    Database db;
    Reporter john;
    Reporter paul;

    @BeforeEach
    void setUp() {
        db = TestDatabases.memory();
        john = save(reporter("John", "Smith", "john@example.com"));
        paul = save(reporter("Paul", "Jones", "paul@example.com"));
        Reporter dan = save(reporter("Dan", "Brown", "dan@example.com"));
        save(reporter("Mary", "Ann", "mary@example.com"));
        article("This is a test", LocalDate.of(2005, 7, 27), john).save();
        article("John's second story", LocalDate.of(2005, 7, 29), john).save();
        article("Paul's story", LocalDate.of(2006, 1, 17), paul).save();
        article("This is Paul's test", LocalDate.of(2006, 1, 18), paul).save();
        article("Dan's day", LocalDate.of(2007, 3, 1), dan).save();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Reporter save(Reporter r) {
        r.save();
        return r;
    }

    private static QuerySet<Reporter> byName() {
        return Reporter.objects.orderBy(Reporter_.firstName.asc());
    }

    @Test
    void conditionsInOneFilterCallReferToTheSameArticle() {
        // John has a "This" article and a later article, but no single article that is both.
        assertEquals(List.of("Paul Jones"), names(byName().filter(
                Reporter_.article().headline.startsWith("This"), Reporter_.article().pubDate.gt(JULY_28))));
        assertEquals(1, byName().filter(
                Reporter_.article().headline.startsWith("This"), Reporter_.article().pubDate.gt(JULY_28)).count());
        // Q.and inside one call is the same call.
        assertEquals(List.of("Paul Jones"), names(byName().filter(
                Reporter_.article().headline.startsWith("This").and(Reporter_.article().pubDate.gt(JULY_28)))));
    }

    @Test
    void separateFilterCallsMayMatchDifferentArticles() {
        QuerySet<Reporter> chained = byName()
                .filter(Reporter_.article().headline.startsWith("This"))
                .filter(Reporter_.article().pubDate.gt(JULY_28));
        // Paul twice: his "This" article pairs with each of his two later articles.
        assertEquals(List.of("John Smith", "Paul Jones", "Paul Jones"), names(chained));
        assertEquals(3, chained.count());
        assertEquals(List.of("John Smith", "Paul Jones"), names(chained.distinct()));
        assertEquals(2, chained.distinct().count());
    }

    @Test
    void excludeAcrossTheReverseRelationKeepsReportersWithNoMatchingArticle() {
        assertEquals(List.of("Dan Brown", "Mary Ann"),
                names(byName().exclude(Reporter_.article().headline.startsWith("This"))));
        assertEquals(List.of("Dan Brown", "Mary Ann"),
                names(byName().filter(Reporter_.article().headline.startsWith("This").not())));
        assertEquals(List.of("John Smith", "Mary Ann"),
                names(byName().exclude(Reporter_.article().pubDate.gt(LocalDate.of(2006, 1, 1)))));
        assertEquals(List.of("John Smith"), names(byName()
                .filter(Reporter_.article().headline.startsWith("This"))
                .exclude(Reporter_.article().pubDate.gt(LocalDate.of(2006, 1, 1)))));
    }

    /**
     * Under two negations the conditions are still separate sub-queries (Django's
     * {@code split_exclude} runs under any negation), so John's two articles satisfy one each;
     * one join would ask a single article to satisfy both.
     */
    @Test
    void aDoubleNegationAcrossTheRelationStillTestsEachConditionOnItsOwn() {
        Q<Reporter> both = Reporter_.article().headline.startsWith("This")
                .and(Reporter_.article().headline.contains("second"));
        assertEquals(List.of("John Smith"), names(byName().exclude(both.not())));
        assertEquals(List.of("John Smith"), names(byName().filter(both.not().or(Reporter_.id.lt(0L)).not())));
        assertEquals(List.of(), names(byName().filter(both)));
    }

    @Test
    void excludeAcrossAForwardRelationNeedsBothConditions() {
        assertEquals(List.of("Dan's day", "Paul's story", "This is Paul's test"), names(Article.objects.exclude(
                Article_.reporter().firstName.eq("John"), Article_.reporter().lastName.eq("Smith"))));
        assertEquals(List.of("Dan's day", "John's second story", "Paul's story", "This is Paul's test",
                "This is a test"), names(Article.objects.exclude(
                Article_.reporter().firstName.eq("John"), Article_.reporter().lastName.eq("Jones"))));
    }

    @Test
    void isNullOnTheReverseRelation() {
        assertEquals(List.of("Mary Ann"), names(byName().filter(Reporter_.article().isNull(true))));
        assertEquals(List.of("Dan Brown", "John Smith", "John Smith", "Paul Jones", "Paul Jones"),
                names(byName().filter(Reporter_.article().isNull(false))));
        assertEquals(List.of("Dan Brown", "John Smith", "Paul Jones"),
                names(byName().filter(Reporter_.article().isNull(false)).distinct()));
        assertEquals(List.of("Dan Brown", "John Smith", "Paul Jones"),
                names(byName().exclude(Reporter_.article().isNull(true))));
    }

    @Test
    void orAcrossRelations() {
        assertEquals(List.of("Dan Brown", "Mary Ann"), names(byName().filter(
                Reporter_.article().headline.startsWith("Dan").or(Reporter_.article().isNull(true)))));
        assertEquals(List.of("John's second story", "Paul's story", "This is a test"), names(Article.objects.filter(
                Article_.reporter().firstName.eq("John").or(Article_.headline.startsWith("Paul")))));
        assertEquals(List.of("Dan Brown", "Mary Ann", "Paul Jones"), names(byName().filter(
                Q.any(Reporter_.firstName.eq("Mary"), Reporter_.article().headline.eq("Paul's story"),
                        Reporter_.article().pubDate.year().eq(2007)))));
    }

    @Test
    void oneJoinPerSingleValuedPathAndOnePerMultiValuedCall() {
        // Django's test_selects: a related table referenced twice in one call is joined once.
        QuerySet<Article> forward = Article.objects.filter(
                Article_.reporter().firstName.eq("John"), Article_.reporter().lastName.eq("Smith"));
        assertEquals(1, joins(forward.sql()));
        assertEquals(List.of("John's second story", "This is a test"), names(forward));
        QuerySet<Reporter> oneCall = byName().filter(
                Reporter_.article().headline.startsWith("This"), Reporter_.article().pubDate.gt(JULY_28));
        assertEquals(1, joins(oneCall.sql()));
        QuerySet<Reporter> twoCalls = byName().filter(Reporter_.article().headline.startsWith("This"))
                .filter(Reporter_.article().pubDate.gt(JULY_28));
        assertEquals(2, joins(twoCalls.sql()));
    }

    private static int joins(String sql) {
        return sql.toUpperCase().split(" JOIN ", -1).length - 1;
    }

    @Test
    void lookupsThroughTheReverseRelationMatchOnePerArticle() {
        assertEquals(List.of("John Smith", "Paul Jones"),
                names(byName().filter(Reporter_.article().headline.contains("test"))));
        assertEquals(List.of("Paul Jones"), names(byName().filter(Reporter_.article().headline.iexact("paul's STORY"))));
        assertEquals(List.of("Dan Brown", "Paul Jones", "Paul Jones"), names(byName().filter(
                Reporter_.article().pubDate.between(LocalDate.of(2006, 1, 1), LocalDate.of(2007, 12, 31)))));
    }
}
