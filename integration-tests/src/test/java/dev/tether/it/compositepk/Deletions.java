package dev.tether.it.compositepk;

import java.util.ArrayList;
import java.util.List;

/** What the delete hooks of the composite-key models saw. */
final class Deletions {
  static final List<String> LOG = new ArrayList<>();

  private Deletions() {}
}
