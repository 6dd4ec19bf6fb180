/**
 * An application that is a module. The two lines Tether needs: {@code requires dev.tether.runtime}
 * (which brings {@code java.sql}) and the {@code provides} clause naming the generated registry,
 * without which the processor reports TETHER-E601 here (a named module ignores META-INF/services).
 */
module dev.tether.modular {
    requires dev.tether.runtime;

    provides dev.tether.meta.ModelRegistry with dev.tether.modular.models.TetherModels;
}
