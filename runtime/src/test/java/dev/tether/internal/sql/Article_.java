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
import dev.tether.path.DateColumn;
import dev.tether.path.ModelPath;
import dev.tether.path.StringColumn;
import java.time.LocalDate;
import java.util.List;

/**
 * Hand-written as the processor will generate it: metadata, columns and hops of {@link Article}.
 * Default ordering {@code -pubDate, headline}.
 */
final class Article_ {
  private Article_() {}

  static final FieldMeta ID = FieldMeta.autoId();
  static final FieldMeta HEADLINE = FieldMeta.of("headline", "headline", SqlType.STRING).withMaxLength(100);
  static final FieldMeta PUB_DATE = FieldMeta.of("pubDate", "pub_date", SqlType.DATE);

  // declared before META, which attaches them; the target is reached only inside the supplier
  static final ForeignKeyMeta<Article, Reporter> REPORTER = ForeignKeyMeta
      .<Article, Reporter>builder("reporter", "reporter_id", SqlType.LONG, () -> Reporter_.META)
      .onDelete(OnDelete.CASCADE)
      .related("articleSet", "article")
      .access(a -> a.reporter, (a, v) -> a.reporter = v)
      .build();
  static final ForeignKeyMeta<Article, Reporter> EDITOR = ForeignKeyMeta
      .<Article, Reporter>builder("editor", "editor_id", SqlType.LONG, () -> Reporter_.META)
      .onDelete(OnDelete.SET_NULL)
      .nullable()
      .related("edited", "edited")
      .access(a -> a.editor, (a, v) -> a.editor = v)
      .build();

  static final ModelMeta<Article> META = new ModelMeta<Article>("Article", "article",
      List.of(ID, HEADLINE, PUB_DATE), List.of(REPORTER, EDITOR), List.of("-pubDate", "headline"),
      List::of) {
    @Override
    public Article instantiate() {
      return new Article();
    }

    @Override
    protected void read(Article o, RowReader r) {
      o.id = r.getLong();
      o.headline = r.getString();
      o.pubDate = r.getLocalDate();
      o.reporter = r.getReference(REPORTER);
      o.editor = r.getReference(EDITOR);
    }

    @Override
    protected void write(Article o, RowWriter w) {
      w.setString(o.headline);
      w.setLocalDate(o.pubDate);
      w.setReference(REPORTER, o.reporter);
      w.setReference(EDITOR, o.editor);
    }

    @Override
    public Object pk(Article o) {
      return o.id;
    }

    @Override
    protected void setPk(Article o, Object pk) {
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
  static final NumberColumn<Article, Long> id = new NumberColumn<>(ROOT, ID);
  static final StringColumn<Article> headline = new StringColumn<>(ROOT, HEADLINE);
  static final DateColumn<Article, LocalDate> pubDate = new DateColumn<>(ROOT, PUB_DATE);

  static Reporter_.Path<Article> reporter() {
    return new Reporter_.Path<>(ROOT.forward(REPORTER));
  }

  static Reporter_.Path<Article> editor() {
    return new Reporter_.Path<>(ROOT.forward(EDITOR));
  }

  /** A path arriving at an article from another model. */
  static final class Path<R> extends ModelPath<R, Article> {
    final NumberColumn<R, Long> id;
    final StringColumn<R> headline;
    final DateColumn<R, LocalDate> pubDate;

    Path(PathNode node) {
      super(node);
      id = new NumberColumn<>(node, ID);
      headline = new StringColumn<>(node, HEADLINE);
      pubDate = new DateColumn<>(node, PUB_DATE);
    }

    Reporter_.Path<R> reporter() {
      return new Reporter_.Path<>(node().forward(REPORTER));
    }

    Reporter_.Path<R> editor() {
      return new Reporter_.Path<>(node().forward(EDITOR));
    }
  }
}
