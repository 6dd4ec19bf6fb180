package dev.tether.processor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** The names of declared constraints and indexes, as the database sees them. */
public final class ConstraintNames {
  /** The longest name PostgreSQL keeps (MariaDB allows 64). */
  public static final int MAX = 63;

  private ConstraintNames() {}

  /**
   * The name of {@code c} on {@code m}: the declared one, or for an index without one Django's
   * {@code Index.set_name_with_model}: {@code <table[:11]>_<first column[:7]>_<md5[:6]>_idx}, the
   * digest over the table, the columns ({@code -} before a descending one) and {@code idx}.
   */
  public static String of(ModelInfo m, ConstraintInfo c) {
    if (c.name() != null) {
      return c.name();
    }
    List<String> columns = new ArrayList<>();
    List<String> ordered = new ArrayList<>();
    for (String spec : c.fields()) {
      boolean desc = spec.startsWith("-");
      String name = desc ? spec.substring(1) : spec;
      String column = m.fields().stream().filter(f -> f.name().equals(name)).map(FieldInfo::column).findFirst()
          .orElse(name);
      columns.add(column);
      ordered.add(desc ? "-" + column : column);
    }
    List<String> hashed = new ArrayList<>();
    hashed.add(m.table());
    hashed.addAll(ordered);
    hashed.add("idx");
    String first = columns.isEmpty() ? "" : columns.get(0);
    String name = prefix(m.table(), 11) + "_" + prefix(first, 7) + "_" + digest(hashed, 6) + "_idx";
    if (name.charAt(0) == '_' || Character.isDigit(name.charAt(0))) {
      name = "D" + name.substring(1);
    }
    return name;
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  /** Django's {@code names_digest}: MD5 over the parts one after another, hex, first {@code length}. */
  static String digest(List<String> parts, int length) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      for (String p : parts) {
        md5.update(p.getBytes(StandardCharsets.UTF_8));
      }
      StringBuilder hex = new StringBuilder();
      for (byte b : md5.digest()) {
        hex.append(String.format("%02x", b));
      }
      return hex.substring(0, length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
