package dev.tether.it.bulk;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code bulk_create.UpsertConflict}: a unique number. */
@Model(table = "bulk_upsert_conflict")
public class UpsertConflict extends UpsertConflictModel {
    @Field(unique = true) int number;
    int rank;
    @Field(maxLength = 15) String name;
}
