package dev.tether.it.bulk;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code queries.Note}: a note, a misc text and an optional tag. */
@Model(table = "bulk_note")
public class Note extends NoteModel {
    @Field(maxLength = 100) String note;
    @Field(maxLength = 25) String misc;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) Tag tag;
}
