package dev.tether;

import dev.tether.meta.ModelMeta;

/**
 * Decides which database of a {@link Databases} a statement goes to: Django's database router,
 * with its four methods. Each may answer null ("no opinion"): the next router of the chain is
 * asked, and when none has one, Django's defaults apply (a read or write goes where the object
 * concerned came from, else to {@code "default"}; a relation is allowed between objects of one
 * database only; every model may be migrated everywhere).
 * <pre>{@code
 * class AuthRouter implements Router {
 *   public String dbForRead(ModelMeta<?> model, Object instance) {
 *     return model == User_.META ? "users" : null;
 *   }
 *   public String dbForWrite(ModelMeta<?> model, Object instance) {
 *     return model == User_.META ? "users" : null;
 *   }
 *   public Boolean allowMigrate(String database, ModelMeta<?> model) {
 *     return model == User_.META ? database.equals("users") : null;
 *   }
 * }
 * }</pre>
 * {@code instance} is Django's {@code instance} hint: the object being saved, deleted or refreshed,
 * or whose relation is read; null for a query of {@code Model.objects}.
 * {@link ModelMeta#databaseOf(Object)} tells the database an object came from.
 */
public interface Router {
  /** The name of the database a read of {@code model} goes to, or null: Django's {@code db_for_read}. */
  default String dbForRead(ModelMeta<?> model, Object instance) {
    return null;
  }

  /** The name of the database a write of {@code model} goes to, or null: Django's {@code db_for_write}. */
  default String dbForWrite(ModelMeta<?> model, Object instance) {
    return null;
  }

  /**
   * Whether {@code a} may point at {@code b} (a foreign key, a many-to-many pair) when they come from
   * different databases, or null: Django's {@code allow_relation}.
   */
  default Boolean allowRelation(Object a, Object b) {
    return null;
  }

  /** Whether {@code model}'s table belongs on the database named {@code database}, or null: Django's {@code allow_migrate}. */
  default Boolean allowMigrate(String database, ModelMeta<?> model) {
    return null;
  }

  /**
   * Called once when a {@link Databases} is built with this router, before any decision: a router
   * that needs the databases themselves (as {@link ReplicaRouter} does, to watch its replicas)
   * looks them up here. Does nothing by default.
   */
  default void attach(Databases databases) {}
}
