package dev.tether.it.choices;

import dev.tether.Choice;

/** Stored by code, with labels: Django's {@code TextChoices}. */
public enum Status {
  @Choice(code = "d", label = "Draft") DRAFT,
  @Choice(code = "r") IN_REVIEW,
  @Choice(code = "p", label = "Published") PUBLISHED
}
