package test;

import dev.tether.Manager;
import dev.tether.ObjectDoesNotExist;
import dev.tether.internal.persist.Deferred;
import dev.tether.meta.Entity;
import dev.tether.path.FieldPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Generated base of {@link Article}: its default manager, persistence and relations.
 * Declare the model as {@code class Article extends ArticleModel}.
 */
@Generated("dev.tether.processor.TetherProcessor")
public abstract class ArticleModel extends Entity {
    /**
     * The default manager, Django's {@code Article.objects}: queries on the default database.
     */
    public static final Manager<Article> objects = new Manager<>(Article_.META);

    /**
     * The implicit auto-increment primary key, column {@code id}.
     */
    Long id;

    /**
     * For {@link Article} only. Sets the declared {@code defaultValue}s, as Django does when it
     * builds an instance.
     */
    protected ArticleModel() {
        Article_.META.adopt(this);
    }

    /**
     * The primary key, {@code null} before the first save.
     */
    public final Long id() {
        return (Long) Article_.META.pk((Article) this);
    }

    /**
     * The primary key ({@code id}), {@code null} before the first save. Django's {@code pk}.
     */
    public final Long pk() {
        return (Long) Article_.META.pk((Article) this);
    }

    /**
     * Updates only these columns of this row: Django's {@code save(update_fields=[...])}. Calls
     * {@code beforeSave()}/{@code afterSave(false)}; no key is an IllegalStateException, and no row
     * updated a {@link dev.tether.TetherException} ("Save with update_fields did not affect any rows").
     */
    @SafeVarargs
    public final void saveFields(FieldPath<Article>... fields) {
        List<FieldPath<?>> columns = new ArrayList<>();
        for (FieldPath<Article> f : fields) columns.add(f);
        Deferred.save(Article_.META, (Article) this, columns);
    }

    /**
     * The related {@link Reporter} ({@code reporter_id}), loaded with one query on first use, then cached;
     * never null: if it was never set, {@code Reporter.RelatedObjectDoesNotExist} (a
     * {@code Reporter.DoesNotExist}). Django's {@code article.reporter}.
     */
    public final Reporter reporter() {
        return Article_.REPORTER.load((Article) this);
    }

    /**
     * The key stored in {@code reporter_id}, without a query. Django's {@code reporter_id}.
     */
    public final Long reporterId() {
        return (Long) Article_.REPORTER.key((Article) this);
    }

    /**
     * Points {@code reporter} at the row with this key (saved by {@link #save()}),
     * dropping a loaded object unless the key is the same. Django's {@code reporter_id = key}.
     */
    public final void setReporterId(Long key) {
        Article_.REPORTER.setKey((Article) this, key);
    }

    /**
     * Bean getter of {@code id}.
     */
    public final Long getId() {
        return this.id;
    }

    /**
     * Bean setter of {@code id}.
     */
    public final void setId(Long id) {
        this.id = id;
    }

    /**
     * Bean getter of {@code headline}; loads it first (one query) if {@code only()}/{@code defer()} left it unread.
     */
    public final String getHeadline() {
        Article_.META.loadDeferred((Article) this, "headline");
        return ((Article) this).headline;
    }

    /**
     * Bean setter of {@code headline}.
     */
    public final void setHeadline(String headline) {
        ((Article) this).headline = headline;
    }

    /**
     * Bean getter of {@code pubDate}; loads it first (one query) if {@code only()}/{@code defer()} left it unread.
     */
    public final LocalDate getPubDate() {
        Article_.META.loadDeferred((Article) this, "pubDate");
        return ((Article) this).pubDate;
    }

    /**
     * Bean setter of {@code pubDate}.
     */
    public final void setPubDate(LocalDate pubDate) {
        ((Article) this).pubDate = pubDate;
    }

    /**
     * Bean getter: {@link #reporter()}.
     */
    public final Reporter getReporter() {
        return reporter();
    }

    /**
     * Bean setter of {@code reporter}.
     */
    public final void setReporter(Reporter reporter) {
        ((Article) this).reporter = reporter;
    }

    /**
     * Bean getter: {@link #reporterId()}.
     */
    public final Long getReporterId() {
        return reporterId();
    }

    /**
     * Thrown when a query for one {@link Article} finds none. Django's {@code Article.DoesNotExist}.
     */
    public static class DoesNotExist extends ObjectDoesNotExist {
        private static final long serialVersionUID = 1L;

        public DoesNotExist(String message) {
            super(message);
        }
    }

    /**
     * Thrown when a relation to {@link Article} that may not be null is read before it was set, or
     * when a reverse one-to-one to it finds none; a {@code Article.DoesNotExist}. Django's
     * {@code RelatedObjectDoesNotExist}.
     */
    public static class RelatedObjectDoesNotExist extends DoesNotExist {
        private static final long serialVersionUID = 1L;

        public RelatedObjectDoesNotExist(String message) {
            super(message);
        }
    }

    /**
     * Thrown when {@code get()} finds several {@link Article}s. Django's {@code Article.MultipleObjectsReturned}.
     */
    public static class MultipleObjectsReturned extends dev.tether.MultipleObjectsReturned {
        private static final long serialVersionUID = 1L;

        public MultipleObjectsReturned(String message) {
            super(message);
        }
    }
}
