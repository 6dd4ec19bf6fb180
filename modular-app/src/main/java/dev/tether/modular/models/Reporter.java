package dev.tether.modular.models;

import dev.tether.Field;
import dev.tether.Model;

@Model(ordering = "name")
public class Reporter extends ReporterModel {
    @Field(maxLength = 50) String name;
    boolean active;
}
