package dev.tether.internal.migrate;

import dev.tether.MigrationException;
import dev.tether.internal.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one migration for one dialect, forwards or backwards, computed from the states the
 * migrations before it leave: what the executor runs and what {@code sqlmigrate} prints.
 */
public final class MigrationSql {
  private MigrationSql() {}

  /**
   * The statements of {@code migrations[index]}, or of reversing it; with {@code comments}, each
   * operation is introduced by a {@code --} line describing it.
   */
  public static List<String> statements(Dialect d, List<Migration> migrations, int index, boolean backwards,
      boolean comments) {
    List<ProjectState> states = new ArrayList<>();
    ProjectState s = MigrationLoader.state(migrations, index);
    states.add(s);
    Migration m = migrations.get(index);
    List<Operation> ops = m.operations();
    for (Operation op : ops) {
      try {
        s = op.apply(s);
      } catch (IllegalStateException e) {
        throw new MigrationException("migration " + m.name() + ": " + op.describe() + ": " + e.getMessage(), e);
      }
      states.add(s);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      int k = backwards ? ops.size() - 1 - i : i;
      Operation op = ops.get(k);
      if (comments) {
        out.add("-- " + (backwards ? "Undo: " : "") + op.describe());
      }
      if (backwards && !op.reversible()) {
        if (!comments) {
          throw new MigrationException(m.name() + ": " + op.describe() + " cannot be reversed");
        }
        out.add("-- (cannot be reversed)");
        continue;
      }
      out.addAll(backwards ? op.backwards(d, states.get(k), states.get(k + 1))
          : op.forwards(d, states.get(k), states.get(k + 1)));
    }
    return out;
  }

  /**
   * The index of migration {@code name}: {@code app/name} or the name alone, the name or its number
   * alone ({@code 0002} or {@code 2}); a name several apps use needs its app.
   */
  public static int indexOf(List<Migration> migrations, String name) {
    int slash = name.lastIndexOf('/');
    String app = slash < 0 ? null : name.substring(0, slash);
    String rest = name.substring(slash + 1);
    int found = -1;
    for (int i = 0; i < migrations.size(); i++) {
      Migration m = migrations.get(i);
      if ((app == null || m.app().equals(app))
          && (m.name().equals(rest) || rest.matches("\\d{1,4}") && m.number() == Integer.parseInt(rest))) {
        if (found >= 0) {
          throw new MigrationException("several apps have a migration " + name + " (" + migrations.get(found).id()
              + ", " + m.id() + "): name it with its app, as app/" + rest);
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new MigrationException("no migration " + name + " (known: "
          + String.join(", ", migrations.stream().map(Migration::id).toList()) + ")");
    }
    return found;
  }
}
