package dev.tether;

import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.jdbc.Engines;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Several named databases and the routers that choose between them: Django's {@code DATABASES}
 * and {@code DATABASE_ROUTERS}. One database is named {@code "default"}.
 * <pre>{@code
 * Databases dbs = Databases.builder()
 *     .add("default", Database.open(primaryUrl, user, password))
 *     .add("replica", Database.open(replicaUrl, user, password))
 *     .router(ReplicaRouter.of("default", "replica"))
 *     .build();
 * dbs.install();                          // Article.objects now asks the routers
 * Article.objects.filter(...).list();     // a read: on the replica
 * article.save();                         // a write: on the primary
 * Article.objects.using(dbs.get("default")).count();   // using() still decides
 * }</pre>
 * Routers are asked in order; the first answer that is not null wins (see {@link Router}). Objects
 * remember the database they were read from or saved to, which is the router's default for what
 * is done with them later.
 */
public final class Databases implements AutoCloseable {
  private static volatile Databases installed;

  private final Map<String, Database> byAlias;
  private final Router[] routers;
  private final Database defaultDb;
  private final Engines.Routes routes = new RouterChain();

  private Databases(Map<String, Database> byAlias, List<Router> routers) {
    this.byAlias = byAlias;
    this.routers = routers.toArray(new Router[0]);
    this.defaultDb = byAlias.get("default");
  }

  /** Starts a configuration: {@code add} each database, then the routers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Databases}. */
  public static final class Builder {
    private final Map<String, Database> byAlias = new LinkedHashMap<>();
    private final List<Router> routers = new ArrayList<>();

    private Builder() {}

    /** Adds {@code database} under {@code alias}; one of them must be {@code "default"}. */
    public Builder add(String alias, Database database) {
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(database, "database");
      if (byAlias.containsKey(alias)) {
        throw new IllegalArgumentException("two databases named \"" + alias + "\"");
      }
      if (byAlias.containsValue(database)) {
        throw new IllegalArgumentException(database + " is added twice (as \"" + alias + "\" too)");
      }
      byAlias.put(alias, database);
      return this;
    }

    /** Appends routers to the chain, asked in order. */
    public Builder router(Router... more) {
      for (Router r : more) {
        routers.add(Objects.requireNonNull(r, "router"));
      }
      return this;
    }

    /** The configuration; each database is named by its alias from now on ({@link Database#alias()}). */
    public Databases build() {
      if (!byAlias.containsKey("default")) {
        throw new IllegalArgumentException("no database named \"default\" among " + byAlias.keySet()
            + ": add(\"default\", db) the one Model.objects uses when no router decides");
      }
      Databases d = new Databases(new LinkedHashMap<>(byAlias), routers);
      byAlias.forEach((alias, db) -> db.setAlias(alias));
      for (Router r : routers) {
        r.attach(d);
      }
      return d;
    }
  }

  /**
   * Makes this configuration the one {@code Model.objects} uses: its {@code "default"} database
   * becomes {@link Database#getDefault()} and every query, save and delete that names no database
   * goes where the routers send it. {@link Database#setDefault} undoes it.
   */
  public Databases install() {
    Database.setDefault(defaultDb);
    installed = this;
    Engines.route(routes);
    return this;
  }

  /** The configuration {@link #install()} made current, or null. */
  public static Databases installed() {
    Databases d = installed;
    return d != null && d.defaultDb == currentDefault() ? d : null;
  }

  private static Database currentDefault() {
    try {
      return Database.getDefault();
    } catch (IllegalStateException none) {
      return null;
    }
  }

  /** The database named {@code alias}; an unknown name throws IllegalArgumentException listing the names. */
  public Database get(String alias) {
    Database db = byAlias.get(alias);
    if (db == null) {
      throw new IllegalArgumentException("no database named \"" + alias + "\": the names are " + byAlias.keySet());
    }
    return db;
  }

  /** The names, in the order they were added. */
  public Set<String> aliases() {
    return byAlias.keySet();
  }

  /** Where a read of {@code model} goes: Django's {@code router.db_for_read}. */
  public Database dbForRead(ModelMeta<?> model) {
    return decide(model, null, null, false);
  }

  /** Where a write of {@code model} goes: Django's {@code router.db_for_write}. */
  public Database dbForWrite(ModelMeta<?> model) {
    return decide(model, null, null, true);
  }

  /**
   * Whether objects {@code a} and {@code b} may be related: the first router's opinion, else
   * whether they come from one database (Django's {@code router.allow_relation}).
   */
  public boolean allowRelation(Object a, Object b) {
    return allowRelation(a, ModelMeta.databaseOf(a), b, ModelMeta.databaseOf(b));
  }

  private boolean allowRelation(Object a, Database da, Object b, Database dbb) {
    for (Router r : routers) {
      Boolean allow = r.allowRelation(a, b);
      if (allow != null) {
        return allow;
      }
    }
    return da == null || dbb == null || da == dbb;
  }

  /** Whether {@code model}'s table belongs on the database named {@code alias} (Django's {@code router.allow_migrate_model}). */
  public boolean allowMigrate(String alias, ModelMeta<?> model) {
    get(alias);
    for (Router r : routers) {
      Boolean allow = r.allowMigrate(alias, model);
      if (allow != null) {
        return allow;
      }
    }
    return true;
  }

  /**
   * Brings the database named {@code alias} up to date for the models the routers allow there
   * (Django's {@code migrate --database NAME}): without migration files, creates their tables;
   * with them, applies them when any compiled model is allowed. A database no model is allowed on
   * (a replica, with {@link ReplicaRouter}) is left alone. Returns whether anything was run.
   */
  public boolean migrate(String alias) {
    Database db = get(alias);
    List<ModelMeta<?>> allowed = new ArrayList<>();
    List<ModelMeta<?>> models = Migrations.compiledModels();
    for (ModelMeta<?> m : models) {
      if (allowMigrate(alias, m)) {
        allowed.add(m);
      }
    }
    if (allowed.isEmpty() && !models.isEmpty()) {
      return false;
    }
    if (!Migrations.migrateFromClassPath(db, models)) {
      db.createTables(allowed);
    }
    return true;
  }

  /** {@link #migrate(String)} on every database, in the order they were added. */
  public void migrate() {
    for (String alias : byAlias.keySet()) {
      migrate(alias);
    }
  }

  /** Records the statements of every database in one list; {@link CapturedQuery#database()} says where each ran. */
  public CapturedQueries captureQueries() {
    List<Engine> engines = new ArrayList<>();
    for (Database db : byAlias.values()) {
      engines.add(db.engine());
    }
    return new CapturedQueries(engines);
  }

  /** Closes every database (and undoes {@link #install()} when this configuration is installed). */
  @Override
  public void close() {
    for (Router r : routers) {
      if (r instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          throw new TetherException("closing " + r + ": " + e.getMessage(), e);
        }
      }
    }
    if (installed == this) {
      installed = null;
      Engines.route(null);
    }
    for (Database db : byAlias.values()) {
      db.close();
    }
  }

  @Override
  public String toString() {
    return "Databases" + byAlias.keySet();
  }

  private Database decide(ModelMeta<?> model, Object instance, Database remembered, boolean write) {
    for (Router r : routers) {
      String alias = write ? r.dbForWrite(model, instance) : r.dbForRead(model, instance);
      if (alias != null) {
        return get(alias);
      }
    }
    return remembered != null ? remembered : defaultDb;
  }

  /** The routing hook {@link #install()} hands the runtime. */
  private final class RouterChain implements Engines.Routes {
    @Override
    public Engine route(ModelMeta<?> model, Object instance, Database remembered, boolean write) {
      return decide(model, instance, remembered, write).engine();
    }

    @Override
    public void checkRelation(Object owner, Database ownerDb, Object related, Database relatedDb, String what) {
      if (!allowRelation(related, relatedDb, owner, ownerDb)) {
        throw new IllegalArgumentException("Cannot assign \"" + related + "\" to " + what
            + ": the current database router prevents this relation (" + owner + " is on database \""
            + ownerDb.alias() + "\", " + related + " on database \"" + relatedDb.alias() + "\")");
      }
    }
  }
}
