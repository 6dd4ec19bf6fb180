package dev.tether.it.getorcreate;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code get_or_create.Book} (its publisher key; the authors relation is left out). */
@Model(table = "get_or_create_book")
public class Book extends BookModel {
    @Field(maxLength = 100) String name;
    @ForeignKey(onDelete = OnDelete.CASCADE) Publisher publisher;
}
