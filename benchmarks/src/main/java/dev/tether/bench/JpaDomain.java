package dev.tether.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The domain of {@link ProcessorCost#generate} as JPA entities, for Hibernate's metamodel processor:
 * the same columns (a generated {@code Long} key, a title of length 40, an {@code int}, a date, a
 * nullable text), the same foreign keys and many-to-manys, and the reverse side of each (a
 * {@code mappedBy} collection), since a Tether model gets its reverse accessors and query names
 * without declaring them and a JPA entity must declare them to have them in its metamodel.
 */
final class JpaDomain {
  private JpaDomain() {}

  /** Writes {@code n} entities into {@code dir/gen}, one per model of the Tether domain. */
  static void generate(Path dir, int n) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("gen"));
    for (int i = 0; i < n; i++) {
      String name = name(i);
      StringBuilder b = new StringBuilder();
      b.append("package gen;\n\nimport jakarta.persistence.*;\nimport java.time.LocalDate;\nimport java.util.List;\n\n");
      b.append("@Entity\npublic class ").append(name).append(" {\n");
      b.append("  @Id @GeneratedValue Long id;\n");
      b.append("  @Column(length = 40, nullable = false) String title;\n  int rank;\n");
      b.append("  @Column(nullable = false) LocalDate created;\n  String note;\n");
      if (i >= 1) {
        b.append("  @ManyToOne(optional = false) ").append(name(i - 1)).append(" parent;\n");
      }
      if (i >= 3) {
        b.append("  @ManyToOne ").append(name(i / 3)).append(" link;\n");
      }
      if (i >= 5 && i % 5 == 0) {
        b.append("  @ManyToMany List<").append(name(i - 5)).append("> tags;\n");
      }
      // the reverse ends Tether derives: parent from i + 1, link from every j with j / 3 == i, tags from i + 5
      if (i + 1 < n) {
        b.append("  @OneToMany(mappedBy = \"parent\", cascade = CascadeType.REMOVE) List<").append(name(i + 1))
            .append("> ").append(lower(name(i + 1))).append("Set;\n");
      }
      for (int j = Math.max(3, 3 * i); j < Math.min(n, 3 * i + 3); j++) {
        b.append("  @OneToMany(mappedBy = \"link\") List<").append(name(j)).append("> linksFrom").append(j)
            .append(";\n");
      }
      if (i + 5 < n && (i + 5) % 5 == 0) {
        b.append("  @ManyToMany(mappedBy = \"tags\") List<").append(name(i + 5)).append("> taggedBy").append(i + 5)
            .append(";\n");
      }
      b.append("\n  @Override\n  public String toString() {\n    return title;\n  }\n}\n");
      Files.writeString(pkg.resolve(name + ".java"), b.toString());
    }
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "M%03d", i);
  }

  private static String lower(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
