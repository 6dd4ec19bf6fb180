package dev.tether.it.signals;

import dev.tether.AbstractModel;
import dev.tether.Field;

/** An abstract model whose delete hooks every model inheriting it gets. */
@AbstractModel
public abstract class Audited extends AuditedModel {
  @Field(maxLength = 20) String label;

  @Override
  protected void beforeDelete() {
    Log.add("pre_delete audited " + label);
  }

  @Override
  protected void afterDelete() {
    Log.add("post_delete audited " + label);
  }
}
