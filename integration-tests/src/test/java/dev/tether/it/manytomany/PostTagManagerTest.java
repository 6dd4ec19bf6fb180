package dev.tether.it.manytomany;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.CapturedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Seed 003: {@code post.tags()} and {@code tag.posts()}, every write and every query set method. */
class PostTagManagerTest extends BlogFixture {
  private static List<CapturedQuery> inserts(CapturedQueries q) {
    return q.queries().stream().filter(c -> c.sql().startsWith("INSERT")).collect(Collectors.toList());
  }

  @Test
  void bothDirections() {
    assertEquals(List.of("python", "web"), names(hello.tags().list()));
    assertEquals(List.of("Django tips", "Hello"), names(python.posts().list()));
    assertEquals(List.of("Bob's news", "Hello"), names(web.posts().list()));
    assertEquals(List.of(), names(rust.posts().list()));
    assertEquals(List.of(), names(draft.tags().list()));
  }

  @Test
  void addIsIdempotent() {
    draft.tags().add(python);
    draft.tags().add(python);
    draft.tags().add(python, python);
    assertEquals(1, joinRows(draft));
    python.posts().add(draft);
    assertEquals(1, joinRows(draft));
    assertEquals(List.of("python"), names(draft.tags().list()));
  }

  @Test
  void addWritesSeveralObjectsInOneInsert() {
    try (CapturedQueries q = db.captureQueries()) {
      draft.tags().add(web, python, django);
      List<CapturedQuery> ins = inserts(q);
      assertEquals(1, ins.size(), q.sql().toString());
      assertTrue(ins.get(0).sql().contains("post_tags"), ins.get(0).sql());
      assertEquals(6, ins.get(0).params().size(), ins.get(0).toString());
    }
    assertEquals(List.of("django", "python", "web"), names(draft.tags().list()));
    try (CapturedQueries q = db.captureQueries()) {
      draft.tags().add(python, rust);                 // python is there: one INSERT that skips it
      assertEquals(1, q.count(), q.sql().toString());
      assertEquals(1, inserts(q).size(), q.sql().toString());
      assertEquals(4, inserts(q).get(0).params().size());
    }
    try (CapturedQueries q = db.captureQueries()) {
      draft.tags().add(python, rust);                 // nothing new: the same one INSERT, adding no row
      assertEquals(1, q.count(), q.sql().toString());
    }
    assertEquals(4, joinRows(draft));
  }

  @Test
  void reverseAdd() {
    try (CapturedQueries q = db.captureQueries()) {
      rust.posts().add(hello, draft);
      assertEquals(1, inserts(q).size(), q.sql().toString());
    }
    assertEquals(List.of("python", "rust", "web"), names(hello.tags().list()));
    assertEquals(List.of("rust"), names(draft.tags().list()));
    assertEquals(List.of("Draft", "Hello"), names(rust.posts().list()));
  }

  @Test
  void addingAnUnsavedObjectNamesItAndWritesNothing() {
    Tag ghost = new Tag();
    ghost.name = "ghost";
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> hello.tags().add(django, ghost));
    assertTrue(e.getMessage().contains("ghost"), e.getMessage());
    assertEquals(5, joinRows());
    assertEquals(List.of("python", "web"), names(hello.tags().list()), "django was not added either");
    assertEquals(4, Tag.objects.count(), "the unsaved tag was not saved");

    Post unsaved = new Post();
    unsaved.title = "Unsaved post";
    unsaved.author = asha;
    e = assertThrows(IllegalStateException.class, () -> python.posts().add(draft, unsaved));
    assertTrue(e.getMessage().contains("Unsaved post"), e.getMessage());
    assertEquals(5, joinRows());

    e = assertThrows(IllegalStateException.class, () -> hello.tags().set(List.of(ghost)));
    assertTrue(e.getMessage().contains("ghost"), e.getMessage());
    assertEquals(List.of("python", "web"), names(hello.tags().list()), "set() refused before removing anything");
  }

  @Test
  void remove() {
    hello.tags().remove(web);
    assertEquals(List.of("python"), names(hello.tags().list()));
    assertEquals(List.of("Bob's news"), names(web.posts().list()));
    hello.tags().remove(rust);                       // not related: nothing happens
    assertEquals(4, joinRows());
    python.posts().remove(tips, hello);
    assertEquals(List.of("django"), names(tips.tags().list()));
    assertEquals(2, joinRows());
    assertEquals(4, Tag.objects.count());
    assertEquals(4, Post.objects.count());
  }

  @Test
  void clear() {
    python.posts().clear();
    assertEquals(List.of("web"), names(hello.tags().list()));
    assertEquals(List.of("django"), names(tips.tags().list()));
    hello.tags().clear();
    assertEquals(List.of("Bob's news"), names(web.posts().list()));
    assertEquals(2, joinRows());
    assertEquals(4, Post.objects.count());
    assertEquals(4, Tag.objects.count());
  }

  @Test
  void set() {
    hello.tags().set(List.of(web, django));
    assertEquals(List.of("django", "web"), names(hello.tags().list()));
    assertEquals(List.of("Django tips"), names(python.posts().list()));
    rust.posts().set(List.of(news, draft));
    assertEquals(List.of("Bob's news", "Draft"), names(rust.posts().list()));
    assertEquals(List.of("rust", "web"), names(news.tags().list()));
    rust.posts().set(List.of());
    assertEquals(List.of(), names(rust.posts().list()));
    assertEquals(5, joinRows());
  }

  @Test
  void create() {
    Tag java = hello.tags().create(t -> t.name = "java");
    assertNotNull(java.id());
    assertEquals(List.of("java", "python", "web"), names(hello.tags().list()));
    assertEquals(5, Tag.objects.count());
    Post fresh = web.posts().create(p -> {
      p.title = "Fresh";
      p.author = bob;
    });
    assertEquals("Bob", Post.objects.get(Post_.id.eq(fresh.id())).author().name);
    assertEquals(List.of("Bob's news", "Fresh", "Hello"), names(web.posts().list()));
    assertEquals(List.of("web"), names(fresh.tags().list()));
  }

  @Test
  void everyQuerySetMethod() {
    assertEquals(List.of("python"), names(hello.tags().filter(Tag_.name.startsWith("p"))));
    assertEquals(List.of("web"), names(hello.tags().exclude(Tag_.name.startsWith("p"))));
    assertEquals(2, hello.tags().count());
    assertTrue(hello.tags().exists());
    assertFalse(draft.tags().exists());
    assertEquals(0, draft.tags().count());
    assertEquals(List.of("web", "python"), names(hello.tags().orderBy(Tag_.name.desc())));
    assertEquals("python", hello.tags().first().orElseThrow().name);
    assertEquals("web", hello.tags().last().orElseThrow().name);
    assertTrue(draft.tags().first().isEmpty());
    assertEquals("web", hello.tags().get(Tag_.name.eq("web")).name);
    assertThrows(Tag.DoesNotExist.class, () -> hello.tags().get(Tag_.name.eq("django")));
    assertThrows(Tag.MultipleObjectsReturned.class, () -> hello.tags().get());
    assertEquals(List.of("web"), names(hello.tags().offset(1).limit(1)));   // Django's [1:2]
    assertEquals(List.of(), names(hello.tags().limit(1).offset(1)));        // Django's [:1][1:]
    assertEquals(List.of("python", "web"), hello.tags().stream().map(t -> t.name).collect(Collectors.toList()));
    List<String> iterated = new ArrayList<>();
    for (Tag t : hello.tags()) {
      iterated.add(t.name);
    }
    assertEquals(List.of("python", "web"), iterated);
    assertEquals(List.of("python", "web"), names(hello.tags().all().distinct()));
    assertEquals(2, python.posts().filter(Post_.author().name.eq("Asha")).count());
    assertEquals(List.of("Asha", "Asha"),
        python.posts().selectRelated(Post_.author()).stream().map(p -> p.author().name).collect(Collectors.toList()));
    // chained filters through the relation from a related manager
    assertEquals(List.of("Hello"), names(web.posts().filter(Post_.tags().name.eq("python"))));
  }

  @Test
  void updateChangesOnlyTheRelatedObjects() {
    assertEquals(2, tips.tags().update(Tag_.name.set("renamed")));
    assertEquals(List.of("renamed", "renamed", "rust", "web"), names(Tag.objects.all()));
    assertEquals(List.of("renamed", "web"), names(hello.tags().list()));
  }

  @Test
  void declaredOnASetWithoutRelatedName() {
    // seed 004: Student.courses is a Set<Course>; the reverse is course.studentSet() / Course_.student()
    Course math = Course.objects.create(c -> c.name = "Math");
    Course art = Course.objects.create(c -> c.name = "Art");
    Student ann = Student.objects.create(s -> s.name = "Ann");
    ann.courses().add(math, art);
    Student ben = math.studentSet().create(s -> s.name = "Ben");
    assertEquals(List.of("Ann", "Ben"), names(math.studentSet().list()));
    assertEquals(List.of("Art", "Math"), names(ann.courses().list()));
    assertEquals(List.of("Math"), names(ben.courses().list()));
    assertEquals(List.of("Art", "Math"), names(Course.objects.filter(Course_.student().name.eq("Ann"))));
    assertEquals(List.of("Ann"), names(Student.objects.filter(Student_.courses().name.eq("Art"))));
  }
}
