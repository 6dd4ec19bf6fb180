package dev.tether.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modular application on the module path: its tables exist after {@code migrate()} (the
 * registry is found through the module's {@code provides} clause), and it runs in-process and as
 * {@code java -p ... -m dev.tether.modular/dev.tether.modular.Main}.
 */
class ModularAppTest {
    private static final String EXPECTED =
        "byAnn=1 readers=Ann,Bob read=1 active=false deleted=4 articles=0";

    @TempDir Path dir;

    @Test
    void runsInItsNamedModule() {
        assertTrue(Main.class.getModule().isNamed(), "tests must run on the module path");
        assertEquals("dev.tether.modular", Main.class.getModule().getName());
        assertEquals(EXPECTED, Main.run("jdbc:sqlite:" + dir.resolve("app.db")));
    }

    @Test
    void runsAsAnApplication() throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        assertTrue(modulePath != null && !modulePath.isEmpty(), "tests must run on the module path");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-p", modulePath, "-m",
            "dev.tether.modular/dev.tether.modular.Main", "jdbc:sqlite:" + dir.resolve("cli.db")))
            .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the application did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.lines().anyMatch(EXPECTED::equals), out);
    }
}
