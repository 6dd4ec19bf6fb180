package dev.tether.it.abstracts;

import dev.tether.AbstractModel;
import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.OnDelete;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Shared columns: when a row was made and changed, and who owns it (Django's abstract base). */
@AbstractModel
public abstract class Stamped extends StampedModel {
  @Field(autoNowAdd = true) Instant createdAt;
  @Field(autoNow = true) LocalDateTime updatedAt;
  @Field(autoNowAdd = true) LocalDate createdOn;

  @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "{class}s")
  Owner owner;
}
