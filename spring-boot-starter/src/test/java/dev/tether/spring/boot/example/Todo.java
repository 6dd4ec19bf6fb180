package dev.tether.spring.boot.example;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** One thing to do, on a list. */
@Model(table = "example_todo", ordering = {"title"})
public class Todo extends TodoModel {
  @Field(maxLength = 100) String title;
  boolean done;
  @ForeignKey(onDelete = OnDelete.CASCADE) TodoList list;

  public Todo() {}

  public String title() {
    return title;
  }
}
