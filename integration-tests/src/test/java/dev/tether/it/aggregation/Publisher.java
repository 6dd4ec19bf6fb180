package dev.tether.it.aggregation;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code aggregation.Publisher}. */
@Model(table = "aggregation_publisher")
public class Publisher extends PublisherModel {
  @Field(maxLength = 255) String name;
  int numAwards;

  @Override
  public String toString() {
    return name;
  }
}
