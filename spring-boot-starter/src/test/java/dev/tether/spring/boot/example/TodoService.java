package dev.tether.spring.boot.example;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The example's service: Tether inside {@code @Transactional} methods, nothing else to set up. */
@Service
public class TodoService {
  /** Creates a list and its items, all or nothing: a blank title rolls the whole call back. */
  @Transactional
  public TodoList create(String name, List<String> titles) {
    TodoList list = TodoList.objects.create(l -> l.name = name);
    for (String title : titles) {
      if (title.isBlank()) {
        throw new IllegalArgumentException("a blank title on list " + name);
      }
      list.todoSet().create(t -> t.title = title);
    }
    return list;
  }

  @Transactional(readOnly = true)
  public List<String> titles(String listName) {
    return Todo.objects.filter(Todo_.list().name.eq(listName)).stream().map(Todo::title).toList();
  }
}
