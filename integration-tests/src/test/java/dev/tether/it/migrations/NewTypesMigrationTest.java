package dev.tether.it.migrations;

import static dev.tether.it.migrations.Fixtures.col;
import static dev.tether.it.migrations.Fixtures.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.it.TestDatabases;
import dev.tether.meta.SqlType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LocalTime, OffsetDateTime, Duration and JSON columns in migrations: each is created with its
 * database's type, rows are kept, and a change of type to and from JSON is detected and applied.
 */
class NewTypesMigrationTest {
  @TempDir Path dir;
  Scenario s;

  @BeforeEach
  void initial() {
    s = new Scenario(dir);
    s.make(ChangesTest.v1(), "Create model Reporter", "Create model Article", "Create model Tag",
        "Add field tags to Article");
    s.migrate();
    s.sql("INSERT INTO mig_reporter (first_name, email) VALUES ('John', 'john@example.com')",
        "INSERT INTO mig_article (headline, views, reporter_id) VALUES ('First', 3, 1), ('Second', 0, 1)");
  }

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  /** The column's type as the database reports it, lower case. */
  private String type(String column) {
    String sql = switch (TestDatabases.kind()) {
      case "postgresql" -> "SELECT data_type FROM information_schema.columns WHERE table_name = 'mig_article'"
          + " AND column_name = '" + column + "'";
      case "mariadb" -> "SELECT data_type FROM information_schema.columns WHERE table_schema = DATABASE()"
          + " AND table_name = 'mig_article' AND column_name = '" + column + "'";
      default -> "SELECT type FROM pragma_table_info('mig_article') WHERE name = '" + column + "'";
    };
    return s.rows(sql).get(0).toLowerCase(Locale.ROOT);
  }

  @Test
  void eachNewTypeGetsItsColumnTypeAndRowsStay() {
    s.make(ChangesTest.v1()
            .field("Article", col("startsAt", SqlType.TIME).asNullable())
            .field("Article", col("happened", SqlType.OFFSET_DATETIME).asNullable())
            .field("Article", col("took", SqlType.DURATION).withDefault("PT1H30M"))
            .field("Article", col("payload", SqlType.JSON).asNullable()),
        "Add field startsAt to Article", "Add field happened to Article", "Add field took to Article",
        "Add field payload to Article");
    s.migrate();
    List<String> expected = switch (TestDatabases.kind()) {
      case "postgresql" -> List.of("time without time zone", "timestamp with time zone", "interval", "jsonb");
      // MariaDB's json is an alias of longtext (with a JSON_VALID check)
      case "mariadb" -> List.of("time", "datetime", "bigint", "longtext");
      default -> List.of("time", "datetime", "bigint", "text");
    };
    assertEquals(expected, List.of(type("starts_at"), type("happened"), type("took"), type("payload")));
    // existing rows took the default: 1h30 (an interval on PostgreSQL, microseconds elsewhere)
    String took = switch (TestDatabases.kind()) {
      case "postgresql" -> "CAST(EXTRACT(EPOCH FROM took) AS BIGINT)";
      case "mariadb" -> "took DIV 1000000";
      default -> "took / 1000000";
    };
    assertEquals(List.of("First|5400", "Second|5400"),
        s.rows("SELECT headline, " + took + " FROM mig_article ORDER BY id"));
    s.migrate("0001");
    assertEquals(List.of("id", "headline", "views", "reporter_id"), s.columns("mig_article"));
    assertEquals(List.of("First", "Second"), s.rows("SELECT headline FROM mig_article ORDER BY id"));
  }

  @Test
  void changeToAndFromJsonIsDetectedAndKeepsRows() {
    s.make(ChangesTest.v1().field("Article", string("doc", 0).asNullable()), "Add field doc to Article");
    s.migrate();
    s.sql("UPDATE mig_article SET doc = '{\"a\": 1}' WHERE id = 1");
    s.make(ChangesTest.v1().field("Article", col("doc", SqlType.JSON).asNullable()), "Alter field doc on Article");
    s.migrate();
    assertEquals(TestDatabases.kind().equals("postgresql") ? "jsonb" : TestDatabases.isSqlite() ? "text" : "longtext",
        type("doc"));
    String a = TestDatabases.kind().equals("postgresql") ? "doc ->> 'a'" : "json_extract(doc, '$.a')";
    assertEquals(List.of("First|1", "Second|null"), s.rows("SELECT headline, " + a + " FROM mig_article ORDER BY id"));
    s.migrate("0002"); // back to text, the document kept
    assertEquals(List.of("First|{\"a\": 1}", "Second|null"),
        s.rows("SELECT headline, doc FROM mig_article ORDER BY id"));
  }
}
