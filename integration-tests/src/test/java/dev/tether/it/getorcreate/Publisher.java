package dev.tether.it.getorcreate;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code get_or_create.Publisher}. */
@Model(table = "get_or_create_publisher")
public class Publisher extends PublisherModel {
    @Field(maxLength = 100) String name;
}
