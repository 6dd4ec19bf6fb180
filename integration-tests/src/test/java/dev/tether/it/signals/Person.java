package dev.tether.it.signals;

import dev.tether.Field;
import dev.tether.Model;

/** Django's signals test {@code Person}, with every hook logging, and a save() that trims the name. */
@Model(table = "signals_person", ordering = {"firstName"})
public class Person extends PersonModel {
  @Field(maxLength = 20) String firstName;
  @Field(maxLength = 20) String lastName;

  @Override
  public void save() {
    firstName = firstName.strip(); // an overridden save(): create() must go through it
    super.save();
  }

  @Override
  protected void beforeSave() {
    Log.add("pre_save " + this + " pk=" + pk());
  }

  @Override
  protected void afterSave(boolean created) {
    Log.add("post_save " + this + " created=" + created);
  }

  @Override
  protected void beforeDelete() {
    Log.add("pre_delete " + this + " pk=" + pk());
  }

  @Override
  protected void afterDelete() {
    Log.add("post_delete " + this + " pk=" + pk());
  }

  @Override
  public String toString() {
    return firstName + " " + lastName;
  }
}
