package dev.tether.it.streaming;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** One reading; a million of them are streamed under a small heap. */
@Model(table = "streaming_reading")
public class Reading extends ReadingModel {
  long number;
  @Field(maxLength = 200) String label;
  @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true) Sensor sensor;

  @Override
  public String toString() {
    return label;
  }
}
