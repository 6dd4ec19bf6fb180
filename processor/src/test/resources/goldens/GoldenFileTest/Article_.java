package test;

import dev.tether.MultipleObjectsReturned;
import dev.tether.ObjectDoesNotExist;
import dev.tether.OnDelete;
import dev.tether.Q;
import dev.tether.internal.query.PathNode;
import dev.tether.meta.FieldMeta;
import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ModelMeta;
import dev.tether.meta.RowReader;
import dev.tether.meta.RowWriter;
import dev.tether.meta.SqlType;
import dev.tether.path.Assignment;
import dev.tether.path.DateColumn;
import dev.tether.path.ModelPath;
import dev.tether.path.NumberColumn;
import dev.tether.path.StringColumn;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lookup paths of {@link Article} for filters and ordering:
 * {@code Article.objects.filter(Article_.headline.startsWith("..."))}, Django's keyword lookups in Java.
 */
@Generated("dev.tether.processor.TetherProcessor")
public final class Article_ {
    /**
     * The {@code reporter} foreign key, both ends; for generated code.
     */
    public static final ForeignKeyMeta<Article, Reporter> REPORTER = ForeignKeyMeta.<Article, Reporter>builder("reporter", "reporter_id", SqlType.LONG, () -> Reporter_.META)
    .onDelete(OnDelete.CASCADE)
    .related("articleSet", "article")
    .access(o -> o.reporter, (o, v) -> o.reporter = v)
    .build();

    /**
     * Tether's metadata for {@link Article}; for generated code and the runtime.
     */
    public static final ModelMeta<Article> META = new Meta();

    private static final Path<Article> ROOT = new Path<>(PathNode.root(META));

    /**
     * Column {@code article.id}, the primary key.
     */
    public static final NumberColumn<Article, Long> id = ROOT.id;

    /**
     * Column {@code article.headline}.
     */
    public static final StringColumn<Article> headline = ROOT.headline;

    /**
     * Column {@code article.pub_date}.
     */
    public static final DateColumn<Article, LocalDate> pubDate = ROOT.pubDate;

    private Article_() {
    }

    /**
     * Across {@code reporter} to {@link Reporter}: Django's {@code reporter__...}.
     */
    public static Reporter_.Path<Article> reporter() {
        return ROOT.reporter();
    }

    /**
     * The lookups of {@link Article} reached from model {@code R} across relations.
     * @param <R> the model being filtered
     */
    public static final class Path<R> extends ModelPath<R, Article> {
        /**
         * Column {@code article.id}, the primary key.
         */
        public final NumberColumn<R, Long> id;

        /**
         * Column {@code article.headline}.
         */
        public final StringColumn<R> headline;

        /**
         * Column {@code article.pub_date}.
         */
        public final DateColumn<R, LocalDate> pubDate;

        /**
         * For generated code.
         */
        public Path(PathNode node) {
            super(node);
            this.id = new NumberColumn<>(node, META.field("id"));
            this.headline = new StringColumn<>(node, META.field("headline"));
            this.pubDate = new DateColumn<>(node, META.field("pubDate"));
        }

        /**
         * Across {@code reporter} to {@link Reporter}: Django's {@code reporter__...}.
         */
        public Reporter_.Path<R> reporter() {
            return new Reporter_.Path<>(node().forward(Article_.REPORTER));
        }

        /**
         * The related row has this key: Django's {@code field=key}.
         */
        public Q<R> eq(long key) {
            return eqKey(key);
        }

        /**
         * {@code SET} the key column to this key, for {@code QuerySet.update(...)}: Django's
         * {@code update(field=key)}.
         */
        public Assignment<R> set(long key) {
            return setKey(key);
        }

        /**
         * The related row has one of these keys.
         */
        public Q<R> in(long... keys) {
            return inKeys(keys);
        }
    }

    private static final class Meta extends ModelMeta<Article> {
        Meta() {
            super("Article", "article", List.of(
                        FieldMeta.autoId(),
                        FieldMeta.of("headline", "headline", SqlType.STRING).withMaxLength(100),
                        FieldMeta.of("pubDate", "pub_date", SqlType.DATE),
                        REPORTER.column()),
                    List.of(REPORTER),
                    List.of("-pubDate", "headline"),
                    () -> List.of());
        }

        @Override
        public Article instantiate() {
            return new Article();
        }

        @Override
        protected void read(Article o, RowReader r) {
            o.id = r.getLongValue();
            o.headline = r.getString();
            o.pubDate = r.getLocalDate();
            o.reporter = r.getReference(REPORTER);
        }

        @Override
        protected void write(Article o, RowWriter w) {
            w.setString(o.headline);
            w.setLocalDate(o.pubDate);
            w.setReference(REPORTER, o.reporter);
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
            return new ArticleModel.DoesNotExist(message);
        }

        @Override
        public ObjectDoesNotExist relatedObjectDoesNotExist(String message) {
            return new ArticleModel.RelatedObjectDoesNotExist(message);
        }

        @Override
        public MultipleObjectsReturned multipleObjectsReturned(String message) {
            return new ArticleModel.MultipleObjectsReturned(message);
        }

        @Override
        public void copyField(Article from, Article to, String field) {
            switch (field) {
                case "headline" -> to.headline = from.headline;
                case "pubDate" -> to.pubDate = from.pubDate;
                default -> super.copyField(from, to, field);
            }
        }
    }
}
