/**
 * Tether's runtime. Applications that are modules write {@code requires dev.tether.runtime;} (which
 * brings {@code java.sql}) and {@code provides dev.tether.meta.ModelRegistry with <pkg>.TetherModels;},
 * which the processor checks for them. The {@code internal} packages are exported for generated code
 * only: they are not API.
 */
module dev.tether.runtime {
  requires transitive java.sql;
  requires static com.zaxxer.hikari;   // optional: only servers opened by URL use it
  requires org.xerial.sqlitejdbc;
  requires re2j;   // SQLite's REGEXP (its jar names no module: the name comes from the file)

  exports dev.tether;
  exports dev.tether.meta;
  exports dev.tether.path;
  exports dev.tether.internal.deletion;
  exports dev.tether.internal.persist;
  exports dev.tether.internal.query;

  uses dev.tether.meta.ModelRegistry;
}
