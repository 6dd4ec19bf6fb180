package dev.tether.it.signals;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Inherits its delete hooks from {@link Audited}; deleted by cascade from its person. */
@Model(table = "signals_memo", inherits = Audited.class)
public class Memo extends MemoModel {
  @ForeignKey(onDelete = OnDelete.CASCADE) Person writer;
}
