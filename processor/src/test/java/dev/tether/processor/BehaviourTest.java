package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.tether.processor.GeneratedCode.all;
import static dev.tether.processor.GeneratedCode.call;
import static dev.tether.processor.GeneratedCode.filter;
import static dev.tether.processor.GeneratedCode.get;
import static dev.tether.processor.Tether.compile;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tether.Database;
import dev.tether.DeleteResult;
import dev.tether.Manager;
import dev.tether.ManyRelatedManager;
import dev.tether.ObjectDoesNotExist;
import dev.tether.RelatedManager;
import dev.tether.meta.Entity;
import dev.tether.meta.ManyToManyMeta;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the contract's models, loads the generated classes and runs them on an in-memory
 * SQLite database through the public runtime API, {@code X_.META} and reflection.
 */
class BehaviourTest {
  @TempDir Path dir;
  private GeneratedCode code;
  private Database db;

  private void open(JavaFileObject... models) {
    code = GeneratedCode.load(compile(models), dir);
    db = Database.open("jdbc:sqlite::memory:");
    db.migrate();
    Database.setDefault(db);
  }

  @AfterEach
  void close() throws IOException {
    if (db != null) {
      db.close();
    }
    if (code != null) {
      code.close();
    }
  }

  @Test
  void saveAndLoadRoundTrip() {
    open(Models.REPORTER, Models.ARTICLE);
    Object john = code.save("test.Reporter", "firstName", "John", "lastName", "Smith", "email", "john@example.com");
    assertThat(call(john, "id")).isNotNull();
    Object a = code.save("test.Article", "headline", "This is a test", "pubDate", LocalDate.of(2005, 7, 27),
        "reporter", john);

    assertThat(all(code.meta("test.Article"), db).count()).isEqualTo(1);
    Object loaded = all(code.meta("test.Article"), db).first().orElseThrow();
    assertThat(loaded).isNotSameInstanceAs(a);
    assertThat(get(loaded, "headline")).isEqualTo("This is a test");
    assertThat(get(loaded, "pubDate")).isEqualTo(LocalDate.of(2005, 7, 27));
    assertThat(call(loaded, "id")).isEqualTo(call(a, "id"));
    assertThat(call(loaded, "pk")).isEqualTo(call(a, "id"));
    assertThat(call(loaded, "reporterId")).isEqualTo(call(john, "id"));
    assertThat(call(loaded, "reporter").toString()).isEqualTo("John Smith");
  }

  @Test
  void objectsIsAPublicStaticManagerOnTheBase() throws Exception {
    open(Models.REPORTER, Models.ARTICLE);
    java.lang.reflect.Field objects = code.type("test.ArticleModel").getDeclaredField("objects");
    assertThat(Modifier.isPublic(objects.getModifiers())).isTrue();
    assertThat(Modifier.isStatic(objects.getModifiers())).isTrue();
    assertThat(Modifier.isFinal(objects.getModifiers())).isTrue();
    assertThat(objects.getType()).isEqualTo(Manager.class);
    // Article.objects works on the default database
    code.save("test.Reporter", "firstName", "John", "lastName", "Smith", "email", "j@example.com");
    Manager<?> viaModel = (Manager<?>) code.type("test.Reporter").getField("objects").get(null);
    assertThat(viaModel.count()).isEqualTo(1);
  }

  @Test
  void doesNotExistIsReachableThroughTheModelAndExtendsObjectDoesNotExist() {
    open(Models.REPORTER, Models.ARTICLE);
    Class<?> doesNotExist = code.type("test.ArticleModel$DoesNotExist");
    assertThat(doesNotExist.getSuperclass()).isEqualTo(ObjectDoesNotExist.class);
    assertThat(Arrays.asList(code.type("test.Article").getClasses())).contains(doesNotExist);
    assertThat(code.type("test.ArticleModel$MultipleObjectsReturned").getSuperclass())
        .isEqualTo(dev.tether.MultipleObjectsReturned.class);
    ObjectDoesNotExist e = assertThrows(ObjectDoesNotExist.class, () -> all(code.meta("test.Article"), db).get());
    assertThat(e.getClass()).isEqualTo(doesNotExist);
  }

  @Test
  void reverseAccessorIsARelatedManagerOnTheBase() throws Exception {
    open(Models.REPORTER, Models.ARTICLE);
    Method articleSet = code.type("test.ReporterModel").getDeclaredMethod("articleSet");
    assertThat(Modifier.isPublic(articleSet.getModifiers())).isTrue();
    assertThat(articleSet.getReturnType()).isEqualTo(RelatedManager.class);
    assertThat(((ParameterizedType) articleSet.getGenericReturnType()).getActualTypeArguments()[0])
        .isEqualTo(code.type("test.Article"));

    Object john = code.save("test.Reporter", "firstName", "John", "lastName", "Smith", "email", "j@example.com");
    Object paul = code.save("test.Reporter", "firstName", "Paul", "lastName", "Jones", "email", "p@example.com");
    code.save("test.Article", "headline", "First", "pubDate", LocalDate.of(2005, 7, 27), "reporter", john);
    code.save("test.Article", "headline", "Second", "pubDate", LocalDate.of(2005, 7, 28), "reporter", john);
    assertThat(((RelatedManager<?>) call(john, "articleSet")).count()).isEqualTo(2);
    assertThat(((RelatedManager<?>) call(paul, "articleSet")).count()).isEqualTo(0);
  }

  @Test
  void relatedNameAccessor() throws Exception {
    open(Models.AUTHOR, Models.POST);
    assertThat(code.type("test.AuthorModel").getDeclaredMethod("posts").getReturnType()).isEqualTo(RelatedManager.class);
    Object author = code.save("test.Author", "name", "Ann");
    code.save("test.Post", "title", "Hello", "author", author);
    assertThat(((RelatedManager<?>) call(author, "posts")).count()).isEqualTo(1);
  }

  @Test
  void lookupPathsForwardAndReverse() {
    open(Models.REPORTER, Models.ARTICLE);
    Object john = code.save("test.Reporter", "firstName", "John", "lastName", "Smith", "email", "j@example.com");
    Object paul = code.save("test.Reporter", "firstName", "Paul", "lastName", "Jones", "email", "p@example.com");
    code.save("test.Article", "headline", "This is a test", "pubDate", LocalDate.of(2005, 7, 27), "reporter", john);
    code.save("test.Article", "headline", "Other", "pubDate", LocalDate.of(2005, 7, 28), "reporter", paul);

    Object forward = get(call(code.type("test.Article_"), "reporter"), "firstName");
    assertThat(filter(code.meta("test.Article"), db, call(forward, "eq", "John")).count()).isEqualTo(1);
    Object reverse = get(call(code.type("test.Reporter_"), "article"), "headline");
    assertThat(filter(code.meta("test.Reporter"), db, call(reverse, "startsWith", "This")).stream()
        .map(r -> call(r, "id")).toList()).containsExactly(call(john, "id"));
  }

  @Test
  void deleteCascadesThroughGeneratedMetadata() {
    open(Models.REPORTER, Models.ARTICLE);
    Object john = code.save("test.Reporter", "firstName", "John", "lastName", "Smith", "email", "j@example.com");
    code.save("test.Article", "headline", "A", "pubDate", LocalDate.of(2005, 7, 27), "reporter", john);
    DeleteResult r = (DeleteResult) call(john, "delete");
    assertThat(r.perModel()).isEqualTo(Map.of("Reporter", 1, "Article", 1));
    assertThat(call(john, "id")).isNull();
    assertThat(all(code.meta("test.Article"), db).count()).isEqualTo(0);
  }

  @Test
  void oneToOneBothWays() {
    open(Models.USER, Models.PROFILE);
    Object ann = code.save("test.User", "username", "ann");
    ObjectDoesNotExist none = assertThrows(ObjectDoesNotExist.class, () -> call(ann, "profile"));
    // Django's Profile.RelatedObjectDoesNotExist, a Profile.DoesNotExist
    assertThat(none.getClass()).isEqualTo(code.type("test.ProfileModel$RelatedObjectDoesNotExist"));
    assertThat(code.type("test.ProfileModel$DoesNotExist").isInstance(none)).isTrue();
    assertThat(none).hasMessageThat().isEqualTo("User has no profile.");
    code.save("test.Profile", "user", ann, "bio", "Hi");
    Object fresh = all(code.meta("test.User"), db).first().orElseThrow();
    assertThat(get(call(fresh, "profile"), "bio")).isEqualTo("Hi");
    Object profile = all(code.meta("test.Profile"), db).first().orElseThrow();
    assertThat(get(call(profile, "user"), "username")).isEqualTo("ann");
  }

  @Test
  void selfReference() {
    open(Models.CATEGORY);
    Object root = code.save("test.Category", "name", "root");
    code.save("test.Category", "name", "child", "parent", root);
    assertThat(((RelatedManager<?>) call(root, "categorySet")).count()).isEqualTo(1);
    Object child = ((RelatedManager<?>) call(root, "categorySet")).first().orElseThrow();
    assertThat(get(call(child, "parent"), "name")).isEqualTo("root");
    assertThat(call(root, "parent")).isNull();
  }

  @Test
  void twoForeignKeysToOneModel() {
    open(Models.USER, Models.MESSAGE);
    Object ann = code.save("test.User", "username", "ann");
    Object bob = code.save("test.User", "username", "bob");
    code.save("test.Message", "body", "hi", "sender", ann, "recipient", bob);
    code.save("test.Message", "body", "hello", "sender", ann, "recipient", ann);
    assertThat(((RelatedManager<?>) call(ann, "sent")).count()).isEqualTo(2);
    assertThat(((RelatedManager<?>) call(ann, "received")).count()).isEqualTo(1);
    assertThat(((RelatedManager<?>) call(bob, "received")).count()).isEqualTo(1);
  }

  @Test
  void modelsInTwoPackages() {
    open(Models.SHOP, Models.ITEM);
    Object shop = code.save("test.shop.Shop", "name", "corner");
    Object item = code.save("test.stock.Item", "sku", "A-1", "shop", shop);
    GeneratedCode.set(shop, "featured", item);
    call(shop, "save");
    assertThat(((RelatedManager<?>) call(shop, "itemSet")).count()).isEqualTo(1);
    assertThat(((RelatedManager<?>) call(item, "featuredIn")).count()).isEqualTo(1);
    Object loaded = all(code.meta("test.shop.Shop"), db).first().orElseThrow();
    assertThat(get(call(loaded, "featured"), "sku")).isEqualTo("A-1");
  }

  @Test
  void staticNestedModels() {
    open(Tether.source("test.Shop", """
        package test;

        import dev.tether.*;

        public class Shop {
            @Model
            public static class Shelf extends ShelfModel {
                String label;
            }

            @Model
            public static class Book extends BookModel {
                String title;
                @ForeignKey(onDelete = OnDelete.CASCADE) Shelf shelf;
            }
        }
        """));
    Object shelf = code.save("test.Shop$Shelf", "label", "A");
    code.save("test.Shop$Book", "title", "Emma", "shelf", shelf);
    assertThat(((RelatedManager<?>) call(shelf, "bookSet")).count()).isEqualTo(1);
    assertThat(code.meta("test.Shop$Book").table()).isEqualTo("book");
    assertThat(((DeleteResult) call(shelf, "delete")).perModel()).isEqualTo(Map.of("Shelf", 1, "Book", 1));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void manyToManyAccessorsPathsAndJoinTable() throws Exception {
    open(Tether.model("Tag", "String label;"),
        Tether.model("Post", "String title;\n@ManyToMany(relatedName = \"posts\") List<Tag> tags;"));
    assertThat(code.type("test.PostModel").getMethod("tags").getReturnType()).isEqualTo(ManyRelatedManager.class);
    assertThat(code.type("test.TagModel").getMethod("posts").getReturnType()).isEqualTo(ManyRelatedManager.class);
    ManyToManyMeta<?, ?> tags = (ManyToManyMeta<?, ?>) code.type("test.Post_").getField("TAGS").get(null);
    assertThat(tags.through().table()).isEqualTo("post_tags");

    Object java = code.save("test.Tag", "label", "java");
    Object sql = code.save("test.Tag", "label", "sql");
    Object hi = code.save("test.Post", "title", "Hi");
    Object bye = code.save("test.Post", "title", "Bye");
    ((ManyRelatedManager) call(hi, "tags")).add(List.of(java, sql));
    ((ManyRelatedManager) call(java, "posts")).add(List.of(bye));
    assertThat(((ManyRelatedManager<?>) call(hi, "tags")).count()).isEqualTo(2);
    assertThat(((ManyRelatedManager<?>) call(java, "posts")).count()).isEqualTo(2);
    assertThat(((ManyRelatedManager<?>) call(sql, "posts")).count()).isEqualTo(1);
    assertThat(all(tags.through(), db).count()).isEqualTo(3);

    // Post_.tags() forward and Tag_.posts() reverse, through the join table
    Object forward = get(call(code.type("test.Post_"), "tags"), "label");
    assertThat(filter(code.meta("test.Post"), db, call(forward, "eq", "sql")).stream().map(p -> get(p, "title"))
        .toList()).containsExactly("Hi");
    Object reverse = get(call(code.type("test.Tag_"), "posts"), "title");
    assertThat(filter(code.meta("test.Tag"), db, call(reverse, "eq", "Bye")).stream().map(t -> get(t, "label"))
        .toList()).containsExactly("java");

    ((ManyRelatedManager) call(hi, "tags")).remove((Entity) sql);
    assertThat(all(tags.through(), db).count()).isEqualTo(2);
    assertThat(((ManyRelatedManager<?>) call(sql, "posts")).count()).isEqualTo(0);
  }
}
