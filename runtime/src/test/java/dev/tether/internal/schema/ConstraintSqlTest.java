package dev.tether.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;
import dev.tether.meta.TableConstraint;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The DDL of @Unique, @Index and @Check per dialect, and conditions as SQL: literals escaped by each database's rules. */
class ConstraintSqlTest {
  static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://h/db");
  static final Dialect MARIADB = Dialects.forUrl("jdbc:mariadb://h/db");
  static final Dialect SQLITE = Dialects.forUrl("jdbc:sqlite::memory:");

  static final Map<String, FieldMeta> FIELDS = Map.of(
      "name", FieldMeta.of("name", "name", SqlType.STRING),
      "price", FieldMeta.of("price", "price", SqlType.DECIMAL),
      "published", FieldMeta.of("published", "is_published", SqlType.BOOLEAN),
      "pubDate", FieldMeta.of("pubDate", "pub_date", SqlType.DATE),
      "reporter", FieldMeta.of("reporter", "reporter_id", SqlType.LONG));
  static final Function<String, FieldMeta> LOOKUP = FIELDS::get;

  @Test
  void aConditionIsWrittenWithEachDatabasesLiterals() {
    String c = "name <> 'O''Brien \\\\ x' AND (published = true OR price >= 1.5e1) AND NOT pubDate IS NULL";
    assertEquals("\"name\" <> 'O''Brien \\\\ x' AND (\"is_published\" = true OR \"price\" >= 15) AND NOT \"pub_date\" IS NULL",
        Condition.sql(POSTGRES, c, LOOKUP));
    assertEquals("\"name\" <> 'O''Brien \\\\ x' AND (\"is_published\" = 1 OR \"price\" >= 15) AND NOT \"pub_date\" IS NULL",
        Condition.sql(SQLITE, c, LOOKUP));
    // MariaDB reads a backslash in a literal as an escape: doubled
    assertEquals("`name` <> 'O''Brien \\\\\\\\ x' AND (`is_published` = 1 OR `price` >= 15) AND NOT `pub_date` IS NULL",
        Condition.sql(MARIADB, c, LOOKUP));
  }

  @Test
  void aFieldOutsideTheTableOrABrokenConditionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Condition.sql(POSTGRES, "cost > 0", LOOKUP));
    assertThrows(IllegalArgumentException.class, () -> Condition.parse("price > "));
    assertThrows(IllegalArgumentException.class, () -> Condition.parse("price > 0; DROP TABLE x"));
  }

  @Test
  void aRenamedFieldIsRenamedInTheNormalForm() {
    assertEquals("title = 'a' AND (views > 0 OR title IS NULL)",
        Condition.rename("headline = 'a' AND (views > 0 OR headline IS NULL)", "headline", "title"));
    assertEquals(java.util.Set.of("headline", "views"), Condition.fields("headline = 'a' AND (views > 0 OR headline IS NULL)"));
  }

  @Test
  void aUniqueIsATableConstraintButAnIndexOnSqlite() {
    TableConstraint u = TableConstraint.unique("article_reporter_name_uniq", null, "reporter", "name");
    assertEquals("CONSTRAINT \"article_reporter_name_uniq\" UNIQUE (\"reporter_id\", \"name\")",
        ConstraintSql.inline(POSTGRES, u, LOOKUP));
    assertEquals(List.of("ALTER TABLE \"article\" ADD CONSTRAINT \"article_reporter_name_uniq\" UNIQUE (\"reporter_id\","
        + " \"name\")"), ConstraintSql.add(POSTGRES, "article", u, LOOKUP));
    assertEquals(List.of("ALTER TABLE `article` DROP INDEX `article_reporter_name_uniq`"),
        ConstraintSql.drop(MARIADB, "article", u, LOOKUP));
    assertNull(ConstraintSql.inline(SQLITE, u, LOOKUP));
    assertEquals(List.of("CREATE UNIQUE INDEX \"article_reporter_name_uniq\" ON \"article\" (\"reporter_id\", \"name\")"),
        ConstraintSql.add(SQLITE, "article", u, LOOKUP));
    assertEquals(List.of("DROP INDEX \"article_reporter_name_uniq\""), ConstraintSql.drop(SQLITE, "article", u, LOOKUP));
  }

  @Test
  void aPartialIndexHasAWhereClauseAndIsLeftOutOnMariaDb() {
    TableConstraint i = TableConstraint.index("live_idx", "published = true", "-pubDate", "name");
    assertEquals(List.of("CREATE INDEX \"live_idx\" ON \"article\" (\"pub_date\" DESC, \"name\") WHERE \"is_published\" = true"),
        ConstraintSql.afterCreate(POSTGRES, "article", i, LOOKUP));
    assertEquals(List.of(), ConstraintSql.afterCreate(MARIADB, "article", i, LOOKUP));
    assertEquals(List.of(), ConstraintSql.drop(MARIADB, "article", i, LOOKUP));
    TableConstraint plain = TableConstraint.index("date_idx", null, "-pubDate");
    assertEquals(List.of("CREATE INDEX `date_idx` ON `article` (`pub_date` DESC)"),
        ConstraintSql.afterCreate(MARIADB, "article", plain, LOOKUP));
    assertEquals(List.of("DROP INDEX `date_idx` ON `article`"), ConstraintSql.drop(MARIADB, "article", plain, LOOKUP));
  }

  @Test
  void aCheckIsInlineAndSqliteRebuildsTheTableToChangeIt() {
    TableConstraint c = TableConstraint.check("price_ok", "price >= 0");
    assertEquals("CONSTRAINT `price_ok` CHECK (`price` >= 0)", ConstraintSql.inline(MARIADB, c, LOOKUP));
    assertEquals(List.of("ALTER TABLE \"t\" ADD CONSTRAINT \"price_ok\" CHECK (\"price\" >= 0)"),
        ConstraintSql.add(POSTGRES, "t", c, LOOKUP));
    assertEquals(List.of("ALTER TABLE `t` DROP CONSTRAINT `price_ok`"), ConstraintSql.drop(MARIADB, "t", c, LOOKUP));
    assertNull(ConstraintSql.add(SQLITE, "t", c, LOOKUP));
    assertNull(ConstraintSql.drop(SQLITE, "t", c, LOOKUP));
  }
}
