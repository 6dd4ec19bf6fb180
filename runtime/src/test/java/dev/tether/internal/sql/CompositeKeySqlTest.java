package dev.tether.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tether.MultipleObjectsReturned;
import dev.tether.ObjectDoesNotExist;
import dev.tether.internal.dialect.Dialect;
import dev.tether.internal.query.KeyMatch;
import dev.tether.internal.query.Lookup;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.meta.Entity;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowReader;
import dev.tether.meta.RowWriter;
import dev.tether.meta.SqlType;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Filters on a composite primary key: row values {@code (a, b) IN ((?, ?), ...)} where the
 * dialect compares them (SQLite, PostgreSQL, MariaDB), an OR of ANDs where it does not; the
 * statements by key compare every key column.
 */
class CompositeKeySqlTest {
  record Key(long tenant, int num) {}

  static final class Line extends Entity {
    long tenant;
    int num;
    String note;
  }

  static final ModelMeta<Line> LINE = new ModelMeta<Line>("Line", "line", List.of(
      FieldMeta.of("tenant", "tenant", SqlType.LONG).asPrimaryKey(false),
      FieldMeta.of("num", "num", SqlType.INT).asPrimaryKey(false),
      FieldMeta.of("note", "note", SqlType.STRING)), List.of(), List.of(), List::of) {
    @Override
    public Line instantiate() {
      return new Line();
    }

    @Override
    protected void read(Line o, RowReader r) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected void write(Line o, RowWriter w) {
      w.setString(o.note);
    }

    @Override
    public Object pk(Line o) {
      return new Key(o.tenant, o.num);
    }

    @Override
    protected void setPk(Line o, Object pk) {}

    @Override
    public List<Object> keyValues(Object key) {
      Key k = (Key) key;
      return Arrays.asList(k.tenant(), k.num());
    }

    @Override
    public Object keyOf(List<Object> values) {
      return new Key((Long) values.get(0), (Integer) values.get(1));
    }

    @Override
    public ObjectDoesNotExist doesNotExist(String message) {
      return new ObjectDoesNotExist(message);
    }

    @Override
    public MultipleObjectsReturned multipleObjectsReturned(String message) {
      return new MultipleObjectsReturned(message);
    }
  };

  /** A database that cannot compare row values. */
  static final Dialect NO_ROW_VALUES = new Dialect() {
    @Override
    public String name() {
      return "none";
    }

    @Override
    public int maxParameters() {
      return 1000;
    }

    @Override
    public Instant getInstant(ResultSet rs, int i) {
      throw new UnsupportedOperationException();
    }

    @Override
    public UUID getUuid(ResultSet rs, int i) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String lookup(Lookup lookup, String lhs, String value, List<Object> params) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String datePart(String part, String lhs) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String truncate(String unit, String lhs, SqlType type) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String columnType(FieldMeta field) {
      return "x";
    }

    @Override
    public String autoKeyDefinition(FieldMeta pk) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean comparesRowValues() {
      return false;
    }

    @Override
    public String jsonAt(String lhs, List<Object> path, List<Object> params) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String jsonEquals(String lhs, List<Object> path, String json, List<Object> params) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String jsonCompare(String lhs, List<Object> path, String op, java.math.BigDecimal value,
        List<Object> params) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String jsonHasKey(String lhs, List<Object> path, List<Object> params) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String jsonIsNull(String lhs, List<Object> path, List<Object> params) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String now() {
      return "CURRENT_TIMESTAMP";
    }
  };

  private static Sql select(Dialect d, List<Key> keys) {
    Query q = Query.of(LINE).withOrdering(List.of()).withFilter(KeyMatch.in(PathNode.root(LINE), LINE, keys));
    return SqlCompiler.select(d, q);
  }

  @Test
  void rowValuesWhereTheDatabaseComparesThem() {
    Sql sql = select(SqlCase.SQLITE, List.of(new Key(1, 2), new Key(3, 4)));
    assertEquals("SELECT `line`.`tenant`, `line`.`num`, `line`.`note` FROM `line` WHERE (`line`.`tenant`,"
        + " `line`.`num`) IN ((?, ?), (?, ?))", sql.text().replace('"', '`'));
    assertEquals(List.of(1L, 2, 3L, 4), sql.params());
  }

  @Test
  void orOfAndsWhereItDoesNot() {
    Sql sql = select(NO_ROW_VALUES, List.of(new Key(1, 2), new Key(3, 4)));
    assertEquals("SELECT \"line\".\"tenant\", \"line\".\"num\", \"line\".\"note\" FROM \"line\" WHERE"
        + " ((\"line\".\"tenant\" = ? AND \"line\".\"num\" = ?) OR (\"line\".\"tenant\" = ? AND"
        + " \"line\".\"num\" = ?))", sql.text());
    assertEquals(List.of(1L, 2, 3L, 4), sql.params());
    Sql one = select(NO_ROW_VALUES, List.of(new Key(1, 2)));
    assertEquals("SELECT \"line\".\"tenant\", \"line\".\"num\", \"line\".\"note\" FROM \"line\" WHERE"
        + " (\"line\".\"tenant\" = ? AND \"line\".\"num\" = ?)", one.text());
  }

  @Test
  void noKeyMatchesNothing() {
    assertEquals("SELECT `line`.`tenant`, `line`.`num`, `line`.`note` FROM `line` WHERE 1 = 0",
        select(SqlCase.SQLITE, List.of()).text().replace('"', '`'));
  }

  @Test
  void statementsByKeyCompareEveryKeyColumn() {
    ModelSql s = ModelSql.of(LINE, SqlCase.SQLITE);
    assertEquals("UPDATE `line` SET `note` = ? WHERE `tenant` = ? AND `num` = ?", s.updateByKey.replace('"', '`'));
    assertEquals("INSERT INTO `line` (`note`, `tenant`, `num`) VALUES (?, ?, ?)", s.insertWithKey.replace('"', '`'));
    assertEquals("SELECT `line`.`tenant`, `line`.`num`, `line`.`note` FROM `line` WHERE `line`.`tenant` = ? AND"
        + " `line`.`num` = ?", s.selectByKey.replace('"', '`'));
    assertEquals(null, s.insertAuto);
  }
}
