package dev.tether.internal.migrate;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a migration file written by {@link MigrationWriter}, or by hand in the same format. */
public final class MigrationReader {
  private MigrationReader() {}

  /**
   * The migration named {@code name} of the default app held in {@code text}; throws
   * {@link IllegalArgumentException} naming {@code origin} and the place of a mistake.
   */
  public static Migration read(String name, String text, String origin) {
    return read("", name, text, origin);
  }

  /** The migration {@code name} of {@code app} held in {@code text}. */
  public static Migration read(String app, String name, String text, String origin) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark some editors write: not part of the JSON
    }
    try {
      JsonObject file = new JsonObject(Json.parse(text), name);
      int format = file.integer("format", -1);
      if (format != MigrationWriter.FORMAT) {
        throw file.error("\"format\" must be " + MigrationWriter.FORMAT + " (this Tether reads format "
            + MigrationWriter.FORMAT + ")");
      }
      List<String> dependencies = file.strings("dependencies");
      List<Operation> ops = new ArrayList<>();
      for (JsonObject o : file.objects("operations")) {
        ops.add(Operation.fromJson(o));
      }
      file.checkKeys();
      return new Migration(app, name, dependencies == null ? List.of() : dependencies, ops, Migration.checksum(text),
          origin);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("cannot read migration " + origin + ": " + e.getMessage(), e);
    }
  }

  /** {@link #read(String, String, String)} of a file's bytes, which must be UTF-8. */
  public static Migration read(String name, byte[] bytes, String origin) {
    return read("", name, bytes, origin);
  }

  /** {@link #read(String, String, String, String)} of a file's bytes, which must be UTF-8. */
  public static Migration read(String app, String name, byte[] bytes, String origin) {
    return read(app, name, decode(bytes, origin), origin);
  }

  /** The text of a file's bytes, refusing what is not UTF-8 (rather than reading it changed). */
  static String decode(byte[] bytes, String origin) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new IllegalArgumentException("cannot read migration " + origin + ": it is not valid UTF-8 (byte "
          + at + ", line " + line + ", 0x" + String.format("%02X", bytes[at] & 0xff) + "); save it as UTF-8");
    }
    return out.flip().toString();
  }
}
