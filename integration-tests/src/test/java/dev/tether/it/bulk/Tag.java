package dev.tether.it.bulk;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code queries.Tag}, reduced to its name. */
@Model(table = "bulk_tag")
public class Tag extends TagModel {
    @Field(maxLength = 10) String name;
}
