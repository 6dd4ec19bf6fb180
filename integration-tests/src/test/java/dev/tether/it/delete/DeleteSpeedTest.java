package dev.tether.it.delete;

import static dev.tether.it.delete.DeleteDb.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.CapturedQuery;
import dev.tether.DeleteResult;
import dev.tether.ProtectedException;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statement counts (Django's FastDeleteTests and DeletionTests.test_bulk/test_large_delete*):
 * rows nothing depends on go by query, never one statement per row; batches respect the
 * database's parameter limit.
 */
class DeleteSpeedTest {
  static final int MAX_PARAMETERS = TestDatabases.maxParameters();
  /** More keys than one statement may bind (40,000 on SQLite). */
  static final int MANY = MAX_PARAMETERS + 7234;

  DeleteDb t;

  @BeforeEach
  void open() {
    t = new DeleteDb();
  }

  @AfterEach
  void close() {
    t.close();
  }

  private Reporter reporterWith(String name, int articles) {
    Reporter r = Reporter.objects.create(x -> x.firstName = name);
    List<Article> list = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      Article a = new Article();
      a.headline = name + " " + i;
      a.reporter = r;
      list.add(a);
    }
    Article.objects.bulkCreate(list);
    return r;
  }

  /**
   * Deleting by keys already given needs no SELECT to find the rows: the cascade's DELETE and the
   * reporters' DELETE, with Django's counts (a key with no row deletes nothing).
   */
  @Test
  void deleteByGivenKeysSkipsTheSelect() {
    Reporter a = reporterWith("a", 3);
    Reporter b = reporterWith("b", 2);
    Reporter kept = reporterWith("kept", 4);
    try (CapturedQueries q = t.db.captureQueries()) {
      DeleteResult result = Reporter.objects.filter(Reporter_.id.in(List.of(a.id(), b.id(), 987_654L))).delete();
      assertEquals(Map.of("Reporter", 2, "Article", 5), result.perModel());
      assertEquals(7, result.total());
      assertEquals(2, q.count(), q.sql().toString());
      for (String sql : q.sql()) {
        assertTrue(sql.startsWith("DELETE"), sql);
      }
    }
    try (CapturedQueries q = t.db.captureQueries()) {
      assertEquals(Map.of(), Reporter.objects.filter(Reporter_.id.eq(987_654L)).delete().perModel());
      assertEquals(Map.of("Reporter", 1, "Article", 4), Reporter.objects.filter(Reporter_.id.eq(kept.id())).delete().perModel());
      assertEquals(4, q.count(), q.sql().toString());
    }
    assertEquals(0, Article.objects.count());
    assertEquals(0, Reporter.objects.count());
  }

  /** Django test_fast_delete_fk / test_fast_delete_large_batch: 1 fast delete + 1 delete. */
  @Test
  void reporterWithTenThousandArticles() {
    Reporter few = reporterWith("few", 10);
    Reporter many = reporterWith("many", 10_000);
    Reporter other = reporterWith("other", 3);
    int fewCount;
    try (CapturedQueries q = t.db.captureQueries()) {
      assertEquals(Map.of("Reporter", 1, "Article", 10), few.delete().perModel());
      fewCount = q.count();
    }
    try (CapturedQueries q = t.db.captureQueries()) {
      DeleteResult result = many.delete();
      assertEquals(Map.of("Reporter", 1, "Article", 10_000), result.perModel());
      assertTrue(q.count() <= 3, q.sql().toString());
      assertEquals(2, q.count(), q.sql().toString());
      assertEquals(fewCount, q.count());
      for (String sql : q.sql()) {
        assertFalse(sql.startsWith("SELECT"), "articles are not fetched: " + sql);
      }
    }
    assertEquals(3, Article.objects.count());
    assertEquals(3, other.articleSet().count());
  }

  private S sWithTs(int n) {
    S s = S.objects.create(x -> x.r = R.objects.create(y -> { }));
    List<T> ts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      T tt = new T();
      tt.s = s;
      ts.add(tt);
    }
    T.objects.bulkCreate(ts);
    U.objects.create(x -> x.t = ts.get(0));
    return s;
  }

  /** Django test_bulk / test_large_delete_related: T has dependents, so its keys are fetched. */
  @Test
  void cascadeWithDependentsDoesNotGrowWithRows() {
    S small = sWithTs(2);
    S big = sWithTs(2000);
    int smallCount;
    try (CapturedQueries q = t.db.captureQueries()) {
      assertEquals(Map.of("S", 1, "T", 2, "U", 1), small.delete().perModel());
      smallCount = q.count();
    }
    try (CapturedQueries q = t.db.captureQueries()) {
      assertEquals(Map.of("S", 1, "T", 2000, "U", 1), big.delete().perModel());
      // Django: 1 select T + 1 select U + T deletes in batches + 1 delete S
      assertTrue(q.count() <= 5, q.sql().toString());
      assertEquals(smallCount, q.count(), q.sql().toString());
    }
    assertFalse(S.objects.exists());
    assertFalse(T.objects.exists());
  }

  /** Django test_fast_delete_m2m / test_fast_delete_revm2m: 1 to delete, 1 for the join rows. */
  @Test
  void fastDeleteManyToMany() {
    M2MTo to = M2MTo.objects.create(x -> { });
    M2MFrom from = M2MFrom.objects.create(x -> { });
    from.m2m().add(to);
    try (CapturedQueries q = t.db.captureQueries()) {
      from.delete();
      assertEquals(2, q.count(), q.sql().toString());
    }
    M2MFrom from2 = M2MFrom.objects.create(x -> { });
    from2.m2m().add(to);
    try (CapturedQueries q = t.db.captureQueries()) {
      to.delete();
      assertEquals(2, q.count(), q.sql().toString());
    }
    assertEquals(0, t.rows("delete_m2mfrom_m2m"));
  }

  /** Django test_fast_delete_qs: a query set nothing depends on is deleted by one query. */
  @Test
  void fastDeleteQuerySet() {
    User u1 = User.objects.create(x -> { });
    User u2 = User.objects.create(x -> { });
    try (CapturedQueries q = t.db.captureQueries()) {
      User.objects.filter(User_.id.eq(u1.pk())).delete();
      assertEquals(1, q.count(), q.sql().toString());
    }
    assertEquals(1, User.objects.count());
    assertTrue(User.objects.filter(User_.id.eq(u2.pk())).exists());
  }

  private List<Item> items(int n) {
    List<Item> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Item it = new Item();
      it.name = "item" + i;
      list.add(it);
    }
    return Item.objects.bulkCreate(list);
  }

  /** More keys than one statement may bind, and a SET_NULL dependent forbids the fast path. */
  @Test
  void batchesBeyondTheParameterLimit() {
    List<Item> items = items(MANY);
    for (int i : new int[] {0, MANY / 2, MAX_PARAMETERS - 1, MAX_PARAMETERS, MANY - 1}) {
      Item target = items.get(i);
      ItemNote.objects.create(n -> { n.text = "note"; n.item = target; });
    }
    try (CapturedQueries q = t.db.captureQueries()) {
      DeleteResult result = Item.objects.all().delete();
      assertEquals(Map.of("Item", MANY), result.perModel());
      assertEquals(MANY, result.total());
      for (CapturedQuery c : q.queries()) {
        assertTrue(c.params().size() <= MAX_PARAMETERS, c.params().size() + " parameters: " + c.sql());
      }
      long itemDeletes = q.sql().stream().filter(s -> s.matches("DELETE FROM .delete_item. .*")).count();
      assertTrue(itemDeletes >= 2, q.sql().toString());
      assertTrue(q.count() <= 12, q.count() + " statements");
    }
    assertEquals(0, Item.objects.count());
    assertEquals(5, ItemNote.objects.filter(ItemNote_.item().isNull(true)).count());
  }

  @Test
  void protectBeyondTheParameterLimit() {
    List<Item> items = items(MANY);
    Item first = items.get(0);
    Item last = items.get(MANY - 1);
    ItemLock l1 = ItemLock.objects.create(x -> x.item = first);
    ItemLock l2 = ItemLock.objects.create(x -> x.item = last);
    ItemNote.objects.create(n -> { n.text = "note"; n.item = last; });
    ProtectedException e = assertThrows(ProtectedException.class, () -> Item.objects.all().delete());
    assertEquals(Set.of(DeleteDb.label(l1), DeleteDb.label(l2)), labels(e.protectedObjects()));
    assertEquals(MANY, Item.objects.count());
    assertEquals(last.pk(), ItemNote.objects.get().itemId());
  }
}
