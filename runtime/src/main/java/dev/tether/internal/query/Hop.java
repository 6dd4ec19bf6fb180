package dev.tether.internal.query;

import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.ModelMeta;
import java.util.Objects;

/**
 * One step of a path across a relation: forward over a foreign key ({@code Article_.reporter()})
 * or back against one ({@code Reporter_.article()}).
 *
 * @param via the many-to-many whose first half this reverse step is ({@code Group_.members()}
 *     steps back against {@code Membership.group}), or null; it tells a prefetch where to cache
 *     the rows and is not part of the step's identity (the join is the same)
 */
public record Hop(Kind kind, ForeignKeyMeta<?, ?> foreignKey, ManyToManyMeta<?, ?> via) {
  /** The direction of the step. */
  public enum Kind {
    /** From the model declaring the key to the model it points at. */
    FORWARD,
    /** From the pointed-at model back to the models pointing at it. */
    REVERSE
  }

  public static Hop forward(ForeignKeyMeta<?, ?> fk) {
    return new Hop(Kind.FORWARD, fk, null);
  }

  public static Hop reverse(ForeignKeyMeta<?, ?> fk) {
    return new Hop(Kind.REVERSE, fk, null);
  }

  /** The first step of many-to-many {@code via}: back against its through model's key {@code fk}. */
  public static Hop reverse(ForeignKeyMeta<?, ?> fk, ManyToManyMeta<?, ?> via) {
    return new Hop(Kind.REVERSE, fk, via);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hop h && h.kind == kind && h.foreignKey == foreignKey;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, foreignKey);
  }

  /** The model this step arrives at. */
  public ModelMeta<?> target() {
    return kind == Kind.FORWARD ? foreignKey.target() : foreignKey.source();
  }

  /** Whether the step may reach several rows (a reverse foreign key, not a one-to-one). */
  public boolean multiValued() {
    return kind == Kind.REVERSE && !foreignKey.oneToOne();
  }

  /** Whether the step may reach no row: a nullable key forward, or any reverse step. */
  public boolean mayBeMissing() {
    return kind == Kind.REVERSE || foreignKey.nullable();
  }

  /** The step's name in a lookup path: the field forward, the query name in reverse. */
  public String name() {
    return kind == Kind.FORWARD ? foreignKey.name() : foreignKey.queryName();
  }
}
