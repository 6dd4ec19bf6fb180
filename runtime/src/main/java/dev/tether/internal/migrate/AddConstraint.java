package dev.tether.internal.migrate;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.schema.SchemaSql;
import dev.tether.meta.TableConstraint;
import dev.tether.meta.TableConstraint.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds a {@code @Unique}, {@code @Check} ({@code "op": "addConstraint"}) or {@code @Index}
 * ({@code "op": "addIndex"}) to a model's table, its rows kept. Django's {@code AddConstraint} and
 * {@code AddIndex}. SQLite rebuilds the table for a check.
 */
public record AddConstraint(String model, TableConstraint constraint) implements Operation {
  @Override
  public ProjectState apply(ProjectState state) {
    return state.with(state.model(model).withConstraint(constraint));
  }

  @Override
  public List<String> forwards(Dialect d, ProjectState before, ProjectState after) {
    return SchemaSql.addConstraint(d, Tables.of(before, model), Tables.of(after, model), constraint);
  }

  @Override
  public List<String> backwards(Dialect d, ProjectState before, ProjectState after) {
    return SchemaSql.dropConstraint(d, Tables.of(after, model), Tables.of(before, model), constraint);
  }

  @Override
  public String describe() {
    return (constraint.isIndex() ? "Create index " : "Create constraint ") + constraint.name() + " on model "
        + Ops.simple(model);
  }

  @Override
  public String fragment() {
    return constraint.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> m = Ops.op(constraint.isIndex() ? "addIndex" : "addConstraint", model);
    m.put(constraint.isIndex() ? "index" : "constraint", toJson(constraint, false));
    return m;
  }

  /** A declaration as migration files hold it: {@code {"kind": "unique", "name": ..., "fields": [...], "condition": ...}}. */
  static Map<String, Object> toJson(TableConstraint c, boolean withKind) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!c.isIndex() || withKind) {
      m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
    }
    m.put("name", c.name());
    if (c.kind() != Kind.CHECK) {
      m.put("fields", c.fields());
    }
    if (c.condition() != null) {
      m.put(c.kind() == Kind.CHECK ? "check" : "condition", c.condition());
    }
    return m;
  }

  /**
   * Reads the declaration of an addIndex ({@code index} true), an addConstraint (false) or a
   * createModel's {@code constraints} (null: the kind says which).
   */
  static TableConstraint fromJson(JsonObject o, Boolean index) {
    Kind kind;
    if (Boolean.TRUE.equals(index)) {
      kind = Kind.INDEX;
    } else {
      String k = o.string("kind");
      kind = switch (k) {
        case "unique" -> Kind.UNIQUE;
        case "check" -> Kind.CHECK;
        case "index" -> {
          if (index != null) {
            throw o.error("an index is added with addIndex");
          }
          yield Kind.INDEX;
        }
        default -> throw o.error("unknown constraint kind \"" + k + "\" (known: unique, check"
            + (index == null ? ", index" : "") + ")");
      };
    }
    String name = o.string("name");
    TableConstraint c;
    if (kind == Kind.CHECK) {
      c = TableConstraint.check(name, o.string("check"));
    } else {
      List<String> fields = o.strings("fields");
      if (fields == null || fields.isEmpty()) {
        throw o.error("\"fields\" needs at least one field");
      }
      c = new TableConstraint(kind, name, fields, o.optString("condition"));
    }
    if (c.condition() != null) {
      try {
        dev.tether.internal.schema.Condition.parse(c.condition());
      } catch (IllegalArgumentException e) {
        throw o.error(e.getMessage());
      }
    }
    o.checkKeys();
    return c;
  }
}
