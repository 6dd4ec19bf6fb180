package dev.tether.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.persist.BulkUpdate;
import dev.tether.meta.FieldMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements of bulkUpdate and of bulkCreate's conflict options, per database. */
class BulkSqlTest {
  static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://h/db");
  static final Dialect MARIADB = Dialects.forUrl("jdbc:mariadb://h/db");
  static final Dialect SQLITE = Dialects.forUrl("jdbc:sqlite::memory:");
  static final FieldMeta HEADLINE = Article_.META.field("headline");
  static final FieldMeta PUB_DATE = Article_.META.field("pubDate");

  @Test
  void bulkUpdateIsOneCasePerField() {
    assertEquals("UPDATE \"article\" SET \"headline\" = CASE WHEN \"id\" = ? THEN ? WHEN \"id\" = ? THEN ? END,"
        + " \"pub_date\" = CASE WHEN \"id\" = ? THEN ? WHEN \"id\" = ? THEN ? END WHERE \"id\" IN (?, ?)",
        BulkUpdate.sql(SQLITE, Article_.META, List.of(HEADLINE, PUB_DATE), 2));
    assertEquals("UPDATE `article` SET `headline` = CASE WHEN `id` = ? THEN ? END WHERE `id` IN (?)",
        BulkUpdate.sql(MARIADB, Article_.META, List.of(HEADLINE), 1));
  }

  @Test
  void postgresqlCastsEachCaseValueToItsColumnsType() {
    assertEquals("UPDATE \"article\" SET \"headline\" = CASE WHEN \"id\" = ? THEN CAST(? AS varchar(100))"
        + " WHEN \"id\" = ? THEN CAST(? AS varchar(100)) END, \"pub_date\" = CASE WHEN \"id\" = ? THEN CAST(? AS date)"
        + " WHEN \"id\" = ? THEN CAST(? AS date) END WHERE \"id\" IN (?, ?)",
        BulkUpdate.sql(POSTGRES, Article_.META, List.of(HEADLINE, PUB_DATE), 2));
  }

  @Test
  void ignoringConflicts() {
    String insert = SqlCompiler.insertRows(POSTGRES, "article", List.of(HEADLINE), 2);
    assertEquals("INSERT INTO \"article\" (\"headline\") VALUES (?), (?) ON CONFLICT DO NOTHING",
        POSTGRES.insertIgnoringConflicts(insert));
    assertEquals("INSERT INTO \"article\" (\"headline\") VALUES (?) ON CONFLICT DO NOTHING",
        SQLITE.insertIgnoringConflicts(SqlCompiler.insertRows(SQLITE, "article", List.of(HEADLINE), 1)));
    assertEquals("INSERT IGNORE INTO `article` (`headline`) VALUES (?)",
        MARIADB.insertIgnoringConflicts(SqlCompiler.insertRows(MARIADB, "article", List.of(HEADLINE), 1)));
  }

  @Test
  void upserts() {
    List<String> unique = List.of("headline");
    List<String> update = List.of("pub_date", "reporter_id");
    assertEquals("INSERT INTO \"article\" (\"headline\") VALUES (?) ON CONFLICT (\"headline\") DO UPDATE SET"
        + " \"pub_date\" = EXCLUDED.\"pub_date\", \"reporter_id\" = EXCLUDED.\"reporter_id\"",
        POSTGRES.upsert(SqlCompiler.insertRows(POSTGRES, "article", List.of(HEADLINE), 1), unique, update));
    assertEquals("INSERT INTO \"article\" (\"headline\") VALUES (?) ON CONFLICT (\"headline\") DO UPDATE SET"
        + " \"pub_date\" = EXCLUDED.\"pub_date\", \"reporter_id\" = EXCLUDED.\"reporter_id\"",
        SQLITE.upsert(SqlCompiler.insertRows(SQLITE, "article", List.of(HEADLINE), 1), unique, update));
    assertEquals("INSERT INTO `article` (`headline`) VALUES (?) ON DUPLICATE KEY UPDATE"
        + " `pub_date` = VALUES(`pub_date`), `reporter_id` = VALUES(`reporter_id`)",
        MARIADB.upsert(SqlCompiler.insertRows(MARIADB, "article", List.of(HEADLINE), 1), unique, update));
  }
}
