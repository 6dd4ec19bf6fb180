package dev.tether.sample.blog;

import dev.tether.IntegrityException;
import dev.tether.sample.Steps;
import java.util.List;

/** Seed 003: ForeignKey with relatedName, and a many-to-many, walked both ways. */
public final class BlogDemo {
  private BlogDemo() {}

  public static void run(Steps s) {
    s.section("relatedName and many-to-many: authors, posts and tags");
    Author.objects.delete();
    Tag.objects.delete();
    Author asha = s.show("Author.objects.create(a -> a.name = \"Asha\")", () -> Author.objects.create(a -> a.name = "Asha"));
    Post hello = s.show("Post.objects.create(p -> { p.title = \"Hello\"; p.author = asha; })",
        () -> Post.objects.create(p -> {
          p.title = "Hello";
          p.author = asha;
        }));
    Post tips = s.show("Post.objects.create(p -> { p.title = \"Django tips\"; p.author = asha; })",
        () -> Post.objects.create(p -> {
          p.title = "Django tips";
          p.author = asha;
        }));
    s.show("try { Post.objects.create(p -> { p.title = \"Hello\"; p.author = asha; }); }"
        + " catch (IntegrityException e) { e.constraintName(); }  // @Unique(fields = {\"author\", \"title\"})",
        () -> {
          try {
            Post.objects.create(p -> {
              p.title = "Hello";
              p.author = asha;
            });
            return "saved";
          } catch (IntegrityException e) {
            return e.constraintName();
          }
        });
    s.show("hello.createdAt.equals(hello.updatedAt)  // autoNowAdd and autoNow, set by the insert",
        () -> hello.createdAt.equals(hello.updatedAt));
    s.show("Post.objects.first().get().author().name", () -> Post.objects.first().get().author().name);
    s.show("asha.posts().list()", () -> asha.posts().list());
    s.show("asha.posts().count()", () -> asha.posts().count());
    Tag python = s.show("Tag.objects.create(t -> t.name = \"python\")", () -> Tag.objects.create(t -> t.name = "python"));
    Tag web = s.show("Tag.objects.create(t -> t.name = \"web\")", () -> Tag.objects.create(t -> t.name = "web"));
    s.run("hello.tags().add(python, web)", () -> hello.tags().add(python, web));
    s.run("tips.tags().add(python)", () -> tips.tags().add(python));
    s.show("hello.tags().list()", () -> hello.tags().list());
    s.show("python.posts().list()", () -> python.posts().list());
    s.show("Post.objects.filter(Post_.tags().name.eq(\"python\")).list()",
        () -> Post.objects.filter(Post_.tags().name.eq("python")).list());
    s.show("Author.objects.filter(Author_.posts().tags().name.eq(\"web\")).distinct().list()",
        () -> Author.objects.filter(Author_.posts().tags().name.eq("web")).distinct().list());
    s.show("Post.objects.prefetchRelated(Post_.tags()).list()  // 2 queries for every post and tag",
        () -> Post.objects.prefetchRelated(Post_.tags()).list().stream()
            .map(p -> p + " " + p.tags().list()).toList());
    s.run("hello.tags().set(List.of(web))  // removes python, keeps web", () -> hello.tags().set(List.of(web)));
    s.run("hello.tags().remove(web)", () -> hello.tags().remove(web));
    s.show("hello.tags().count()", () -> hello.tags().count());
    s.show("tips.delete()  // its join rows go too", tips::delete);
  }
}
