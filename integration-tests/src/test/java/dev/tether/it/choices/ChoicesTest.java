package dev.tether.it.choices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.IntegrityException;
import dev.tether.Row2;
import dev.tether.it.TestDatabases;
import dev.tether.path.NumberExpr;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Enums with choices: stored by code, number or name, a CHECK constraint listing the stored values,
 * labels and {@code fooDisplay()} (Django's {@code get_FOO_display()}), lookups and projections
 * taking the enum.
 */
class ChoicesTest {
  Database db;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static Post post(String title, Status s, Priority p, Mood m) {
    return Post.objects.create(x -> {
      x.title = title;
      x.status = s;
      x.priority = p;
      x.mood = m;
    });
  }

  @Test
  void storesCodesAndNumbersAndNames() {
    post("a", Status.PUBLISHED, Priority.URGENT, Mood.RATHER_SAD);
    List<String> raw = db.query("SELECT status, priority, mood FROM choices_post", List.of(),
        rs -> rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3));
    assertEquals(List.of("p|9|RATHER_SAD"), raw);
    Post p = Post.objects.get(Post_.title.eq("a"));
    assertEquals(Status.PUBLISHED, p.status);
    assertEquals(Priority.URGENT, p.priority);
    assertEquals(Mood.RATHER_SAD, p.mood);
  }

  @Test
  void displayIsTheLabel() {
    Post p = post("a", Status.IN_REVIEW, Priority.URGENT, null);
    // get_status_display(): the declared label, or one made from the name as Django does
    assertEquals("In Review", p.statusDisplay());
    assertEquals("Urgent!", p.priorityDisplay());
    assertNull(p.moodDisplay());
    p.mood = Mood.RATHER_SAD;
    assertEquals("Rather Sad", p.moodDisplay());
    assertEquals("Draft", Post_.STATUS_CHOICES.label(Status.DRAFT));
    assertEquals(List.of("d", "r", "p"), Post_.STATUS_CHOICES.values());
    assertEquals(List.of(1, 5, 9), Post_.PRIORITY_CHOICES.values());
  }

  @Test
  void defaultIsStoredAsItsCode() {
    Post p = Post.objects.create(x -> {
      x.title = "d";
      x.priority = Priority.LOW;
    });
    assertEquals(Status.DRAFT, Post.objects.get(Post_.id.eq(p.id())).status);
    assertEquals(List.of("d"), db.query("SELECT status FROM choices_post", List.of(), rs -> rs.getString(1)));
  }

  @Test
  void lookupsTakeTheEnum() {
    post("a", Status.DRAFT, Priority.LOW, Mood.HAPPY);
    post("b", Status.PUBLISHED, Priority.NORMAL, null);
    post("c", Status.PUBLISHED, Priority.URGENT, Mood.RATHER_SAD);
    assertEquals(List.of("b", "c"), titles(Post.objects.filter(Post_.status.eq(Status.PUBLISHED))));
    assertEquals(List.of("a", "c"), titles(Post.objects.filter(Post_.priority.in(Priority.LOW, Priority.URGENT))));
    assertEquals(List.of("a"), titles(Post.objects.filter(Post_.mood.eq(Mood.HAPPY))));
    assertEquals(List.of("a"), titles(Post.objects.exclude(Post_.status.eq(Status.PUBLISHED))));
    assertEquals(2, Post.objects.filter(Post_.status.ne(Status.DRAFT)).count());
    // update() with an enum value stores its code
    assertEquals(1, Post.objects.filter(Post_.title.eq("a")).update(Post_.status.set(Status.IN_REVIEW)));
    assertEquals(List.of("r"), db.query("SELECT status FROM choices_post WHERE title = ?", List.of("a"),
        rs -> rs.getString(1)));
    // raw SQL binds an enum as its code too
    assertEquals(1, db.query("SELECT COUNT(*) FROM choices_post WHERE status = ?", List.of(Status.IN_REVIEW),
        rs -> rs.getLong(1)).get(0));
  }

  @Test
  void projectionsReadTheEnum() {
    post("a", Status.DRAFT, Priority.LOW, Mood.HAPPY);
    post("b", Status.PUBLISHED, Priority.NORMAL, null);
    post("c", Status.PUBLISHED, Priority.URGENT, Mood.RATHER_SAD);
    assertEquals(List.of(Status.DRAFT, Status.PUBLISHED), Post.objects.valuesList(Post_.status).distinct()
        .orderBy(Post_.status.asc()).list());
    NumberExpr<Post, Long> n = Post_.id.count();
    assertEquals(List.of(new Row2<>(Status.DRAFT, 1L), new Row2<>(Status.PUBLISHED, 2L)),
        Post.objects.valuesList(Post_.status, n).orderBy(Post_.status.asc()).list());
    assertEquals(java.util.Arrays.asList(Mood.HAPPY, null, Mood.RATHER_SAD),
        Post.objects.orderBy(Post_.title.asc()).valuesList(Post_.mood).list());
    assertEquals(2L, Post.objects.aggregate(Post_.mood.count()));
  }

  @Test
  void checkConstraintRefusesOtherValues() {
    IntegrityException e = assertThrows(IntegrityException.class, () -> db.execute(
        "INSERT INTO choices_post (title, status, priority) VALUES (?, ?, ?)", "x", "z", 1));
    if (e.constraintName() != null && !TestDatabases.kind().equals("mariadb")) {
      assertEquals("choices_post_status_check", e.constraintName());
    }
    assertThrows(IntegrityException.class, () -> db.execute(
        "INSERT INTO choices_post (title, status, priority) VALUES (?, ?, ?)", "x", "d", 4));
    assertEquals(0, Post.objects.count());
    db.execute("INSERT INTO choices_post (title, status, priority) VALUES (?, ?, ?)", "x", "r", 5);
    assertEquals(Status.IN_REVIEW, Post.objects.get(Post_.title.eq("x")).status);
  }

  @Test
  void unknownStoredValueNamesIt() {
    db.execute("INSERT INTO choices_post (title, status, priority) VALUES (?, ?, ?)", "x", "d", 5);
    // a row written outside Tether whose check was dropped cannot be read silently wrong
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Post_.PRIORITY_CHOICES.fromDb(7));
    assertTrue(e.getMessage().contains("7"), e.getMessage());
  }

  private static List<String> titles(dev.tether.QuerySet<Post> qs) {
    return qs.orderBy(Post_.title.asc()).valuesList(Post_.title).list();
  }
}
