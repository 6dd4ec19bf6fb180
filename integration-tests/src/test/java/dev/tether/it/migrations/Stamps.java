package dev.tether.it.migrations;

import dev.tether.AbstractModel;
import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.OnDelete;
import java.time.Instant;
import java.time.LocalDateTime;

/** An abstract base whose columns {@link Memo} gains in {@link AbstractBaseMigrationTest}. */
@AbstractModel
public abstract class Stamps extends StampsModel {
  @Field(autoNowAdd = true) Instant createdAt;
  @Field(autoNow = true) LocalDateTime updatedAt;

  @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "{class}s")
  Pen pen;
}
