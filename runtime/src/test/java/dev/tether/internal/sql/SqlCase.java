package dev.tether.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.QuerySet;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.query.Query;
import dev.tether.meta.Entity;
import dev.tether.meta.ModelMeta;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One row of a compiler table: a statement and the SQL and parameters it must compile to. Expected
 * SQL is written with {@code `} for {@code "} so the tables stay readable.
 */
record SqlCase(String name, Supplier<Sql> compile, String sql, List<Object> params) {
  static final Dialect SQLITE = Dialects.forUrl("jdbc:sqlite::memory:");

  static final String REPORTER_COLS =
      "`reporter`.`id`, `reporter`.`first_name`, `reporter`.`last_name`, `reporter`.`email`";
  static final String SELECT_REPORTER = "SELECT " + REPORTER_COLS + " FROM `reporter`";
  static final String SELECT_ARTICLE = "SELECT `article`.`id`, `article`.`headline`, `article`.`pub_date`,"
      + " `article`.`reporter_id`, `article`.`editor_id` FROM `article`";
  static final String SELECT_CATEGORY =
      "SELECT `category`.`id`, `category`.`name`, `category`.`parent_id` FROM `category`";
  /** Article's default ordering, {@code -pubDate, headline}. */
  static final String ARTICLE_ORDER = " ORDER BY `article`.`pub_date` DESC, `article`.`headline` ASC";

  /** A query set that is only compiled, never run: no database. */
  static <T extends Entity> QuerySet<T> qs(ModelMeta<T> meta) {
    return new QuerySet<>(meta, null, Query.of(meta));
  }

  /** A saved-looking reporter with key {@code id}, for {@code eq(obj)} and {@code in(objs)}. */
  static Reporter reporterRef(long id) {
    return Reporter_.META.reference(id, null);
  }

  static SqlCase of(String name, Supplier<Sql> compile, String sql, Object... params) {
    return new SqlCase(name, compile, sql, Arrays.asList(params));
  }

  /** {@code SqlCompiler.select} of the query set. */
  static SqlCase select(String name, Supplier<QuerySet<?>> qs, String sql, Object... params) {
    return of(name, () -> SqlCompiler.select(SQLITE, qs.get().query()), sql, params);
  }

  /** {@code SqlCompiler.count} of the query set. */
  static SqlCase count(String name, Supplier<QuerySet<?>> qs, String sql, Object... params) {
    return of(name, () -> SqlCompiler.count(SQLITE, qs.get().query()), sql, params);
  }

  /** {@code SqlCompiler.exists} of the query set. */
  static SqlCase exists(String name, Supplier<QuerySet<?>> qs, String sql, Object... params) {
    return of(name, () -> SqlCompiler.exists(SQLITE, qs.get().query()), sql, params);
  }

  /** Compiles twice: the second compilation of a cached shape comes from {@link SqlCache}, and must agree. */
  void check() {
    for (String run : List.of("", " (again)")) {
      Sql actual = compile.get();
      assertEquals(sql.replace('`', '"'), actual.text(), name + run);
      assertEquals(comparable(params), comparable(actual.params()), name + run + " (parameters)");
    }
  }

  @Override
  public String toString() {
    return name;
  }

  /** Byte arrays compared by content. */
  private static List<Object> comparable(List<Object> values) {
    List<Object> out = new java.util.ArrayList<>();
    for (Object v : values) {
      out.add(v instanceof byte[] b ? "bytes:" + java.util.HexFormat.of().formatHex(b) : v);
    }
    return out;
  }
}
