package dev.tether.spring.boot.example;

import dev.tether.Field;
import dev.tether.Model;

/** A list of things to do. */
@Model(table = "example_todo_list")
public class TodoList extends TodoListModel {
  @Field(maxLength = 50) String name;

  public TodoList() {}

  public String name() {
    return name;
  }
}
