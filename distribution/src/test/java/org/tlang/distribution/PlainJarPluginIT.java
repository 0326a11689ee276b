package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.tlang.api.RunRequest;
import org.tlang.api.RunResult;
import org.tlang.api.SwapResult;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * The plain-jar plugin ({@code examples/plain-jar-plugin}) in the runtime as shipped, whose host
 * exports the API's packages and whose SPI Fly starts at level 1: installed while the runtime
 * runs, its module is imported by a program and its scheduler is swapped to.
 */
class PlainJarPluginIT {
    static final String PROFILE = "[scheduler]\nimpl = \"virtual\"\n[io]\nimpl = \"blocking\"\n[allocator]\nimpl = \"general\"\n[tier]\nimpl = \"interp\"\n";

    @TempDir
    Path temp;

    @Test
    void itsModuleIsImportedAndItsSchedulerSwappedTo() throws Exception {
        try (Tlang tlang = Tlang.init(BundleSet.directory(RuntimeIT.HOME), PROFILE, "plain-jar.toml")) {
            Path jar = Path.of(System.getProperty("tlang.it.plain-jar-plugin"));
            Bundle plugin = tlang.framework().getBundleContext().installBundle(jar.toUri().toString());
            plugin.start();

            SwapResult swap = tlang.runtime().swap("scheduler", "thread-per-task", Map.of(), Duration.ofSeconds(5));
            assertTrue(swap.swapped(), swap.message());

            Path program = Files.writeString(temp.resolve("count.t"),
                    "import wordstats;\n\nfn main() {\n    println(\"{wordstats.count(\"a b c d\")} {wordstats.shout(\"ok\")}\");\n}\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            RunResult result = awaitModule(tlang, program, out, err);
            assertEquals(RunResult.Status.COMPLETED, result.status(), result.diagnostics() + "\n" + err.toString(StandardCharsets.UTF_8));
            assertEquals("4 OK!\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    /** Runs {@code program} until the module has been registered (SPI Fly registers it as the bundle starts), for up to 10 s. */
    private static RunResult awaitModule(Tlang tlang, Path program, ByteArrayOutputStream out, ByteArrayOutputStream err) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            out.reset();
            err.reset();
            RunResult result = tlang.runtime().run(new RunRequest(program, List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false));
            if (result.status() == RunResult.Status.COMPLETED || System.nanoTime() > deadline) return result;
            Thread.sleep(20);
        }
    }
}
