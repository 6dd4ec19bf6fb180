package dev.tether.path;

import dev.tether.meta.FieldMeta;

/**
 * A path that may name one column of model {@code R} itself: a {@link Column}
 * ({@code Article_.headline}) or a foreign key's {@link ModelPath} ({@code Article_.reporter()}).
 * What {@code bulkUpdate} and {@code OnConflict} take, as Django's field names.
 *
 * @param <R> the model
 */
public interface FieldPath<R> {
  /**
   * The column of {@code R} itself this path names (a foreign key's key column); throws
   * IllegalArgumentException for a path across relations or through a transform.
   */
  FieldMeta ownColumn();
}
