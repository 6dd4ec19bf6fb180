package dev.tether.internal.migrate;

import static dev.tether.internal.migrate.States.model;
import static dev.tether.internal.migrate.States.ops;
import static dev.tether.internal.migrate.States.state;
import static dev.tether.internal.migrate.States.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.migrate.FieldState.Kind;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * makemigrations and the SQL of migrations for a one-to-one that is the primary key (Django's
 * {@code OneToOneField(primary_key=True)}) and a foreign key to a unique field ({@code to_field}).
 */
class KeyRelationMigrationTest {
  static final Dialect SQLITE = Dialects.forUrl("jdbc:sqlite::memory:");
  static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://h/db");
  static final Dialect MARIADB = Dialects.forUrl("jdbc:mariadb://h/db");

  static final ModelState PLACE = model("Place", "place", string("name", 50));
  static final ModelState COUNTRY = model("Country", "country",
      States.col(FieldMeta.of("code", "code", SqlType.STRING).withMaxLength(2).asUnique()));

  /** {@code @OneToOne @PrimaryKey Place place}: the key column place_id, no id. */
  static ModelState restaurant() {
    FieldState place = new FieldState("place", Kind.ONE_TO_ONE, "Place", "place_id", SqlType.LONG, 0, false, false,
        false, true, false, null, null, null, null);
    return new ModelState("Restaurant", "restaurant", List.of(place, States.col(FieldMeta.of("servesPizza",
        "serves_pizza", SqlType.BOOLEAN))));
  }

  /** {@code @ForeignKey(toField = "code") Country country} (or without toField). */
  static ModelState city(String toField) {
    FieldState country = new FieldState("country", Kind.FOREIGN_KEY, "Country", "country_id",
        toField == null ? SqlType.LONG : SqlType.STRING, toField == null ? 0 : 2, false, false, true, false, false,
        null, null, null, null, toField);
    return model("City", "city", country);
  }

  private static List<String> sql(Dialect d, ProjectState from, ProjectState to) {
    List<Operation> ops = Autodetector.diff(from, to, Map.of()).operations();
    List<String> out = new ArrayList<>();
    ProjectState s = from;
    for (Operation op : ops) {
      ProjectState next = op.apply(s);
      out.addAll(op.forwards(d, s, next));
      s = next;
    }
    return out;
  }

  @Test
  void oneToOneKeyIsCreatedAfterItsTargetWithTheRelationAsKey() {
    assertEquals("Create model Place\nCreate model Restaurant\n", ops(ProjectState.EMPTY, state(PLACE, restaurant())));
    ProjectState to = state(PLACE, restaurant());
    assertEquals(List.of(
        "CREATE TABLE \"place\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(50) NOT NULL)",
        "CREATE TABLE \"restaurant\" (\"place_id\" bigint NOT NULL PRIMARY KEY REFERENCES \"place\" (\"id\")"
            + " DEFERRABLE INITIALLY DEFERRED, \"serves_pizza\" integer NOT NULL)"),
        sql(SQLITE, ProjectState.EMPTY, to));
    String pg = String.join("\n", sql(POSTGRES, ProjectState.EMPTY, to));
    assertTrue(pg.contains("\"place_id\" bigint NOT NULL PRIMARY KEY"), pg);
    assertTrue(pg.contains("REFERENCES \"place\" (\"id\")"), pg);
    String maria = String.join("\n", sql(MARIADB, ProjectState.EMPTY, to));
    assertTrue(maria.contains("`place_id` bigint NOT NULL PRIMARY KEY"), maria);
    assertTrue(maria.contains("REFERENCES `place` (`id`)"), maria);
  }

  @Test
  void oneToOneKeyReadsBackFromItsFile() {
    List<Operation> ops = List.of(new CreateModel(PLACE), new CreateModel(restaurant()));
    String text = MigrationWriter.write(ops);
    assertEquals(ops, MigrationReader.read("0001_initial", text, "test").operations());
    assertTrue(text.contains("\"oneToOne\": \"Place\", \"column\": \"place_id\", \"type\": \"LONG\","
        + " \"primaryKey\": true"), text);
  }

  @Test
  void toFieldReferencesTheUniqueColumn() {
    ProjectState to = state(COUNTRY, city("code"));
    assertEquals("Create model Country\nCreate model City\n", ops(ProjectState.EMPTY, to));
    String sqlite = String.join("\n", sql(SQLITE, ProjectState.EMPTY, to));
    assertTrue(sqlite.contains("\"country_id\" varchar(2) NOT NULL REFERENCES \"country\" (\"code\")"), sqlite);
    String pg = String.join("\n", sql(POSTGRES, ProjectState.EMPTY, to));
    assertTrue(pg.contains("REFERENCES \"country\" (\"code\")"), pg);
    String maria = String.join("\n", sql(MARIADB, ProjectState.EMPTY, to));
    assertTrue(maria.contains("REFERENCES `country` (`code`)"), maria);
  }

  @Test
  void toFieldReadsBackFromItsFile() {
    List<Operation> ops = List.of(new CreateModel(COUNTRY), new CreateModel(city("code")));
    String text = MigrationWriter.write(ops);
    assertEquals(ops, MigrationReader.read("0001_initial", text, "test").operations());
    assertTrue(text.contains("\"foreignKey\": \"Country\", \"toField\": \"code\""), text);
  }

  @Test
  void pointingAKeyAtAUniqueFieldIsAnAlteration() {
    ProjectState before = state(COUNTRY, city(null));
    ProjectState after = state(COUNTRY, city("code"));
    assertEquals("Alter field country on City\n", ops(before, after));
    assertEquals("", ops(after, state(COUNTRY, city("code"))));
    String pg = String.join("\n", sql(POSTGRES, before, after));
    assertTrue(pg.contains("REFERENCES \"country\" (\"code\")"), pg);
  }
}
