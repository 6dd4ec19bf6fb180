package dev.tether;

import dev.tether.meta.FieldMeta;
import dev.tether.path.FieldPath;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Manager#bulkCreate(List, OnConflict)} does with a row that breaks a unique
 * constraint: Django's {@code bulk_create(ignore_conflicts=True)} or
 * {@code bulk_create(update_conflicts=True, unique_fields=..., update_fields=...)}.
 * <pre>{@code
 * Tag.objects.bulkCreate(tags, OnConflict.ignore());
 * Tag.objects.bulkCreate(tags, OnConflict.update(Tag_.name).set(Tag_.color));   // an upsert
 * }</pre>
 *
 * @param <T> the model
 */
public final class OnConflict<T> {
  final boolean update;
  final List<FieldMeta> unique;
  final List<FieldMeta> set;

  private OnConflict(boolean update, List<FieldMeta> unique, List<FieldMeta> set) {
    this.update = update;
    this.unique = unique;
    this.set = set;
  }

  /**
   * Skip the rows that conflict ({@code ON CONFLICT DO NOTHING}; MariaDB's {@code INSERT IGNORE},
   * which also skips rows other errors refuse). As in Django, the objects created get no
   * generated key: those without one stay unsaved-looking; read them back by a unique field.
   */
  public static <T> OnConflict<T> ignore() {
    return new OnConflict<>(false, List.of(), List.of());
  }

  /**
   * Update the existing row when these unique columns repeat it; name the columns to update with
   * {@link #set}. MariaDB updates on a conflict of any unique key and does not name these.
   */
  @SafeVarargs
  public static <T> OnConflict<T> update(FieldPath<T>... uniqueFields) {
    return new OnConflict<>(true, fields("update", uniqueFields), List.of());
  }

  /** The columns the upsert overwrites with the new row's values. */
  @SafeVarargs
  public final OnConflict<T> set(FieldPath<T>... updateFields) {
    if (!update) {
      throw new IllegalStateException("OnConflict.ignore() updates nothing: use OnConflict.update(...).set(...)");
    }
    return new OnConflict<>(true, unique, fields("set", updateFields));
  }

  @SafeVarargs
  private static <T> List<FieldMeta> fields(String method, FieldPath<T>... columns) {
    List<FieldMeta> out = new ArrayList<>();
    for (FieldPath<T> c : columns) {
      try {
        out.add(c.ownColumn());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("OnConflict." + method + "(): " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  /** Whether conflicting rows are updated (else skipped). */
  boolean updates() {
    return update;
  }

  /** The unique columns that trigger the update. */
  List<FieldMeta> uniqueFields() {
    return unique;
  }

  /** The columns the update overwrites. */
  List<FieldMeta> updateFields() {
    return set;
  }
}
