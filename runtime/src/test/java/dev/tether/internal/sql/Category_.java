package dev.tether.internal.sql;

import dev.tether.MultipleObjectsReturned;
import dev.tether.ObjectDoesNotExist;
import dev.tether.OnDelete;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowReader;
import dev.tether.meta.RowWriter;
import dev.tether.meta.SqlType;
import dev.tether.path.NumberColumn;
import dev.tether.path.ModelPath;
import dev.tether.path.StringColumn;
import java.util.List;

/** Hand-written metadata of {@link Category}: a nullable self-reference, reverse name {@code children}. */
final class Category_ {
  private Category_() {}

  static final FieldMeta ID = FieldMeta.autoId();
  static final FieldMeta NAME = FieldMeta.of("name", "name", SqlType.STRING).withMaxLength(50);

  static final ForeignKeyMeta<Category, Category> PARENT = ForeignKeyMeta
      .<Category, Category>builder("parent", "parent_id", SqlType.LONG, () -> Category_.META)
      .onDelete(OnDelete.CASCADE)
      .nullable()
      .related("children", "children")
      .access(c -> c.parent, (c, v) -> c.parent = v)
      .build();

  static final ModelMeta<Category> META = new ModelMeta<Category>("Category", "category",
      List.of(ID, NAME), List.of(PARENT), List.of(), () -> List.of(Category_.PARENT)) {
    @Override
    public Category instantiate() {
      return new Category();
    }

    @Override
    protected void read(Category o, RowReader r) {
      o.id = r.getLong();
      o.name = r.getString();
      o.parent = r.getReference(PARENT);
    }

    @Override
    protected void write(Category o, RowWriter w) {
      w.setString(o.name);
      w.setReference(PARENT, o.parent);
    }

    @Override
    public Object pk(Category o) {
      return o.id;
    }

    @Override
    protected void setPk(Category o, Object pk) {
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
  static final NumberColumn<Category, Long> id = new NumberColumn<>(ROOT, ID);
  static final StringColumn<Category> name = new StringColumn<>(ROOT, NAME);

  static Path<Category> parent() {
    return new Path<>(ROOT.forward(PARENT));
  }

  static Path<Category> children() {
    return new Path<>(ROOT.reverse(PARENT));
  }

  /** A path arriving at a category. */
  static final class Path<R> extends ModelPath<R, Category> {
    final StringColumn<R> name;

    Path(PathNode node) {
      super(node);
      name = new StringColumn<>(node, NAME);
    }

    Path<R> parent() {
      return new Path<>(node().forward(PARENT));
    }

    Path<R> children() {
      return new Path<>(node().reverse(PARENT));
    }
  }
}
