package demo.core;

import dev.tether.Field;
import dev.tether.Model;

@Model
public class Reporter extends ReporterModel {
  @Field(maxLength = 30) String name;
}
