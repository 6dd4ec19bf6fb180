package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.tether.processor.GeneratedCode.all;
import static dev.tether.processor.GeneratedCode.call;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;

import com.google.testing.compile.Compilation;
import dev.tether.Database;
import dev.tether.DeleteResult;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Django's {@code related_name="+"}: the target gets no reverse accessor and no reverse lookup
 * path, two hidden relations to one model do not clash, and deleting the target still follows the
 * relation (the collector reads it from the target's metadata, not from an accessor).
 */
class HiddenRelationTest {
  private static final JavaFileObject USER = model("User", "String name;");
  private static final JavaFileObject NOTE = model("Note",
      "String text;\n"
          + "@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"+\") User author;\n"
          + "@ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = \"+\") User editor;\n"
          + "@OneToOne(onDelete = OnDelete.CASCADE, nullable = true, relatedName = \"pinned+\") User pinnedBy;\n"
          + "@ManyToMany(relatedName = \"+\") java.util.List<User> readers;");

  @TempDir Path dir;
  private GeneratedCode code;
  private Database db;

  @AfterEach
  void close() throws IOException {
    if (db != null) {
      db.close();
    }
    if (code != null) {
      code.close();
    }
  }

  private static boolean declares(Class<?> type, String method) {
    return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(method::equals);
  }

  @Test
  void noReverseAccessorOrPathAndNoClash() {
    Compilation c = compile(USER, NOTE);
    assertCleanCompile(c);
    code = GeneratedCode.load(c, dir);
    Class<?> userBase = code.type("test.UserModel");
    Class<?> userLookups = code.type("test.User_");
    Class<?> userPath = code.type("test.User_$Path");
    for (String name : new String[] {"noteSet", "note", "pinned", "pinned+", "+"}) {
      assertWithMessage("UserModel." + name).that(declares(userBase, name)).isFalse();
      assertWithMessage("User_." + name).that(declares(userLookups, name)).isFalse();
      assertWithMessage("User_.Path." + name).that(declares(userPath, name)).isFalse();
    }
    // the forward side is untouched
    Class<?> noteBase = code.type("test.NoteModel");
    for (String name : new String[] {"author", "authorId", "editor", "pinnedBy", "readers"}) {
      assertWithMessage("NoteModel." + name).that(declares(noteBase, name)).isTrue();
    }
    assertThat(declares(code.type("test.Note_"), "readers")).isTrue();
  }

  @Test
  void deletingTheTargetStillCascadesAndSetsNull() {
    code = GeneratedCode.load(compile(USER, NOTE), dir);
    db = Database.open("jdbc:sqlite::memory:");
    db.migrate();
    Database.setDefault(db);
    Object ann = code.save("test.User", "name", "ann");
    Object bob = code.save("test.User", "name", "bob");
    code.save("test.Note", "text", "by ann", "author", ann, "editor", bob);
    Object edited = code.save("test.Note", "text", "edited by ann", "author", bob, "editor", ann);
    code.save("test.Note", "text", "pinned by ann", "author", bob, "pinnedBy", ann);
    Object readers = call(edited, "readers");
    call(readers, "addByKey", (Object) new Object[] {call(ann, "id")});
    assertThat(((dev.tether.QuerySet<?>) readers).count()).isEqualTo(1);

    DeleteResult r = (DeleteResult) call(ann, "delete");
    // ann's note cascades (author), so does the note she pinned (one-to-one); the note she edited
    // stays with no editor (SET_NULL); her join row goes
    assertThat(r.perModel()).isEqualTo(Map.of("User", 1, "Note", 2, "Note_readers", 1));
    assertThat(all(code.meta("test.User"), db).count()).isEqualTo(1);
    Object left = all(code.meta("test.Note"), db).first().orElseThrow();
    assertThat(GeneratedCode.get(left, "text")).isEqualTo("edited by ann");
    assertThat(call(left, "editorId")).isNull();
  }
}
