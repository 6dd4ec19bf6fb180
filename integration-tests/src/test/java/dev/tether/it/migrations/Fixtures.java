package dev.tether.it.migrations;

import dev.tether.MultipleObjectsReturned;
import dev.tether.ObjectDoesNotExist;
import dev.tether.OnDelete;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowReader;
import dev.tether.meta.RowWriter;
import dev.tether.meta.SqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Models built by hand, one version at a time, as the processor generates their metadata: the
 * "before" and "after" of a change, which one compilation cannot hold (two models may not share a
 * table). Only the metadata is real; the row mapping is never called.
 */
final class Fixtures {
  /** The rows of every fixture model: never instantiated. */
  static final class Row extends Entity {}

  private record Rel(String field, String target, String kind, boolean nullable, String renamedFrom) {}

  private record Spec(String name, String table, List<FieldMeta> fields, List<Rel> relations) {}

  private final List<Spec> specs = new ArrayList<>();
  private final Map<String, ModelMeta<Row>> built = new HashMap<>();
  private final Map<String, List<dev.tether.meta.TableConstraint>> constraints = new HashMap<>();

  /** Adds a {@code @Unique}, {@code @Index} or {@code @Check} to {@code model} (one of the same name is replaced). */
  Fixtures constraint(String model, dev.tether.meta.TableConstraint c) {
    dropConstraint(model, c.name());
    constraints.computeIfAbsent(model, k -> new ArrayList<>()).add(c);
    return this;
  }

  /** Removes the declaration named {@code name} from {@code model}. */
  Fixtures dropConstraint(String model, String name) {
    constraints.getOrDefault(model, new ArrayList<>()).removeIf(c -> c.name().equals(name));
    return this;
  }

  static Fixtures models() {
    return new Fixtures();
  }

  /** A model with the implicit {@code id} and {@code fields}; relations follow with {@link #fk} and friends. */
  Fixtures model(String name, String table, FieldMeta... fields) {
    List<FieldMeta> all = new ArrayList<>();
    all.add(FieldMeta.autoId());
    all.addAll(List.of(fields));
    specs.add(new Spec(name, table, all, new ArrayList<>()));
    return this;
  }

  /** A model without the implicit {@code id}: its key is the fields marked {@code asPrimaryKey(false)}. */
  Fixtures keyedModel(String name, String table, FieldMeta... fields) {
    specs.add(new Spec(name, table, new ArrayList<>(List.of(fields)), new ArrayList<>()));
    return this;
  }

  Fixtures fk(String field, String target) {
    return rel(field, target, "fk", false, null);
  }

  Fixtures rel(String field, String target, String kind, boolean nullable, String renamedFrom) {
    specs.get(specs.size() - 1).relations().add(new Rel(field, target, kind, nullable, renamedFrom));
    return this;
  }

  Fixtures m2m(String field, String target) {
    return rel(field, target, "m2m", false, null);
  }

  private Spec spec(String model) {
    return specs.stream().filter(s -> s.name().equals(model)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fixture model " + model));
  }

  /** Adds field {@code f} to {@code model}, or replaces the field of that name. */
  Fixtures field(String model, FieldMeta f) {
    List<FieldMeta> fields = spec(model).fields();
    int i = fields.stream().map(FieldMeta::name).toList().indexOf(f.name());
    if (i < 0) {
      fields.add(f);
    } else {
      fields.set(i, f);
    }
    return this;
  }

  /** Adds a relation to {@code model} (kind {@code fk}, {@code o2o} or {@code m2m}), or replaces the one of that name. */
  Fixtures relation(String model, String field, String target, String kind, boolean nullable, String renamedFrom) {
    List<Rel> rels = spec(model).relations();
    Rel r = new Rel(field, target, kind, nullable, renamedFrom);
    int i = rels.stream().map(Rel::field).toList().indexOf(field);
    if (i < 0) {
      rels.add(r);
    } else {
      rels.set(i, r);
    }
    return this;
  }

  /** Removes a field or relation of {@code model}. */
  Fixtures drop(String model, String field) {
    Spec s = spec(model);
    if (!s.fields().removeIf(f -> f.name().equals(field)) && !s.relations().removeIf(r -> r.field().equals(field))) {
      throw new IllegalArgumentException(model + " has no field " + field);
    }
    return this;
  }

  /** Removes a model. */
  Fixtures without(String model) {
    specs.remove(spec(model));
    return this;
  }

  /** Moves {@code model} to another table. */
  Fixtures table(String model, String table) {
    Spec s = spec(model);
    specs.set(specs.indexOf(s), new Spec(s.name(), table, s.fields(), s.relations()));
    return this;
  }

  static FieldMeta string(String name, int maxLength) {
    return col(name, SqlType.STRING).withMaxLength(maxLength);
  }

  static FieldMeta col(String name, SqlType type) {
    return FieldMeta.of(name, snake(name), type);
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  List<ModelMeta<?>> build() {
    List<ModelMeta<?>> out = new ArrayList<>();
    for (Spec s : specs) {
      List<ForeignKeyMeta<Row, ?>> fks = new ArrayList<>();
      List<ManyToManyMeta<Row, ?>> m2ms = new ArrayList<>();
      for (Rel r : s.relations()) {
        if (r.kind().equals("m2m")) {
          boolean self = r.target().equals(s.name());
          m2ms.add(ManyToManyMeta.<Row, Row>builder(s.name(), r.field(), s.table() + "_" + snake(r.field()),
              (self ? "from_" : "") + snake(s.name()) + "_id", SqlType.LONG, () -> built.get(s.name()),
              (self ? "to_" : "") + snake(r.target()) + "_id", SqlType.LONG, () -> built.get(r.target()))
              .related(r.field() + "Of", r.field() + "Of").renamedFrom(r.renamedFrom()).build());
          continue;
        }
        ForeignKeyMeta.Builder<Row, Row> b = ForeignKeyMeta.<Row, Row>builder(r.field(), snake(r.field()) + "_id",
            SqlType.LONG, () -> built.get(r.target()))
            .onDelete(r.nullable() ? OnDelete.SET_NULL : OnDelete.CASCADE)
            .related(r.field() + "Of", r.field() + "Of")
            .access(o -> null, (o, v) -> { })
            .renamedFrom(r.renamedFrom());
        if (r.nullable()) {
          b.nullable();
        }
        if (r.kind().equals("o2o")) {
          b.oneToOne();
        }
        fks.add(b.build());
      }
      Meta m = new Meta(s.name(), s.table(), s.fields(), fks, m2ms,
          List.copyOf(constraints.getOrDefault(s.name(), List.of())));
      built.put(s.name(), m);
      out.add(m);
    }
    return out;
  }

  private static final class Meta extends ModelMeta<Row> {
    private final List<dev.tether.meta.TableConstraint> constraints;

    Meta(String name, String table, List<FieldMeta> fields, List<ForeignKeyMeta<Row, ?>> fks,
        List<ManyToManyMeta<Row, ?>> m2ms, List<dev.tether.meta.TableConstraint> constraints) {
      super(name, table, fields, fks, m2ms, List.of(), List::of);
      this.constraints = constraints;
    }

    @Override
    public List<dev.tether.meta.TableConstraint> constraints() {
      return constraints;
    }

    @Override
    public Row instantiate() {
      return new Row();
    }

    @Override
    protected void read(Row o, RowReader r) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected void write(Row o, RowWriter w) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object pk(Row o) {
      return null;
    }

    @Override
    protected void setPk(Row o, Object pk) {}

    @Override
    public ObjectDoesNotExist doesNotExist(String message) {
      return new ObjectDoesNotExist(message);
    }

    @Override
    public MultipleObjectsReturned multipleObjectsReturned(String message) {
      return new MultipleObjectsReturned(message);
    }
  }
}
