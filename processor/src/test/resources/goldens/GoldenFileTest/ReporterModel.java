package test;

import dev.tether.DeleteResult;
import dev.tether.Manager;
import dev.tether.ObjectDoesNotExist;
import dev.tether.RelatedManager;
import dev.tether.internal.deletion.Collector;
import dev.tether.internal.persist.Deferred;
import dev.tether.internal.persist.Persister;
import dev.tether.internal.persist.Validator;
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
     * Inserts this row, or updates it when it has a key. Django's {@code save()}.
     * @throws IllegalStateException if a related object is unsaved (nothing is written)
     * @throws dev.tether.IntegrityException if the database refuses the row
     */
    public void save() {
        Persister.save(Reporter_.META, (Reporter) this);
    }

    /**
     * Deletes this row and what cascades from it, in one transaction; the key becomes
     * {@code null}. Django's {@code delete()}.
     * @throws IllegalStateException if this object was never saved
     */
    public DeleteResult delete() {
        return Collector.deleteObject(Reporter_.META, (Reporter) this);
    }

    /**
     * Reloads every column from the database. Django's {@code refresh_from_db()}.
     */
    public void refreshFromDb() {
        Persister.refresh(Reporter_.META, (Reporter) this);
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
     * Checks every column's nullability and length and every unique field and group (one
     * query each, leaving out this row), before the database sees them. Django's
     * {@code full_clean()}. {@link #save()} does not call it.
     * @throws dev.tether.ValidationException with the messages per field
     */
    public void fullClean() {
        Validator.fullClean(Reporter_.META, (Reporter) this);
    }

    /**
     * Called by {@link #save()} (and so by {@code objects.create()} and the related managers'
     * {@code create()}/{@code add(false, ...)}) before the row is written; may change fields. Django's
     * {@code pre_save}. Not called by {@code bulkCreate}, {@code update()} or {@code bulkUpdate}.
     */
    protected void beforeSave() {
    }

    /**
     * Called by {@link #save()} once the row is written, in its transaction if any;
     * {@code created} when it was inserted. Django's {@code post_save}. Not called by
     * {@code bulkCreate}, {@code update()} or {@code bulkUpdate}.
     */
    protected void afterSave(boolean created) {
    }

    /**
     * Called before this row is deleted, by {@link #delete()} or by a delete that cascades to
     * it, before any row of that delete goes. Django's {@code pre_delete}. Overriding it makes
     * deletes fetch this model's rows instead of deleting them by one query.
     */
    protected void beforeDelete() {
    }

    /**
     * Called once every row of the delete that removed this one is gone, in its transaction.
     * Django's {@code post_delete}. Overriding it makes deletes fetch this model's rows.
     */
    protected void afterDelete() {
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
     * Django's model equality: another {@link Reporter} with the same key. An unsaved object
     * equals only itself.
     */
    @Override
    public boolean equals(Object other) {
        return Reporter_.META.sameRow((Reporter) this, other);
    }

    /**
     * The key's hash; while unsaved, the identity hash (so do not keep unsaved objects in
     * hash sets across their first save).
     */
    @Override
    public int hashCode() {
        return Reporter_.META.rowHash((Reporter) this);
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
