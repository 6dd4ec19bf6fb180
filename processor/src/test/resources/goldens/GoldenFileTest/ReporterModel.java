package test;

import dev.tether.Manager;
import dev.tether.ObjectDoesNotExist;
import dev.tether.RelatedManager;
import dev.tether.internal.persist.Deferred;
import dev.tether.meta.Entity;
import dev.tether.path.FieldPath;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Generated base of {@link Reporter}: its default manager, persistence and relations.
 * Declare the model as {@code class Reporter extends ReporterModel}.
 */
@Generated("dev.tether.processor.TetherProcessor")
public abstract class ReporterModel extends Entity {
    /**
     * The default manager, Django's {@code Reporter.objects}: queries on the default database.
     */
    public static final Manager<Reporter> objects = new Manager<>(Reporter_.META);

    /**
     * The implicit auto-increment primary key, column {@code id}.
     */
    Long id;

    /**
     * For {@link Reporter} only. Sets the declared {@code defaultValue}s, as Django does when it
     * builds an instance.
     */
    protected ReporterModel() {
        Reporter_.META.adopt(this);
    }

    /**
     * The primary key, {@code null} before the first save.
     */
    public final Long id() {
        return (Long) Reporter_.META.pk((Reporter) this);
    }

    /**
     * The primary key ({@code id}), {@code null} before the first save. Django's {@code pk}.
     */
    public final Long pk() {
        return (Long) Reporter_.META.pk((Reporter) this);
    }

    /**
     * Updates only these columns of this row: Django's {@code save(update_fields=[...])}. Calls
     * {@code beforeSave()}/{@code afterSave(false)}; no key is an IllegalStateException, and no row
     * updated a {@link dev.tether.TetherException} ("Save with update_fields did not affect any rows").
     */
    @SafeVarargs
    public final void saveFields(FieldPath<Reporter>... fields) {
        List<FieldPath<?>> columns = new ArrayList<>();
        for (FieldPath<Reporter> f : fields) columns.add(f);
        Deferred.save(Reporter_.META, (Reporter) this, columns);
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
     * Bean getter of {@code firstName}; loads it first (one query) if {@code only()}/{@code defer()} left it unread.
     */
    public final String getFirstName() {
        Reporter_.META.loadDeferred((Reporter) this, "firstName");
        return ((Reporter) this).firstName;
    }

    /**
     * Bean setter of {@code firstName}.
     */
    public final void setFirstName(String firstName) {
        ((Reporter) this).firstName = firstName;
    }

    /**
     * Bean getter of {@code lastName}; loads it first (one query) if {@code only()}/{@code defer()} left it unread.
     */
    public final String getLastName() {
        Reporter_.META.loadDeferred((Reporter) this, "lastName");
        return ((Reporter) this).lastName;
    }

    /**
     * Bean setter of {@code lastName}.
     */
    public final void setLastName(String lastName) {
        ((Reporter) this).lastName = lastName;
    }

    /**
     * Bean getter of {@code email}; loads it first (one query) if {@code only()}/{@code defer()} left it unread.
     */
    public final String getEmail() {
        Reporter_.META.loadDeferred((Reporter) this, "email");
        return ((Reporter) this).email;
    }

    /**
     * Bean setter of {@code email}.
     */
    public final void setEmail(String email) {
        ((Reporter) this).email = email;
    }

    /**
     * The {@link Article}s whose {@code reporter} is this object: a query set with
     * {@code create}, {@code add}, {@code set}. Django's {@code reporter.article_set}.
     */
    public final RelatedManager<Article> articleSet() {
        return Article_.REPORTER.related((Reporter) this);
    }

    /**
     * Thrown when a query for one {@link Reporter} finds none. Django's {@code Reporter.DoesNotExist}.
     */
    public static class DoesNotExist extends ObjectDoesNotExist {
        private static final long serialVersionUID = 1L;

        public DoesNotExist(String message) {
            super(message);
        }
    }

    /**
     * Thrown when a relation to {@link Reporter} that may not be null is read before it was set, or
     * when a reverse one-to-one to it finds none; a {@code Reporter.DoesNotExist}. Django's
     * {@code RelatedObjectDoesNotExist}.
     */
    public static class RelatedObjectDoesNotExist extends DoesNotExist {
        private static final long serialVersionUID = 1L;

        public RelatedObjectDoesNotExist(String message) {
            super(message);
        }
    }

    /**
     * Thrown when {@code get()} finds several {@link Reporter}s. Django's {@code Reporter.MultipleObjectsReturned}.
     */
    public static class MultipleObjectsReturned extends dev.tether.MultipleObjectsReturned {
        private static final long serialVersionUID = 1L;

        public MultipleObjectsReturned(String message) {
            super(message);
        }
    }
}
