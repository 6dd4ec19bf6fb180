package dev.tether.internal.sql;

import dev.tether.MultipleObjectsReturned;
import dev.tether.ObjectDoesNotExist;
import dev.tether.Q;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowReader;
import dev.tether.meta.RowWriter;
import dev.tether.meta.SqlType;
import dev.tether.path.NumberColumn;
import dev.tether.path.ModelPath;
import dev.tether.path.StringColumn;
import java.util.List;

/** Hand-written as the processor will generate it: metadata, columns and hops of {@link Reporter}. */
final class Reporter_ {
  private Reporter_() {}

  static final FieldMeta ID = FieldMeta.autoId();
  static final FieldMeta FIRST_NAME = FieldMeta.of("firstName", "first_name", SqlType.STRING).withMaxLength(30);
  static final FieldMeta LAST_NAME = FieldMeta.of("lastName", "last_name", SqlType.STRING).withMaxLength(30);
  static final FieldMeta EMAIL = FieldMeta.of("email", "email", SqlType.STRING).withMaxLength(254).asNullable();

  static final ModelMeta<Reporter> META = new ModelMeta<Reporter>("Reporter", "reporter",
      List.of(ID, FIRST_NAME, LAST_NAME, EMAIL), List.of(), List.of(),
      () -> List.of(Article_.REPORTER, Article_.EDITOR)) {
    @Override
    public Reporter instantiate() {
      return new Reporter();
    }

    @Override
    protected void read(Reporter o, RowReader r) {
      o.id = r.getLong();
      o.firstName = r.getString();
      o.lastName = r.getString();
      o.email = r.getString();
    }

    @Override
    protected void write(Reporter o, RowWriter w) {
      w.setString(o.firstName);
      w.setString(o.lastName);
      w.setString(o.email);
    }

    @Override
    public Object pk(Reporter o) {
      return o.id;
    }

    @Override
    protected void setPk(Reporter o, Object pk) {
      o.id = (Long) pk;
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

  static final PathNode ROOT = PathNode.root(META);
  static final NumberColumn<Reporter, Long> id = new NumberColumn<>(ROOT, ID);
  static final StringColumn<Reporter> firstName = new StringColumn<>(ROOT, FIRST_NAME);
  static final StringColumn<Reporter> lastName = new StringColumn<>(ROOT, LAST_NAME);
  static final StringColumn<Reporter> email = new StringColumn<>(ROOT, EMAIL);

  /** Django's {@code article__...}: the reverse of {@code Article.reporter}. */
  static Article_.Path<Reporter> article() {
    return new Article_.Path<>(ROOT.reverse(Article_.REPORTER));
  }

  /** Django's {@code edited__...}: the reverse of {@code Article.editor}. */
  static Article_.Path<Reporter> edited() {
    return new Article_.Path<>(ROOT.reverse(Article_.EDITOR));
  }

  /** A path arriving at a reporter from another model. */
  static final class Path<R> extends ModelPath<R, Reporter> {
    final NumberColumn<R, Long> id;
    final StringColumn<R> firstName;
    final StringColumn<R> lastName;
    final StringColumn<R> email;

    Path(PathNode node) {
      super(node);
      id = new NumberColumn<>(node, ID);
      firstName = new StringColumn<>(node, FIRST_NAME);
      lastName = new StringColumn<>(node, LAST_NAME);
      email = new StringColumn<>(node, EMAIL);
    }

    /** Django's {@code reporter=1}. */
    Q<R> eq(long key) {
      return eqKey(key);
    }

    Article_.Path<R> article() {
      return new Article_.Path<>(node().reverse(Article_.REPORTER));
    }

    Article_.Path<R> edited() {
      return new Article_.Path<>(node().reverse(Article_.EDITOR));
    }
  }
}
