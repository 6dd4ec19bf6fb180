package dev.tether;

import dev.tether.internal.related.ManyToManyOps;
import dev.tether.meta.Entity;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.ModelMeta;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * One side of a many-to-many relation through a model of the application
 * ({@code @ManyToMany(through = Membership.class)}): {@code group.members()} or
 * {@code person.groupSet()}. Every {@link ManyRelatedManager} method works, and {@code add},
 * {@code set} and {@code create} also take the values of the new through rows, Django's
 * {@code through_defaults}:
 *
 * <pre>{@code
 * rock.members().add(bob, m -> m.inviteReason = "He is good.");
 * rock.members().set(List.of(bob, jane), m -> m.setInviteReason("Why not?"));
 * Person annie = rock.members().create(p -> p.name = "Annie", m -> m.inviteReason = "She was just awesome.");
 * }</pre>
 *
 * Without them, a new row has the through model's defaults (an {@link IntegrityException} when a
 * field has neither a default nor NULL). {@code remove} deletes every row of the pair and
 * {@code clear} every row of the owner, as Django 5 does, through the delete collector when
 * something points at the through model.
 *
 * @param <X> the related model
 * @param <R> the through model
 */
public final class ThroughManager<X extends Entity, R extends Entity> extends ManyRelatedManager<X> {
  private ThroughManager(ManyToManyOps<?, X> ops) {
    super(ops);
  }

  /** For generated code: {@code group.members()}. */
  public static <S extends Entity, T extends Entity, R extends Entity> ThroughManager<T, R> forward(
      ManyToManyMeta<S, T> m, ModelMeta<R> through, S owner) {
    return new ThroughManager<>(ManyToManyOps.forward(m, owner));
  }

  /** For generated code: {@code person.groupSet()}. */
  public static <S extends Entity, T extends Entity, R extends Entity> ThroughManager<S, R> reverse(
      ManyToManyMeta<S, T> m, ModelMeta<R> through, T owner) {
    return new ThroughManager<>(ManyToManyOps.reverse(m, owner));
  }

  /**
   * Relates {@code object} to the owner unless it is already, with a new through row that
   * {@code throughDefaults} fills (after the model's defaults): Django's
   * {@code add(obj, through_defaults={...})}. One SELECT of the existing pair, one INSERT.
   */
  public void add(X object, Consumer<? super R> throughDefaults) {
    add(List.of(object), throughDefaults);
  }

  /**
   * {@link #add(Entity, Consumer)} for several objects: one SELECT, one INSERT of the missing
   * pairs. {@code throughDefaults} runs once per new row (a value computed inside it may differ
   * per row; compute it first for one value, where Django calls a callable default once).
   */
  public void add(Collection<? extends X> objects, Consumer<? super R> throughDefaults) {
    ops.add(objects, cast(throughDefaults));
  }

  /**
   * Makes {@code objects} the related set: removes the others' rows, adds the missing ones with
   * {@code throughDefaults}; a pair that stays keeps its row as it is. Django's
   * {@code set(objs, through_defaults={...})}.
   */
  public void set(Collection<? extends X> objects, Consumer<? super R> throughDefaults) {
    ops.set(objects, false, cast(throughDefaults));
  }

  /**
   * {@link #set(Collection, Consumer)}; with {@code clear}, every row of the owner is deleted
   * first and each object gets a new one (Django's {@code set(objs, clear=True, through_defaults=...)}).
   */
  public void set(Collection<? extends X> objects, boolean clear, Consumer<? super R> throughDefaults) {
    ops.set(objects, clear, cast(throughDefaults));
  }

  /**
   * Creates and saves an object, then relates it with a through row that {@code throughDefaults}
   * fills: Django's {@code create(..., through_defaults={...})}.
   */
  public X create(Consumer<? super X> init, Consumer<? super R> throughDefaults) {
    return ops.create(init, cast(throughDefaults));
  }

  @SuppressWarnings("unchecked")
  private static <R extends Entity> Consumer<? super Entity> cast(Consumer<? super R> c) {
    return c == null ? null : row -> ((Consumer<Object>) (Consumer<?>) c).accept(row);
  }
}
