package dev.tether.it.manytomany;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.Database;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threads adding the same pairs at the same moment, through two handles on the database (on the
 * servers, pooled connections running at once): none fails and each pair is stored once. With a
 * SELECT of the existing pairs followed by an INSERT of the missing ones, two threads both see a
 * pair missing and the second INSERT breaks the unique key.
 */
class ConcurrentAddTest {
  private static final int THREADS = 6;
  private static final int ROUNDS = 12;
  private Database db;
  private Database other;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    other = TestDatabases.reopen(db);
  }

  @AfterEach
  void tearDown() {
    other.close();
    db.close();
  }

  @Test
  void concurrentAddsOfTheSamePairsAllSucceedOnce() throws Exception {
    List<Publication> pubs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String title = "Journal " + i;
      pubs.add(Publication.objects.create(p -> p.title = title));
    }
    Article a = Article.objects.create(x -> x.headline = "Shared");
    Article b = Article.objects.create(x -> x.headline = "Also shared");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        a.publications().clear();
        b.publications().clear();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Database handle = t % 3 == 0 ? db : other;
          List<Publication> mine = new ArrayList<>(pubs);
          Collections.shuffle(mine, new Random(round * 31L + t)); // each thread lists them in its own order
          // half the threads on article a, half on b; each reads its own copy through its handle
          Article owner = Article.objects.using(handle).get(Article_.id.eq((t % 2 == 0 ? a : b).id()));
          done.add(pool.submit(() -> {
            start.await(1, TimeUnit.MINUTES);
            owner.publications().add(mine);
            owner.publications().add(mine.get(0), mine.get(1)); // again: nothing to add
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get(2, TimeUnit.MINUTES); // rethrows a thread's failure
        }
        assertEquals(8, a.publications().count());
        assertEquals(8, b.publications().count());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(16, Raw.number(db, "SELECT COUNT(*) FROM many_to_many_article_publications"));
    assertEquals(16, Raw.number(db, "SELECT COUNT(DISTINCT article_id * 100000 + publication_id) FROM "
        + "many_to_many_article_publications"));
  }
}
