package dev.tether.internal.migrate;

import dev.tether.internal.dialect.Dialect;
import java.util.List;
import java.util.Map;

/**
 * One step of a migration: what it does to the project state, and the SQL that does it to a
 * database, forwards and backwards. Django's {@code Operation} with {@code state_forwards},
 * {@code database_forwards} and {@code database_backwards}. SQL comes from the states on either
 * side of the step, never from the models compiled now.
 */
public sealed interface Operation
    permits CreateModel, DeleteModel, RenameModel, AddField, RemoveField, AlterField, RenameField, RenameTable, RunSql,
    AddConstraint, RemoveConstraint, AlterPrimaryKey {

  /** The state after this operation; throws {@link IllegalStateException} when it does not apply. */
  ProjectState apply(ProjectState state);

  /** The statements applying this operation to a database at {@code before}; {@code after} is its result. */
  List<String> forwards(Dialect d, ProjectState before, ProjectState after);

  /** The statements taking a database at {@code after} back to {@code before}. */
  List<String> backwards(Dialect d, ProjectState before, ProjectState after);

  /** Whether {@link #backwards} exists. */
  default boolean reversible() {
    return true;
  }

  /** A sentence for people: {@code Add field subtitle to Article}. */
  String describe();

  /** The part of an automatic migration name this operation gives ({@code article_subtitle}), or null. */
  String fragment();

  /** The operation as it appears in a migration file. */
  Map<String, Object> toJson();

  /** Reads an operation of a migration file. */
  static Operation fromJson(JsonObject o) {
    String op = o.string("op");
    Operation result = switch (op) {
      case "createModel" -> CreateModel.fromJson(o);
      case "deleteModel" -> new DeleteModel(o.string("model"));
      case "renameModel" -> new RenameModel(o.string("from"), o.string("to"));
      case "addField" -> new AddField(o.string("model"), fieldWithFill(o), o.optString("fillWith"));
      case "removeField" -> new RemoveField(o.string("model"), o.string("field"));
      case "alterField" -> new AlterField(o.string("model"), fieldWithFill(o), o.optString("fillWith"));
      case "renameField" -> new RenameField(o.string("model"), o.string("from"), o.string("to"),
          o.optString("column"), o.optString("joinTable"));
      case "renameTable" -> new RenameTable(o.string("model"), o.string("table"));
      case "runSql" -> new RunSql(o.strings("sql"), o.strings("reverseSql"));
      case "addConstraint" -> new AddConstraint(o.string("model"), AddConstraint.fromJson(o.object("constraint"), false));
      case "addIndex" -> new AddConstraint(o.string("model"), AddConstraint.fromJson(o.object("index"), true));
      case "removeConstraint" -> new RemoveConstraint(o.string("model"), o.string("name"), false);
      case "removeIndex" -> new RemoveConstraint(o.string("model"), o.string("name"), true);
      case "alterPrimaryKey" -> new AlterPrimaryKey(o.string("model"), o.strings("fields"));
      default -> throw o.error("unknown operation \"" + op + "\" (known: createModel, deleteModel, renameModel,"
          + " addField, removeField, alterField, renameField, renameTable, runSql, addConstraint, removeConstraint,"
          + " addIndex, removeIndex, alterPrimaryKey)");
    };
    if (result instanceof RunSql r && r.sql() == null) {
      throw o.error("\"sql\" is required");
    }
    o.checkKeys();
    return result;
  }

  /** The {@code field} of an addField or alterField, after checking its {@code fillWith} fits its type. */
  private static FieldState fieldWithFill(JsonObject o) {
    FieldState f = FieldState.fromJson(o.object("field"));
    if (!f.isManyToMany()) {
      FieldState.checkLiteral(o, "fillWith", f.type(), o.optString("fillWith"));
    }
    return f;
  }
}
