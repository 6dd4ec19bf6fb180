package dev.tether.sample.blog;

import dev.tether.AbstractModel;
import dev.tether.Field;
import java.time.Instant;

/** When a row was made and last saved; authors and posts inherit it (Django's abstract base). */
@AbstractModel
public abstract class Timestamped extends TimestampedModel {
  @Field(autoNowAdd = true) Instant createdAt;
  @Field(autoNow = true) Instant updatedAt;
}
