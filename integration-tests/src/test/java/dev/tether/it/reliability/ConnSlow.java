package dev.tether.it.reliability;

import dev.tether.Model;

/**
 * A model whose table the timeout tests replace by a view that takes seconds to read
 * ({@link SlowView}), so that a query through Tether's own API is slow on every database.
 */
@Model
public class ConnSlow extends ConnSlowModel {
    long n;
}
