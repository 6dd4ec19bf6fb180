package dev.tether.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.TetherException;
import dev.tether.internal.dialect.Dialects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failed open says: the URL without any password in it, and the driver's message. */
class SourcesTest {
  @TempDir Path dir;

  @Test
  void passwordsInUrlsAreHidden() {
    assertEquals("jdbc:postgresql://h/db?user=a&password=***&ssl=true",
        Sources.redact("jdbc:postgresql://h/db?user=a&password=secret&ssl=true"));
    assertEquals("jdbc:mariadb://app:***@h:3306/db", Sources.redact("jdbc:mariadb://app:secret@h:3306/db"));
    assertEquals("jdbc:sqlserver://h;Password=***;db=x", Sources.redact("jdbc:sqlserver://h;Password=secret;db=x"));
    assertEquals("jdbc:sqlite:app.db", Sources.redact("jdbc:sqlite:app.db"));
  }

  @Test
  void anSqliteFileInAMissingDirectoryFailsNamingIt() {
    String url = "jdbc:sqlite:" + dir.resolve("missing").resolve("app.db");
    TetherException e = assertThrows(TetherException.class,
        () -> Sources.open(Dialects.forUrl(url), url, null, null, 1).close());
    assertTrue(e.getMessage().startsWith("could not open " + url + ": "), e.getMessage());
    assertFalse(e.getMessage().endsWith(": "), e.getMessage());
  }
}
