package dev.tether.mm.core;

import dev.tether.Field;
import dev.tether.Model;
import dev.tether.PrimaryKey;

/** A reporter, keyed by a code: the target of relations from module {@code app} with a {@code String} key. */
@Model
public class Reporter extends ReporterModel {
  @PrimaryKey @Field(maxLength = 10) public String code;
  @Field(maxLength = 50) public String name;

  @Override
  public String toString() {
    return name;
  }
}
