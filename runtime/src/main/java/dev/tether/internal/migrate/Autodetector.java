package dev.tether.internal.migrate;

import dev.tether.internal.schema.Condition;
import dev.tether.meta.TableConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two project states (what the migrations recorded, what the models are now) and writes
 * the operations taking one to the other, in an order every database accepts. Django's
 * {@code MigrationAutodetector}: models renamed or moved (a new class name on an old table),
 * renamed tables and fields first, then fields removed (so nothing
 * points at the models about to go), models deleted, models created (targets before the models
 * pointing at them; a cycle is broken by adding its foreign key afterwards), fields added, and
 * fields altered. Models and fields come in a fixed order, so equal inputs give equal output.
 */
public final class Autodetector {
  private Autodetector() {}

  /**
   * The operations, and notes for the person running {@code makemigrations} (values chosen for
   * existing rows, changes that will fail on a table holding rows).
   */
  public record Changes(List<Operation> operations, List<String> notes) {
    public boolean isEmpty() {
      return operations.isEmpty();
    }
  }

  /**
   * The operations from {@code from} to {@code to}. {@code renames} maps a model to its renamed
   * fields (new name to previous name), as the models mark them.
   */
  public static Changes diff(ProjectState recorded, ProjectState to, Map<String, Map<String, String>> renames) {
    List<Operation> ops = new ArrayList<>();
    ProjectState from = recorded;
    for (ModelState gone : recorded.models()) {
      if (to.has(gone.name())) {
        continue;
      }
      for (ModelState fresh : to.models()) {
        if (!recorded.has(fresh.name()) && fresh.table().equals(gone.table())) {
          // one table, a new class name: the class was renamed or moved, its rows stay
          ops.add(new RenameModel(gone.name(), fresh.name()));
          from = ops.get(ops.size() - 1).apply(from);
        }
      }
    }
    int movedModels = ops.size();
    Set<String> created = new TreeSet<>();
    Set<String> deleted = new TreeSet<>();
    Set<String> kept = new TreeSet<>();
    for (ModelState m : to.models()) {
      (from.has(m.name()) ? kept : created).add(m.name());
    }
    for (ModelState m : from.models()) {
      if (!to.has(m.name())) {
        deleted.add(m.name());
      }
    }
    List<String> notes = new ArrayList<>();
    List<String> rekeyed = new ArrayList<>();
    for (String m : kept) {
      if (checkKey(from.model(m), to.model(m))) {
        rekeyed.add(m);
      }
      if (!from.model(m).table().equals(to.model(m).table())) {
        ops.add(new RenameTable(m, to.model(m).table()));
      }
    }
    for (String m : kept) {
      renameFields(from.model(m), to.model(m), renames.getOrDefault(m, Map.of()), ops);
    }
    for (String m : rekeyed) {
      ops.add(new AlterPrimaryKey(m, to.model(m).keyFields().stream().map(FieldState::name).toList()));
    }
    ProjectState cur = from;
    for (Operation op : ops.subList(movedModels, ops.size())) {
      cur = op.apply(cur);
    }
    int constraintsGo = ops.size();
    // fields that go, or whose change cannot be made in place
    Set<String> replaced = new LinkedHashSet<>();
    for (String m : kept) {
      for (FieldState f : cur.model(m).fields()) {
        FieldState n = to.model(m).field(f.name());
        if (n == null || replaces(f, n, deleted)) {
          ops.add(new RemoveField(m, f.name()));
          if (n != null) {
            replaced.add(m + "." + f.name());
          }
        }
      }
    }
    // declarations that go or change, before the fields they name (Django's generate_removed_constraints)
    List<Operation> dropped = new ArrayList<>();
    Set<String> droppedNames = new LinkedHashSet<>();
    for (String m : kept) {
      for (TableConstraint c : cur.model(m).constraints()) {
        if (!c.equals(to.model(m).constraint(c.name())) || names(c).stream().anyMatch(f -> replaced.contains(m + "." + f))) {
          dropped.add(new RemoveConstraint(m, c.name(), c.isIndex()));
          droppedNames.add(m + "." + c.name());
        }
      }
    }
    ops.addAll(constraintsGo, dropped);
    deleteModels(from, deleted, ops);
    Set<String> createdWith = new LinkedHashSet<>();
    createModels(to, created, kept, ops, createdWith);
    for (String m : kept) {
      for (FieldState f : to.model(m).fields()) {
        if (cur.model(m).field(f.name()) == null || replaced.contains(m + "." + f.name())) {
          ops.add(new AddField(m, f, fill(null, f, m, notes)));
        }
      }
    }
    for (String m : kept) {
      for (FieldState f : to.model(m).fields()) {
        FieldState c = cur.model(m).field(f.name());
        if (c != null && !replaced.contains(m + "." + f.name()) && !c.equals(f)) {
          ops.add(new AlterField(m, f, fill(c, f, m, notes)));
        }
      }
    }
    // declarations that come or changed, once every field they name exists
    for (ModelState m : to.models()) {
      for (TableConstraint c : m.constraints()) {
        String key = m.name() + "." + c.name();
        boolean add = created.contains(m.name()) ? !createdWith.contains(key)
            : droppedNames.contains(key) || cur.model(m.name()).constraint(c.name()) == null;
        if (add) {
          ops.add(new AddConstraint(m.name(), c));
        }
      }
    }
    return new Changes(List.copyOf(ops), List.copyOf(notes));
  }

  /** The fields a declaration names, in its field list or its condition. */
  private static Set<String> names(TableConstraint c) {
    Set<String> out = new LinkedHashSet<>(c.fieldNames());
    if (c.condition() != null) {
      out.addAll(Condition.fields(c.condition()));
    }
    return out;
  }

  /**
   * Whether the key of a kept model changes in a way {@link AlterPrimaryKey} makes: a composite key
   * declared, changed or given up, between columns that exist on both sides and are not generated.
   * Any other key change is refused.
   */
  private static boolean checkKey(ModelState from, ModelState to) {
    List<FieldState> a = from.keyFields();
    List<FieldState> b = to.keyFields();
    if (a.equals(b)) {
      return false;
    }
    boolean movable = a.size() + b.size() > 2;
    for (FieldState f : a) {
      FieldState n = to.field(f.name());
      movable &= !f.autoIncrement() && n != null && n.inKey(true).equals(f.inKey(true));
    }
    for (FieldState f : b) {
      FieldState o = from.field(f.name());
      movable &= !f.autoIncrement() && o != null && o.inKey(true).equals(f.inKey(true));
    }
    if (!movable) {
      throw new IllegalStateException(to.name() + ": migrations cannot change a primary key (" + describeKey(a)
          + " to " + describeKey(b) + "); write this migration by hand");
    }
    return true;
  }

  private static String describeKey(List<FieldState> key) {
    List<String> out = new ArrayList<>();
    for (FieldState f : key) {
      out.add(f.name() + " " + f.type());
    }
    return String.join(", ", out);
  }

  private static void renameFields(ModelState from, ModelState to, Map<String, String> renames,
      List<Operation> ops) {
    for (FieldState n : to.fields()) {
      String old = renames.get(n.name());
      if (old == null || from.field(old) == null || from.field(n.name()) != null || to.field(old) != null) {
        continue; // not renamed, or already migrated
      }
      FieldState o = from.field(old);
      if (o.isManyToMany() != n.isManyToMany()) {
        continue;
      }
      String column = !o.isManyToMany() && !o.column().equals(n.column()) ? n.column() : null;
      String join = o.isManyToMany() && !o.joinTable().equals(n.joinTable()) ? n.joinTable() : null;
      ops.add(new RenameField(from.name(), old, n.name(), column, join));
    }
  }

  /** Whether {@code old} must be removed and {@code now} added, rather than altered in place. */
  private static boolean replaces(FieldState old, FieldState now, Set<String> deleted) {
    if (old.isManyToMany() || now.isManyToMany()) {
      return old.isManyToMany() != now.isManyToMany() || !old.to().equals(now.to())
          || !old.sourceColumn().equals(now.sourceColumn()) || !old.targetColumn().equals(now.targetColumn());
    }
    if (old.isForeignKey() != now.isForeignKey()) {
      return true; // a value becomes a key, or the reverse: the old values mean nothing now
    }
    return old.isForeignKey() && !old.to().equals(now.to()) && deleted.contains(old.to());
  }

  private static void deleteModels(ProjectState from, Set<String> deleted, List<Operation> ops) {
    for (String m : deleted) {
      for (FieldState f : from.model(m).fields()) {
        if (f.to() != null && !f.to().equals(m) && deleted.contains(f.to())) {
          ops.add(new RemoveField(m, f.name()));
        }
      }
    }
    for (String m : deleted) {
      ops.add(new DeleteModel(m));
    }
  }

  /**
   * Creates the models, each with the declarations whose fields it is created with (Django 5.1's
   * optimizer folds AddIndex and AddConstraint into CreateModel the same way); {@code with} gets
   * {@code model.name} of each.
   */
  private static void createModels(ProjectState to, Set<String> created, Set<String> kept, List<Operation> ops,
      Set<String> with) {
    Set<String> done = new LinkedHashSet<>(kept);
    List<Operation> later = new ArrayList<>();
    Set<String> left = new TreeSet<>(created);
    while (!left.isEmpty()) {
      String next = null;
      for (String m : left) {
        if (ready(to.model(m), done)) {
          next = m;
          break;
        }
      }
      if (next == null) { // a cycle: create the first, adding its keys into the cycle afterwards
        next = left.iterator().next();
      }
      ModelState m = to.model(next);
      List<FieldState> now = new ArrayList<>();
      for (FieldState f : m.fields()) {
        if (f.isManyToMany() || f.isForeignKey() && !f.to().equals(next) && !done.contains(f.to())) {
          later.add(new AddField(next, f, null));
        } else {
          now.add(f);
        }
      }
      List<TableConstraint> constraints = new ArrayList<>();
      for (TableConstraint c : m.constraints()) {
        if (names(c).stream().allMatch(f -> now.stream().anyMatch(x -> x.name().equals(f)))) {
          constraints.add(c);
          with.add(m.name() + "." + c.name());
        }
      }
      ops.add(new CreateModel(new ModelState(m.name(), m.table(), now, constraints)));
      done.add(next);
      left.remove(next);
    }
    later.sort((a, b) -> Boolean.compare(((AddField) a).field().isManyToMany(), ((AddField) b).field().isManyToMany()));
    ops.addAll(later);
  }

  private static boolean ready(ModelState m, Set<String> done) {
    for (FieldState f : m.fields()) {
      if (f.isForeignKey() && !f.to().equals(m.name()) && !done.contains(f.to())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The one-off value for existing rows when {@code now} is NOT NULL without a default and was
   * absent ({@code old} null) or nullable; null when none is needed or none can be chosen.
   */
  private static String fill(FieldState old, FieldState now, String model, List<String> notes) {
    if (now.isManyToMany() || now.nullable() || now.defaultValue() != null || old != null && !old.nullable()) {
      return null;
    }
    String what = old == null ? "is added NOT NULL without a default" : "becomes NOT NULL without a default";
    String zero = now.isForeignKey() ? null : Ops.zero(now.type());
    if (zero == null) {
      notes.add(now.label(model) + " " + what + ": applying fails if " + (old == null ? "the table has rows"
          : "a row holds NULL") + " (give it a defaultValue, make it nullable, or add \"fillWith\" to the operation)");
      return null;
    }
    notes.add(now.label(model) + " " + what + ": " + (old == null ? "existing rows" : "rows holding NULL")
        + " get \"" + zero + "\" (\"fillWith\" in the migration: edit it to choose another value)");
    return zero;
  }

  /** The automatic name of a migration of {@code ops}: Django's, {@code initial} for the first. */
  public static String name(List<Operation> ops, boolean initial) {
    if (initial) {
      return "initial";
    }
    List<String> fragments = new ArrayList<>();
    for (Operation op : ops) {
      if (op.fragment() != null) {
        fragments.add(op.fragment());
      }
    }
    if (fragments.isEmpty()) {
      return "auto";
    }
    String name = String.join("_", fragments);
    return name.length() > 52 ? fragments.get(0) + "_and_more" : name;
  }
}
