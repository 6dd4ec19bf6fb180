package dev.tether.internal.migrate;

import static dev.tether.internal.migrate.States.col;
import static dev.tether.internal.migrate.States.f;
import static dev.tether.internal.migrate.States.fk;
import static dev.tether.internal.migrate.States.m2m;
import static dev.tether.internal.migrate.States.model;
import static dev.tether.internal.migrate.States.state;
import static dev.tether.internal.migrate.States.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.meta.SqlType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The migration file: readable, deterministic, read back as written, and strict about mistakes. */
class MigrationFileTest {
  static ProjectState models() {
    return state(
        model("Reporter", "reporter", string("firstName", 30),
            col(f("email", SqlType.STRING).withMaxLength(254).asNullable().asUnique())),
        model("Article", "article", string("headline", 100), col(f("views", SqlType.INT).withDefault("0")),
            fk("reporter", "Reporter"), m2m("Article", "article", "tags", "Tag")),
        model("Tag", "tag", string("name", 50)));
  }

  static String initial(ProjectState s) {
    return MigrationWriter.write(Autodetector.diff(ProjectState.EMPTY, s, Map.of()).operations());
  }

  @Test
  void readableFile() {
    assertEquals("""
        {
          "format": 1,
          "operations": [
            {
              "op": "createModel",
              "model": "Reporter",
              "table": "reporter",
              "fields": [
                {"name": "id", "column": "id", "type": "LONG", "primaryKey": true, "autoIncrement": true},
                {"name": "firstName", "column": "first_name", "type": "STRING", "maxLength": 30},
                {"name": "email", "column": "email", "type": "STRING", "maxLength": 254, "nullable": true, "unique": true}
              ]
            },
            {
              "op": "createModel",
              "model": "Article",
              "table": "article",
              "fields": [
                {"name": "id", "column": "id", "type": "LONG", "primaryKey": true, "autoIncrement": true},
                {"name": "headline", "column": "headline", "type": "STRING", "maxLength": 100},
                {"name": "views", "column": "views", "type": "INT", "default": "0"},
                {"name": "reporter", "foreignKey": "Reporter", "column": "reporter_id", "type": "LONG", "index": true}
              ]
            },
            {
              "op": "createModel",
              "model": "Tag",
              "table": "tag",
              "fields": [
                {"name": "id", "column": "id", "type": "LONG", "primaryKey": true, "autoIncrement": true},
                {"name": "name", "column": "name", "type": "STRING", "maxLength": 50}
              ]
            },
            {
              "op": "addField",
              "model": "Article",
              "field": {"name": "tags", "manyToMany": "Tag", "joinTable": "article_tags", "sourceColumn": "article_id", "targetColumn": "tag_id"}
            }
          ]
        }
        """, initial(models()));
  }

  @Test
  void sameModelsGiveByteIdenticalFiles() {
    String a = initial(models());
    String b = initial(models());
    assertEquals(a, b);
    assertEquals(Migration.checksum(a), Migration.checksum(b));
    // and a file read back writes out unchanged
    Migration m = MigrationReader.read("0001_initial", a, "test");
    assertEquals(a, MigrationWriter.write(m.operations()));
  }

  @Test
  void everyOperationReadsBackEqual() {
    List<Operation> ops = List.of(
        new CreateModel(model("Tag", "tag", string("name", 50))),
        new AddField("Article", col(f("body", SqlType.STRING)), ""),
        new AlterField("Article", col(f("body", SqlType.STRING).withMaxLength(10).withDefault("a\"b\\c\n")), null),
        new RenameField("Article", "body", "text", "text", null),
        new RenameField("Article", "tags", "labels", null, "article_labels"),
        new RemoveField("Article", "text"),
        new RenameTable("Article", "news_article"),
        new DeleteModel("Tag"),
        new RenameModel("news.Article", "blog.Article"),
        new RunSql(List.of("UPDATE article SET views = 1"), List.of("UPDATE article SET views = 0")),
        new RunSql(List.of("UPDATE article SET views = 2"), null));
    String text = MigrationWriter.write(ops);
    assertEquals(ops, MigrationReader.read("0002_x", text, "test").operations());
    assertTrue(text.contains("{\"op\": \"renameField\", \"model\": \"Article\", \"from\": \"body\", \"to\": \"text\","
        + " \"column\": \"text\"}"), text);
  }

  @Test
  void checksumIgnoresLineEndingsOnly() {
    String a = initial(models());
    assertEquals(Migration.checksum(a), Migration.checksum(a.replace("\n", "\r\n")));
    assertNotEquals(Migration.checksum(a), Migration.checksum(a.replace("\"maxLength\": 30", "\"maxLength\": 31")));
  }

  @Test
  void mistakesNameTheirPlace() {
    assertEquals("cannot read migration f.json: 0002_x.operations[0]: unknown operation \"dropModel\" (known:"
        + " createModel, deleteModel, renameModel, addField, removeField, alterField, renameField, renameTable,"
        + " runSql, addConstraint, removeConstraint, addIndex, removeIndex, alterPrimaryKey)",
        error("{\"format\": 1, \"operations\": [{\"op\": \"dropModel\", \"model\": \"Tag\"}]}"));
    assertEquals("cannot read migration f.json: 0002_x.operations[0]: unknown key \"modle\"",
        error("{\"format\": 1, \"operations\": [{\"op\": \"deleteModel\", \"model\": \"Tag\", \"modle\": 1}]}"));
    assertEquals("cannot read migration f.json: 0002_x.operations[0].field: unknown type \"TEXT\"",
        error("{\"format\": 1, \"operations\": [{\"op\": \"addField\", \"model\": \"A\", \"field\":"
            + " {\"name\": \"a\", \"column\": \"a\", \"type\": \"TEXT\"}}]}"));
    assertEquals("cannot read migration f.json: 0002_x: \"format\" must be 1 (this Tether reads format 1)",
        error("{\"operations\": []}"));
    assertEquals("cannot read migration f.json: line 3: expected a key in quotes", error("{\"format\": 1,\n\"operations\": []\n,"));
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> MigrationReader.read("0002_x", text, "f.json"))
        .getMessage();
  }
}
