package dev.tether.it.transactions;

import dev.tether.Model;

/** Django's {@code transaction_hooks.Thing}. */
@Model(table = "transaction_hooks_thing")
public class Thing extends ThingModel {
    int num;
}
