package dev.tether.it.manytomany;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.IntegrityException;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django's many_to_many {@code test_fast_add_ignore_conflicts}: {@code add} is one INSERT that
 * skips the pairs already there, on every database; and {@code test_add_remove_set_by_pk},
 * {@code test_add_remove_invalid_type} and {@code test_set} (with {@code clear=True}).
 */
class FastAddTest extends PublicationFixture {
  @Test
  void fastAddIsOneStatement() {
    // a1 has p1 already: one INSERT adds p2 and skips p1
    try (CapturedQueries q = db.captureQueries()) {
      a1.publications().add(p1, p2);
      assertEquals(1, q.count(), q.toString());
      String sql = q.sql().get(0);
      assertTrue(sql.startsWith("INSERT INTO"), sql);
      assertTrue(sql.contains(TestDatabases.kind().equals("mariadb") ? "ON DUPLICATE KEY UPDATE" : "ON CONFLICT"),
          sql);
    }
    assertEquals(List.of("Science News", "The Python Journal"), names(a1.publications().list()));
    // adding pairs that all exist: still one statement, no row added, no error
    long before = joinRows();
    try (CapturedQueries q = db.captureQueries()) {
      a2.publications().add(p1, p2, p3, p4);
      assertEquals(1, q.count(), q.toString());
    }
    assertEquals(before, joinRows());
  }

  @Test
  void addKeepsTheExistingJoinRow() {
    long id = Raw.number(db, "SELECT id FROM many_to_many_article_publications WHERE article_id = " + a1.id()
        + " AND publication_id = " + p1.id());
    a1.publications().add(p1);
    p1.articleSet().add(a1);
    assertEquals(id, Raw.number(db, "SELECT id FROM many_to_many_article_publications WHERE article_id = "
        + a1.id() + " AND publication_id = " + p1.id()));
    assertEquals(1, Raw.number(db, "SELECT COUNT(*) FROM many_to_many_article_publications WHERE article_id = "
        + a1.id()));
  }

  @Test
  void aKeyWithNoRowIsStillRefused() {
    // only repeated pairs are skipped: a foreign key violation fails (Tether does not use MariaDB's
    // INSERT IGNORE, which would turn it into a warning and a missing row)
    long before = joinRows();
    assertThrows(IntegrityException.class, () -> a1.publications().addByKey(p4.id() + 1000));
    assertEquals(before, joinRows());
    assertEquals(List.of("The Python Journal"), names(a1.publications().list()));
  }

  @Test
  void addRemoveSetByPk() {
    Article a5 = Article.objects.create(a -> a.headline = "Django lets you create web apps easily");
    a5.publications().addByKey(p1.pk());
    assertEquals(List.of("The Python Journal"), names(a5.publications().list()));
    a5.publications().setByKey(List.of(p2.pk()));
    assertEquals(List.of("Science News"), names(a5.publications().list()));
    a5.publications().removeByKey(p2.pk());
    assertEquals(List.of(), names(a5.publications().list()));
    // and from the other end, an int for a long key is taken
    p3.articleSet().addByKey(a5.pk().intValue());
    assertEquals(List.of("Science Weekly"), names(a5.publications().list()));
    try (CapturedQueries q = db.captureQueries()) {
      p3.articleSet().removeByKey(a5.pk());
      assertEquals(1, q.count(), q.toString()); // one DELETE, nothing loaded
    }
    assertFalse(a5.publications().exists());
  }

  @Test
  void addRemoveInvalidType() {
    for (String method : List.of("add", "remove")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
        if (method.equals("add")) {
          a1.publications().addByKey("invalid");
        } else {
          a1.publications().removeByKey("invalid");
        }
      });
      assertTrue(e.getMessage().contains("field 'id' of Publication expected a LONG key but got 'invalid'"),
          e.getMessage());
      assertTrue(e.getMessage().startsWith("Article.publications()." + method + "ByKey(...)"), e.getMessage());
    }
    assertEquals(List.of("The Python Journal"), names(a1.publications().list()));
  }

  @Test
  void setWithClear() {
    // Django's test_set, second half: set(..., clear=True)
    p2.articleSet().set(List.of(a4, a3), true);
    assertEquals(List.of("NASA finds intelligent life on Earth", "Oxygen-free diet works wonders"),
        names(p2.articleSet().list()));
    assertEquals(List.of("Science News"), names(a4.publications().list()));
    a4.publications().setByKey(List.of(p3.id()), true);
    assertEquals(List.of("NASA finds intelligent life on Earth"), names(p2.articleSet().list()));
    assertEquals(List.of("Science Weekly"), names(a4.publications().list()));

    // clear=True rewrites every row: one DELETE of all, one INSERT of all (Django: the same two)
    long keptBefore = Raw.number(db, "SELECT id FROM many_to_many_article_publications WHERE article_id = "
        + a2.id() + " AND publication_id = " + p1.id());
    try (CapturedQueries q = db.captureQueries()) {
      a2.publications().set(List.of(p1, p4), true);
      assertEquals(1, q.sql().stream().filter(s -> s.startsWith("DELETE")).count(), q.toString());
      assertEquals(1, q.sql().stream().filter(s -> s.startsWith("INSERT")).count(), q.toString());
      assertEquals(2, q.count(), q.toString());
    }
    assertEquals(List.of("Highlights for Children", "The Python Journal"), names(a2.publications().list()));
    assertTrue(keptBefore != Raw.number(db, "SELECT id FROM many_to_many_article_publications WHERE article_id = "
        + a2.id() + " AND publication_id = " + p1.id()), "clear=True deletes and re-inserts the kept row");

    p2.articleSet().set(List.of(), true);
    assertEquals(List.of(), names(p2.articleSet().list()));
    a4.publications().set(List.of(), true);
    assertEquals(List.of(), names(a4.publications().list()));
  }
}
