package dev.tether.internal.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file: the app it belongs to (the module whose models it records, Django's app
 * label; {@code ""} for the default app, whose files lie directly in {@code db/migration}), its
 * name ({@code 0002_article_subtitle}, the file name without {@code .json}), the migrations of
 * other apps it depends on, its operations, and the checksum of its text, which the database
 * records when it applies the migration so that a file edited afterwards is noticed.
 *
 * @param dependencies migrations of other apps that must be applied first, by {@link #id()};
 *     the app's own previous migration is a dependency without being listed
 * @param origin where the file was read, for messages
 */
public record Migration(String app, String name, List<String> dependencies, List<Operation> operations,
    String checksum, String origin) {
  /** A migration file's name: four digits, an underscore, a name, {@code .json}. */
  static final Pattern FILE = Pattern.compile("(\\d{4})_([A-Za-z0-9_]+)\\.json");
  /** An app label: a directory name under {@code db/migration}. */
  static final Pattern APP = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  public Migration {
    operations = List.copyOf(operations);
    dependencies = List.copyOf(dependencies);
    if (!app.isEmpty() && !APP.matcher(app).matches()) {
      throw new IllegalArgumentException("an app label holds letters, digits, '_', '.' and '-': \"" + app + "\"");
    }
  }

  /** A migration of the default app, without dependencies. */
  public Migration(String name, List<Operation> operations, String checksum, String origin) {
    this("", name, List.of(), operations, checksum, origin);
  }

  /** {@code app/name}, or the name alone in the default app: how history rows and messages name it. */
  public String id() {
    return id(app, name);
  }

  static String id(String app, String name) {
    return app.isEmpty() ? name : app + "/" + name;
  }

  /** The number the name starts with. */
  public int number() {
    return Integer.parseInt(name.substring(0, 4));
  }

  /** Whether every operation can be reversed. */
  public boolean reversible() {
    return operations.stream().allMatch(Operation::reversible);
  }

  /** The migration name of a file name, or null when the file is not a migration. */
  static String nameOf(String fileName) {
    Matcher m = FILE.matcher(fileName);
    return m.matches() ? fileName.substring(0, fileName.length() - ".json".length()) : null;
  }

  /** SHA-256 of the text, line endings normalised (a checkout on Windows is not an edit). */
  static String checksum(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
