package dev.tether.it.validation;

/** A choice field's constants. */
public enum Size {
  SMALL,
  LARGE
}
