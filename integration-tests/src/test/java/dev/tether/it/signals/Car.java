package dev.tether.it.signals;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** A car owned by a person: cascaded deletes reach its delete hooks. */
@Model(table = "signals_car")
public class Car extends CarModel {
  @Field(maxLength = 20) String make;
  @ForeignKey(onDelete = OnDelete.CASCADE) Person owner;

  @Override
  protected void beforeSave() {
    Log.add("pre_save car " + make);
  }

  @Override
  protected void afterSave(boolean created) {
    Log.add("post_save car " + make + " created=" + created);
  }

  @Override
  protected void beforeDelete() {
    Log.add("pre_delete car " + make + " pk=" + pk());
  }

  @Override
  protected void afterDelete() {
    Log.add("post_delete car " + make);
  }
}
