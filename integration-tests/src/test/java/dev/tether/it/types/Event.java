package dev.tether.it.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tether.Convert;
import dev.tether.Field;
import dev.tether.Json;
import dev.tether.Model;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** The types of issue 21: times of day, aware date-times, durations, JSON and a converted field. */
@Model
public class Event extends EventModel {
  String name;
  @Field(nullable = true) LocalTime startsAt;
  @Field(nullable = true) OffsetDateTime happened;
  @Field(nullable = true) Duration took;
  @Json(NodeCodec.class) @Field(nullable = true) JsonNode payload;
  @Json @Field(nullable = true) String raw;
  @Convert(MoneyConverter.class) @Field(nullable = true) Money price;

  public Event() {}

  Event(String name) {
    this.name = name;
  }
}
