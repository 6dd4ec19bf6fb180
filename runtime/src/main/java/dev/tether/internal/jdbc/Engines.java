package dev.tether.internal.jdbc;

import dev.tether.Database;
import dev.tether.meta.ModelMeta;
import java.util.function.Function;

/**
 * How internals reach a {@link Database}'s engine without a public accessor on it, and the one
 * place where a statement is routed when several databases are configured ({@code Databases}).
 */
public final class Engines {
  private static volatile Function<Database, Engine> access;
  private static volatile Routes routes;

  private Engines() {}

  /**
   * Where statements go when no database was named: Django's {@code ConnectionRouter}, installed
   * by {@code Databases.install()}.
   */
  public interface Routes {
    /**
     * The engine for a statement on {@code model}: a read or a write; {@code instance} is the
     * object read from, saved or deleted (or null), {@code remembered} the database it came from.
     */
    Engine route(ModelMeta<?> model, Object instance, Database remembered, boolean write);

    /** Throws when the router forbids a relation from {@code owner} to {@code related} ({@code what} names it). */
    void checkRelation(Object owner, Database ownerDb, Object related, Database relatedDb, String what);
  }

  /** Called once, by {@code Database}'s class initialiser. */
  public static synchronized void install(Function<Database, Engine> a) {
    if (access == null) {
      access = a;
    }
  }

  /** Routes statements named to no database through {@code r}; null: to the default database. */
  public static void route(Routes r) {
    routes = r;
  }

  /** The engine of {@code db}, or of the default database when {@code db} is null. */
  public static Engine of(Database db) {
    Database d = db != null ? db : Database.getDefault();
    return access.apply(d);
  }

  /** A read of {@code model}: on {@code using} when a query set names it, else where the router sends it. */
  public static Engine read(Database using, ModelMeta<?> model) {
    Routes r = routes;
    return using != null || r == null ? of(using) : r.route(model, null, null, false);
  }

  /** A write of {@code model}: on {@code using} when named, else where the router sends it. */
  public static Engine write(Database using, ModelMeta<?> model) {
    Routes r = routes;
    return using != null || r == null ? of(using) : r.route(model, null, null, true);
  }

  /**
   * A statement about {@code object}, which remembers database {@code remembered} (null when
   * never saved nor read): there without a router; with one, where it sends the object (Django's
   * {@code db_for_read(model, instance=...)} and {@code db_for_write}), which defaults to the
   * remembered database.
   */
  public static Engine forObject(ModelMeta<?> model, Object object, Database remembered, boolean write) {
    Routes r = routes;
    return r == null ? of(remembered) : r.route(model, object, remembered, write);
  }

  /**
   * The database a related manager of {@code owner} (which remembers {@code ownerDb}) reads
   * {@code model} from: {@code ownerDb} without a router, else where the router sends the read.
   */
  public static Database relatedDatabase(ModelMeta<?> model, Object owner, Database ownerDb) {
    Routes r = routes;
    return r == null ? ownerDb : r.route(model, owner, ownerDb, false).database();
  }

  /** The database a write about {@code object} goes to, or null without a router (its own then). */
  public static Database routedWrite(ModelMeta<?> model, Object object, Database remembered) {
    Routes r = routes;
    return r == null ? null : r.route(model, object, remembered, true).database();
  }

  /**
   * Refuses a relation between objects of two databases that the routers of the installed
   * {@code Databases} do not allow (Django's {@code allow_relation}). Without one, Database
   * objects are not named databases (two may be handles on one), and nothing is refused.
   */
  public static void checkRelation(Object owner, Database ownerDb, Object related, Database relatedDb, String what) {
    Routes r = routes;
    if (r != null && ownerDb != null && relatedDb != null && ownerDb != relatedDb) {
      r.checkRelation(owner, ownerDb, related, relatedDb, what);
    }
  }
}
