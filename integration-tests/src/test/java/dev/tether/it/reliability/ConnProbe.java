package dev.tether.it.reliability;

import dev.tether.Field;
import dev.tether.Model;

/** A named counter with some text: what the connection-layer reliability tests read and write. */
@Model
public class ConnProbe extends ConnProbeModel {
    @Field(maxLength = 40) String name = "";
    long value;
    String body = "";
}
