package dev.tether;

import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.query.Condition;
import dev.tether.internal.query.Lookup;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Django's {@code QuerySet.get_or_create} and {@code update_or_create}, shared by managers,
 * related managers and query sets: get; when nothing matches, create inside a savepoint; when that
 * create fails on a constraint (a concurrent caller created the row first), get again.
 */
final class GetOrCreate {
  private GetOrCreate() {}

  /**
   * @param given where to look ({@code given.get(lookup)}; on the database it writes to)
   * @param creator saves a new object set up by the consumer it is given (a manager's create)
   */
  static <T extends Entity> Created<T> getOrCreate(QuerySet<T> given, Function<Consumer<T>, T> creator,
      Q<T> lookup, Consumer<? super T> init) {
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(init, "init");
    // as Django's (_for_write): looked up where it would be created, not on a replica that may lag
    QuerySet<T> qs = given.db != null ? given : new QuerySet<>(given.meta, given.writeEngine().database(), given.query);
    try {
      return new Created<>(qs.get(lookup), false);
    } catch (ObjectDoesNotExist missing) {
      // create below
    }
    Engine e = qs.writeEngine();
    try {
      T made = e.atomic(() -> creator.apply(o -> {
        init.accept(o);
        checkMatches(qs.meta, e.dialect(), lookup.condition(), o);
      }));
      return new Created<>(made, true);
    } catch (IntegrityException clash) {
      try {
        return new Created<>(qs.get(lookup), false);
      } catch (ObjectDoesNotExist stillMissing) {
        clash.addSuppressed(stillMissing);
        throw clash;
      }
    }
  }

  /**
   * Django's {@code update_or_create}: in one transaction, the matching row is read with
   * {@code selectForUpdate}, {@code defaults} applied and saved; or a new object is created with
   * {@code create}.
   */
  static <T extends Entity> Created<T> updateOrCreate(QuerySet<T> qs, Function<Consumer<T>, T> creator,
      Q<T> lookup, Consumer<? super T> defaults, Consumer<? super T> create) {
    Objects.requireNonNull(defaults, "defaults");
    return qs.writeEngine().atomic(() -> {
      Created<T> r = getOrCreate(qs.selectForUpdate(), creator, lookup, create);
      if (r.created()) {
        return r;
      }
      T o = r.object();
      defaults.accept(o);
      dev.tether.internal.persist.Persister.save(qs.meta, o);
      return r;
    });
  }

  /**
   * Refuses a new object that would not match the lookup it was created for: every
   * {@code column eq value} of the model's own columns must hold on it, as Django's
   * {@code get_or_create(**kwargs)} guarantees by setting them.
   */
  static <T extends Entity> void checkMatches(ModelMeta<T> meta, Dialect d, Condition c, T o) {
    List<Condition.Leaf> leaves = new ArrayList<>();
    exactLeaves(c, leaves);
    if (leaves.isEmpty()) {
      return;
    }
    List<Object> values = new ArrayList<>();
    meta.bind(o, new RowWriter(d, meta.valueFields(), values));
    for (Condition.Leaf l : leaves) {
      FieldMeta f = l.lhs().field();
      if (l.value() instanceof Entity) {
        continue; // a relation compared with an object: the key check is the database's
      }
      Object want = d.toDb(f.type(), l.value());
      int i = meta.valueFields().indexOf(f);
      Object have = i >= 0 ? values.get(i) : f.primaryKey() ? keyPart(meta, d, f, o) : want;
      boolean same = want instanceof java.math.BigDecimal w && have instanceof java.math.BigDecimal h
          ? w.compareTo(h) == 0 : Objects.equals(want, have);
      if (!same) {
        throw new IllegalArgumentException("getOrCreate(): the new " + meta.name() + " has " + f.name() + " = "
            + have + " but the lookup asks for " + l.value() + "; set " + f.name()
            + " in the function that fills the new object");
      }
    }
  }

  /** The value of key column {@code f} of {@code o}: the key, or its part for a composite key. */
  private static <T extends Entity> Object keyPart(ModelMeta<T> meta, Dialect d, FieldMeta f, T o) {
    Object key = meta.pk(o);
    if (key == null) {
      return null;
    }
    return d.toDb(f.type(), meta.hasCompositeKey() ? meta.keyValues(key).get(meta.keyFields().indexOf(f)) : key);
  }

  private static void exactLeaves(Condition c, List<Condition.Leaf> out) {
    if (c instanceof Condition.And a) {
      for (Condition child : a.children()) {
        exactLeaves(child, out);
      }
    } else if (c instanceof Condition.Leaf l && l.lookup() == Lookup.EXACT && l.lhs().path().isRoot()
        && l.lhs().transform() == null) {
      out.add(l);
    }
  }
}
