package dev.tether.it.migrations;

import dev.tether.Field;
import dev.tether.Model;

/** A model whose columns partly come from {@link Stamps}. */
@Model(table = "mig_memo", inherits = Stamps.class)
public class Memo extends MemoModel {
  @Field(maxLength = 50) String text;
}
