package dev.tether.it.choices;

/** Stored by name (no {@code @Choice}): labels are made from the names. */
public enum Mood {
  HAPPY,
  RATHER_SAD
}
