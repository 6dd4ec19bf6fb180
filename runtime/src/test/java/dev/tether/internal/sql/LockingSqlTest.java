package dev.tether.internal.sql;

import static dev.tether.internal.sql.SqlCase.qs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.ForUpdate;
import dev.tether.NotSupportedException;
import dev.tether.QuerySet;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import org.junit.jupiter.api.Test;

/** The locking clause of {@code selectForUpdate} and its options, per database. */
class LockingSqlTest {
  static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://h/db");
  static final Dialect MARIADB = Dialects.forUrl("jdbc:mariadb://h/db");
  static final Dialect SQLITE = Dialects.forUrl("jdbc:sqlite::memory:");

  private static String sql(Dialect d, QuerySet<?> qs) {
    return SqlCompiler.select(d, qs.query()).text();
  }

  private static QuerySet<Article> articles() {
    return qs(Article_.META).orderBy();
  }

  @Test
  void plainForUpdate() {
    assertTrue(sql(POSTGRES, articles().selectForUpdate()).endsWith(" FROM \"article\" FOR UPDATE"));
    assertTrue(sql(MARIADB, articles().selectForUpdate()).endsWith(" FROM `article` FOR UPDATE"));
    assertTrue(sql(SQLITE, articles().selectForUpdate()).endsWith(" FROM \"article\""));
  }

  @Test
  void nowaitAndSkipLocked() {
    assertTrue(sql(POSTGRES, articles().selectForUpdate(ForUpdate.nowait())).endsWith(" FOR UPDATE NOWAIT"));
    assertTrue(sql(POSTGRES, articles().selectForUpdate(ForUpdate.skipLocked())).endsWith(" FOR UPDATE SKIP LOCKED"));
    assertTrue(sql(MARIADB, articles().selectForUpdate(ForUpdate.nowait())).endsWith(" FOR UPDATE NOWAIT"));
    assertTrue(sql(MARIADB, articles().limit(3).selectForUpdate(ForUpdate.skipLocked()))
        .endsWith(" LIMIT 3 FOR UPDATE SKIP LOCKED"));
  }

  @Test
  void ofNamesTheJoinedTablesAliases() {
    QuerySet<Article> qs = articles().selectRelated(Article_.reporter())
        .selectForUpdate(ForUpdate.ofSelf(), ForUpdate.of(Article_.reporter()), ForUpdate.nowait());
    String s = sql(POSTGRES, qs);
    assertTrue(s.endsWith(" FOR UPDATE OF \"article\", \"reporter\" NOWAIT"), s);
  }

  @Test
  void ofARelationNotJoinedIsRefused() {
    QuerySet<Article> qs = articles().selectForUpdate(ForUpdate.of(Article_.reporter()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sql(POSTGRES, qs));
    assertTrue(e.getMessage().contains("selectRelated"), e.getMessage());
  }

  @Test
  void unsupportedOptionsNameTheOptionAndTheDatabase() {
    NotSupportedException e = assertThrows(NotSupportedException.class,
        () -> sql(MARIADB, articles().selectForUpdate(ForUpdate.ofSelf())));
    assertEquals("selectForUpdate(of) is not supported on MariaDB", e.getMessage());
    e = assertThrows(NotSupportedException.class, () -> sql(SQLITE, articles().selectForUpdate(ForUpdate.nowait())));
    assertEquals("selectForUpdate(nowait) is not supported on SQLite", e.getMessage());
    e = assertThrows(NotSupportedException.class, () -> sql(SQLITE, articles().selectForUpdate(ForUpdate.skipLocked())));
    assertEquals("selectForUpdate(skipLocked) is not supported on SQLite", e.getMessage());
  }

  @Test
  void nowaitAndSkipLockedExcludeEachOther() {
    assertThrows(IllegalArgumentException.class,
        () -> articles().selectForUpdate(ForUpdate.nowait(), ForUpdate.skipLocked()));
  }
}
