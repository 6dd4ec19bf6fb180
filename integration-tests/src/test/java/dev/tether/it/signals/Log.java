package dev.tether.it.signals;

import java.util.ArrayList;
import java.util.List;

/** What the hooks saw, in order (Django's signals tests collect the same in {@code data}). */
final class Log {
  static final List<String> EVENTS = new ArrayList<>();

  private Log() {}

  static void add(String event) {
    EVENTS.add(event);
  }

  static List<String> take() {
    List<String> out = List.copyOf(EVENTS);
    EVENTS.clear();
    return out;
  }
}
