package dev.tether.internal.migrate;

import dev.tether.internal.schema.Table;
import dev.tether.internal.schema.Table.Column;
import dev.tether.meta.FieldMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a project state, as the schema editor takes them: a model's own table, with each
 * foreign key resolved to the table and key it references, and a many-to-many's join table (an
 * auto key and two indexed keys, unique together, as {@code ThroughMeta} declares it).
 */
final class Tables {
  private Tables() {}

  /** The table of model {@code model} in {@code state}. */
  static Table of(ProjectState state, String model) {
    ModelState m = state.model(model);
    List<Column> columns = new ArrayList<>();
    for (FieldState f : m.fields()) {
      if (f.isManyToMany()) {
        continue;
      }
      if (f.isForeignKey()) {
        ModelState target = target(state, m, f);
        String references = f.toField() == null ? target.pk().column() : target.require(f.toField()).column();
        columns.add(new Column(f.toFieldMeta(), target.table(), references));
      } else {
        columns.add(new Column(f.toFieldMeta(), null, null));
      }
    }
    return new Table(m.table(), columns, List.of(), m.constraints());
  }

  /** The join table of many-to-many {@code field} of {@code model}. */
  static Table join(ProjectState state, String model, String field) {
    ModelState m = state.model(model);
    FieldState f = m.require(field);
    ModelState target = target(state, m, f);
    FieldState sourcePk = m.pk();
    FieldState targetPk = target.pk();
    return new Table(f.joinTable(), List.of(
        new Column(FieldMeta.autoId(), null, null),
        new Column(FieldMeta.of(f.sourceColumn(), f.sourceColumn(), sourcePk.type()).asIndexed(), m.table(),
            sourcePk.column()),
        new Column(FieldMeta.of(f.targetColumn(), f.targetColumn(), targetPk.type()).asIndexed(), target.table(),
            targetPk.column())),
        List.of(List.of(f.sourceColumn(), f.targetColumn())));
  }

  private static ModelState target(ProjectState state, ModelState m, FieldState f) {
    if (!state.has(f.to())) {
      throw new IllegalStateException(f.label(m.name()) + " points at " + f.to() + ", which is not a model here");
    }
    return state.model(f.to());
  }
}
