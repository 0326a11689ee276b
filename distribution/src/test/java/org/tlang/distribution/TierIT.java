package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * The execution tiers in the assembled runtime (real Felix, real bundles): a CPU-heavy program
 * gives the interpreter's output on {@code jit} and {@code tiered} (with low thresholds, so on-stack
 * replacement and background compiles happen during the run), and keeps giving it while the tier
 * is swapped live under it.
 */
class TierIT {
    static final Path HOME = Path.of(System.getProperty("tlang.home"));
    static final Path PROGRAM = Path.of("src/test/resources/t/cpu_heavy.t").toAbsolutePath();

    static Tlang tlang;
    static TlangRuntime runtime;
    static String expected;

    @BeforeAll
    static void boot() throws Exception {
        tlang = Tlang.init(BundleSet.directory(HOME), Files.readString(HOME.resolve("profiles/default.toml")), "default.toml");
        runtime = tlang.runtime();
        swap("interp", Map.of());
        RuntimeIT.Run interp = run("3");
        assertEquals(0, interp.status(), interp.err());
        expected = interp.out();
        assertTrue(expected.startsWith("round 0: fib 6765 collatz 35655/323 primes 3245 "), expected);
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    static void swap(String tier, Map<String, Object> settings) {
        SwapResult r = runtime.swap("tier", tier, settings, Duration.ofSeconds(10));
        assertTrue(r.swapped(), tier + ": " + r);
        assertEquals(tier, runtime.bindings().get("tier"));
    }

    static RuntimeIT.Run run(String... args) {
        return RuntimeIT.run(runtime, PROGRAM, List.of(args), r -> r);
    }

    @Test
    void jitGivesTheInterpretersOutput() {
        swap("jit", Map.of());
        RuntimeIT.Run r = run("3");
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, r.out());
    }

    /**
     * Compiled code names the kernel's struct classes, which live in a loader of the kernel's own: the
     * JIT's class loaders must get them from the kernel under OSGi too (else the functions using
     * structs fail to compile and stay interpreted, with the right output all the same).
     */
    @Test
    void jitCompiledCodeUsesTheKernelsStructClasses() throws Exception {
        swap("jit", Map.of());
        RuntimeIT.Run r = run("1");
        assertEquals(0, r.status(), r.err());
        Object jit = null;
        var context = tlang.framework().getBundleContext();
        for (var ref : context.getServiceReferences("org.tlang.spi.tier.ExecutionTier", null)) {
            Object tier = context.getService(ref);
            if (tier.getClass().getName().equals("org.tlang.jit.JitTier")) jit = tier;
        }
        assertTrue(jit != null, "no jit tier service");
        assertEquals(0, jit.getClass().getMethod("failed").invoke(jit));
        @SuppressWarnings("unchecked")
        List<String> classes = (List<String>) jit.getClass().getMethod("liveClassNames").invoke(jit);
        assertTrue(classes.stream().anyMatch(c -> c.contains(".simulate$")), classes.toString());
        assertTrue(classes.stream().anyMatch(c -> c.contains(".tagged$")), classes.toString());
    }

    @Test
    void tieredGivesTheInterpretersOutput() {
        swap("tiered", Map.of("call-threshold", 50L, "loop-threshold", 100L));
        RuntimeIT.Run r = run("3");
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, r.out());
        swap("tiered", Map.of("call-threshold", 1L, "loop-threshold", 1L));
        r = run("3");
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, r.out());
    }

    @Test
    void swappingTheTierWhileAProgramRunsChangesNothingItPrints() throws Exception {
        swap("interp", Map.of());
        String longer = expected;
        // twelve rounds: the same lines as three, nine times more
        RuntimeIT.Run reference = run("12");
        assertEquals(0, reference.status(), reference.err());
        assertTrue(reference.out().startsWith(longer), reference.out());
        CompletableFuture<RuntimeIT.Run> running = CompletableFuture.supplyAsync(() -> run("12"));
        String[] tiers = {"jit", "tiered", "interp", "tiered", "jit"};
        int whileRunning = 0;
        for (String tier : tiers) {
            Thread.sleep(50); // a swap to a compiling tier speeds the program up: its hot functions compile on the new tier
            swap(tier, Map.of());
            if (!running.isDone()) whileRunning++;
        }
        assertTrue(whileRunning >= 3, "the program ended before the swaps: only " + whileRunning + " happened while it ran");
        RuntimeIT.Run r = running.get(120, TimeUnit.SECONDS);
        assertEquals(0, r.status(), r.err());
        assertEquals(reference.out(), r.out());
        swap("tiered", Map.of());
    }
}
