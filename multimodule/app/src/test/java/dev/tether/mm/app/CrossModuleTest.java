package dev.tether.mm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.DeleteResult;
import dev.tether.LazyLoadException;
import dev.tether.mm.core.Article;
import dev.tether.mm.core.Article_;
import dev.tether.mm.core.Reporter;
import dev.tether.mm.core.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Module {@code app}'s models point into module {@code core}, compiled first into its own jar:
 * the key types come from core's classes, the reverse side is reached through the generated
 * {@code ReporterRelations_}, {@code ArticleRelations_} and {@code TagRelations_}, and deletes
 * started in core cascade into app. Runs on SQLite, PostgreSQL and MariaDB.
 */
class CrossModuleTest {
  Database db;
  Reporter john;
  Reporter paul;
  Tag news;
  Article article;
  Comment first;

  @BeforeEach
  void open() {
    db = Databases.open();
    Database.setDefault(db);
    db.migrate(); // no migrations on the class path: creates the tables of both modules' registries
    john = Reporter.objects.create(r -> {
      r.code = "jsmith";
      r.name = "John";
    });
    paul = Reporter.objects.create(r -> {
      r.code = "pjones";
      r.name = "Paul";
    });
    news = Tag.objects.create(t -> t.name = "news");
    article = Article.objects.create(a -> {
      a.headline = "Hello";
      a.reporter = john;
    });
    first = Comment.objects.create(c -> {
      c.text = "first";
      c.reporter = john;
      c.article = article;
    });
    first.tags().add(news);
    Reply.objects.create(r -> {
      r.text = "a reply";
      r.comment = first;
    });
    Profile.objects.create(p -> {
      p.bio = "John's";
      p.reporter = john;
    }).follows().add(paul);
  }

  @AfterEach
  void close() {
    Database.setDefault(null);
    db.close();
  }

  @Test
  void keysTakeTheTargetsTypeFromTheOtherModule() {
    Comment c = Comment.objects.get(Comment_.text.eq("first"));
    assertEquals("jsmith", c.reporterId());
    assertEquals(article.id(), c.articleId());
    assertEquals(1, Comment.objects.filter(Comment_.reporter().eq("jsmith")).count());
    assertEquals(List.of("John"), Comment.objects.filter(Comment_.text.eq("first")).list().stream()
        .map(x -> x.reporter().name).toList());
  }

  @Test
  void reverseManagersOfEveryKind() {
    ReporterRelations_.commentSet(john).create(c -> c.text = "second");
    assertEquals(2, ReporterRelations_.commentSet(john).count());
    assertEquals(0, ReporterRelations_.commentSet(paul).count());
    assertEquals("John's", ReporterRelations_.profile(john).bio);
    assertThrows(Profile.DoesNotExist.class, () -> ReporterRelations_.profile(paul));
    assertEquals(List.of("John's"), ReporterRelations_.followers(paul).list().stream().map(p -> p.bio).toList());
    assertEquals(List.of("first"), TagRelations_.commentSet(news).list().stream().map(c -> c.text).toList());
    assertEquals(1, ArticleRelations_.commentSet(article).count());
    // core's own reverse accessors are untouched
    assertEquals(1, john.articleSet().count());
  }

  @Test
  void reverseLookupsFromTheRootAndAlongAPath() {
    assertEquals(List.of("jsmith"), Reporter.objects.filter(ReporterRelations_.comment().text.eq("first")).list()
        .stream().map(r -> r.code).toList());
    assertEquals(List.of("pjones"), Reporter.objects.filter(ReporterRelations_.followers().bio.eq("John's")).list()
        .stream().map(r -> r.code).toList());
    assertEquals(1, Article.objects.filter(ReporterRelations_.comment(Article_.reporter()).text.eq("first")).count());
    assertEquals(1, Tag.objects.filter(TagRelations_.comment().reporter().name.eq("John")).count());
  }

  @Test
  void aDeleteInCoreCascadesIntoApp() {
    DeleteResult result = john.delete();
    Map<String, Integer> perModel = result.perModel();
    assertEquals(1, perModel.get("Reporter"));
    assertEquals(1, perModel.get("Article"));
    assertEquals(1, perModel.get("Comment"));
    assertEquals(1, perModel.get("Reply"));
    assertEquals(1, perModel.get("Profile"));
    assertEquals(0, Comment.objects.count());
    assertEquals(0, Reply.objects.count());
    assertEquals(0, Profile.objects.count());
    assertEquals(1, Reporter.objects.count());
    assertNull(john.pk());
  }

  @Test
  void setNullAndJoinRowsAcrossModules() {
    article.delete();
    first.refreshFromDb();
    assertNull(first.articleId());
    news.delete();
    assertEquals(0, first.tags().count());
    paul.delete();
    assertEquals(0, Profile.objects.get(Profile_.bio.eq("John's")).follows().count());
  }

  @Test
  void prefetchAndSelectRelatedAcrossModules() {
    List<Reporter> reporters = Reporter.objects.prefetchRelated(ReporterRelations_.comment()).orderBy(
        dev.tether.mm.core.Reporter_.code.asc()).list();
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals(1, ReporterRelations_.commentSet(reporters.get(0)).list().size());
      assertEquals(0, ReporterRelations_.commentSet(reporters.get(1)).list().size());
      assertEquals(0, q.count());
    }
    List<Comment> comments = Comment.objects.selectRelated(Comment_.reporter()).list();
    try (CapturedQueries q = db.captureQueries()) {
      assertEquals("John", comments.get(0).reporter().name);
      assertEquals(0, q.count());
    }
  }

  @Test
  void strictLoadingAcrossModules() {
    Comment c = Comment.objects.strict().get(Comment_.text.eq("first"));
    assertThrows(LazyLoadException.class, c::reporter);
    Reporter r = Reporter.objects.strict().get(dev.tether.mm.core.Reporter_.code.eq("jsmith"));
    assertThrows(LazyLoadException.class, () -> ReporterRelations_.commentSet(r).list());
    Reporter loaded = Reporter.objects.strict().prefetchRelated(ReporterRelations_.comment())
        .get(dev.tether.mm.core.Reporter_.code.eq("jsmith"));
    assertEquals(1, ReporterRelations_.commentSet(loaded).list().size());
  }
}
