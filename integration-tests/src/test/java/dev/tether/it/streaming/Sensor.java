package dev.tether.it.streaming;

import dev.tether.Field;
import dev.tether.Model;

/** A sensor whose readings are streamed ({@code sensor.readingSet()}). */
@Model(table = "streaming_sensor", ordering = {"name"})
public class Sensor extends SensorModel {
  @Field(maxLength = 50) String name;

  @Override
  public String toString() {
    return name;
  }
}
