package dev.tether.it.getorcreate;

import dev.tether.Field;
import dev.tether.Model;
import java.time.LocalDate;

/** Django's {@code get_or_create.Person}: a unique first name and a required birthday. */
@Model(table = "get_or_create_person")
public class Person extends PersonModel {
    @Field(maxLength = 100, unique = true) String firstName;
    @Field(maxLength = 100) String lastName;
    LocalDate birthday;
    @Field(maxLength = 100, nullable = true) String defaults;
}
