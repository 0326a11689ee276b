package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlang.distribution.RuntimeIT.HOME;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlang.api.Limits;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * Deadlines and fuel on every tier, in one runtime: a loop that never ends, a recursion with no
 * loop, a task spinning while main waits for it, each stopped at its deadline with a T panic and
 * trace; fuel stops a run after its calls. Prints the deadline overshoot (the run's whole time past
 * its deadline, compile included: an upper bound), the largest of 20 runs per tier.
 */
class LimitsIT {
    static final Path DIR = Path.of("src/test/resources/t/limits").toAbsolutePath();
    static final List<String> TIERS = List.of("interp", "jit", "tiered", "wasm");
    static Tlang tlang;
    static TlangRuntime runtime;

    @BeforeAll
    static void boot() throws Exception {
        tlang = Tlang.init(BundleSet.directory(HOME), Files.readString(HOME.resolve("profiles/default.toml")), "default.toml");
        runtime = tlang.runtime();
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    static void tier(String tier) {
        RuntimeIT.swapTier(runtime, tier);
    }

    static RuntimeIT.Run run(String file, Limits limits) {
        return RuntimeIT.run(runtime, DIR.resolve(file), List.of(), r -> r.limitedTo(limits));
    }

    @Test
    void aLoopThatNeverEndsStopsAtItsDeadlineOnEveryTier() {
        for (String t : TIERS) {
            tier(t);
            run("spin.t", new Limits(50, 0)); // warm: the measured runs below compile no more than this one
            long worst = 0;
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                RuntimeIT.Run r = run("spin.t", new Limits(100, 0));
                worst = Math.max(worst, (System.nanoTime() - start) / 1_000_000 - 100);
                assertEquals(101, r.status(), t + ": " + r.err());
                assertEquals("start\n", r.out(), t);
                assertTrue(r.err().startsWith("panic: deadline exceeded\n"), t + ": " + r.err());
                assertTrue(r.err().contains("at spin.spin (src/test/resources/t/limits/spin.t:4:"), t + ": the loop, in a T trace: " + r.err());
                assertTrue(r.err().contains("at spin.main (src/test/resources/t/limits/spin.t:8:"), t + ": " + r.err());
                assertTrue(!r.err().contains("\tat "), "no Java trace: " + r.err());
            }
            System.out.println("LimitsIT: deadline 100 ms on " + t + ": worst overshoot of 20 runs " + worst + " ms (compile included)");
        }
    }

    @Test
    void aRecursionWithoutALoopStopsAtItsCalls() {
        for (String t : TIERS) {
            tier(t);
            RuntimeIT.Run r = run("recurse.t", new Limits(200, 0));
            assertEquals(101, r.status(), t + ": " + r.err());
            assertTrue(r.err().startsWith("panic: deadline exceeded\n"), t + ": " + r.err());
            assertTrue(r.err().contains("at recurse.calls (src/test/resources/t/limits/recurse.t:2:"), t + ": " + r.err());
        }
    }

    @Test
    void aSpinningTaskAndTheMainWaitingForItStopBoth() {
        for (String t : TIERS.subList(0, 3)) { // wasm runs no tasks
            tier(t);
            RuntimeIT.Run r = run("tasks.t", new Limits(150, 0));
            assertEquals(101, r.status(), t + ": " + r.err());
            assertEquals("start\n", r.out(), t);
            assertTrue(r.err().startsWith("panic: deadline exceeded\n"), t + ": main's wait ends for the deadline: " + r.err());
        }
    }

    @Test
    void fuelStopsARunAfterItsCallsAndEnoughOfItLetsItFinish() {
        for (String t : TIERS) {
            tier(t);
            RuntimeIT.Run out = run("fib.t", new Limits(0, 10_000));
            assertEquals(101, out.status(), t + ": " + out.err());
            assertTrue(out.err().startsWith("panic: out of fuel\n"), t + ": " + out.err());
            assertTrue(out.err().contains("at fib.fib (src/test/resources/t/limits/fib.t:1:"), t + ": " + out.err());
            assertEquals(new RuntimeIT.Run(0, "75025\n", ""), run("fib.t", new Limits(0, 1_000_000)), t + ": fib(25) makes 242785 calls");
            assertEquals(new RuntimeIT.Run(0, "75025\n", ""), run("fib.t", Limits.NONE), t);
        }
    }

    @Test
    void wasmMemoryIsBoundedByItsLimitAndTheRuntimeGoesOn() {
        org.tlang.api.SwapResult swapped = runtime.swap("tier", "wasm", java.util.Map.of("max-memory-mb", 16L), java.time.Duration.ofSeconds(10));
        assertTrue(swapped.swapped(), swapped.toString());
        try {
            RuntimeIT.Run r = run("hog.t", Limits.NONE);
            assertEquals(101, r.status(), r.err());
            assertEquals("start\n", r.out());
            assertTrue(r.err().startsWith("panic: out of memory\n"), r.err());
            assertTrue(r.err().contains("at hog.main (src/test/resources/t/limits/hog.t:7:"), "the push, in a T trace: " + r.err());
            assertEquals(new RuntimeIT.Run(0, "75025\n", ""), run("fib.t", Limits.NONE), "the next program runs");
        } finally {
            tier("tiered");
        }
    }
}
