package dev.tether.it.choices;

import dev.tether.Choice;

/** Stored by number: Django's {@code IntegerChoices}. */
public enum Priority {
  @Choice(number = 1, label = "Low") LOW,
  @Choice(number = 5, label = "Normal") NORMAL,
  @Choice(number = 9, label = "Urgent!") URGENT
}
