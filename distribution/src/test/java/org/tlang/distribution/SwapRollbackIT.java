package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.tlang.api.ProfileException;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;
import org.tlang.spi.Subsystems;
import org.tlang.spi.scheduler.Scheduler;

/**
 * A swap to an implementation that starts but is broken, as the "Bad input" of the subsystem issue
 * lists them: its activation hangs past {@code runtime.start-timeout-ms}, or it fails (or never
 * runs) its first task. Each is rolled back with the reason, the old one serving, nothing of the
 * broken one left running. The broken scheduler is a test fixture bundle
 * ({@code bundles/test-scheduler-faulty}) installed into the running runtime.
 */
class SwapRollbackIT {
    static final String PROFILE = "[runtime]\nstart-timeout-ms = 700\n[scheduler]\nimpl = \"virtual\"\n[io]\nimpl = \"blocking\"\n"
            + "[allocator]\nimpl = \"general\"\n[tier]\nimpl = \"tiered\"\n";

    static Tlang tlang;
    static TlangRuntime runtime;
    static Bundle faulty;

    @BeforeAll
    static void boot() throws Exception {
        Path home = RuntimeIT.HOME;
        tlang = Tlang.init(BundleSet.directory(home), PROFILE, "short-timeout.toml");
        runtime = tlang.runtime();
        Path jar = Path.of(System.getProperty("tlang.it.faulty-scheduler"));
        faulty = tlang.framework().getBundleContext().installBundle(jar.toUri().toString());
        faulty.start();
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    @AfterEach
    void theOldSchedulerServesAndNothingOfTheFaultyOneIsLeft() throws Exception {
        String bound = runtime.bindings().get("scheduler");
        if (!bound.equals("virtual")) runtime.swap("scheduler", "virtual", Map.of(), Duration.ofSeconds(5)); // the next test starts clean
        assertEquals("virtual", bound);
        Path program = Files.createTempFile("spawn", ".t");
        try {
            Files.writeString(program, "fn main() { let t = spawn(|| 40 + 2); println(t.join()); }\n");
            assertEquals(new RuntimeIT.Run(0, "42\n", ""), run(program));
        } finally {
            Files.delete(program);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (faultyServices() > 0 && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(0, faultyServices(), "the given-up instance was stopped (also one whose activation finished late)");
    }

    @Test
    void anActivationThatHangsPastTheStartTimeoutIsRolledBack() {
        long t0 = System.nanoTime();
        SwapResult swap = runtime.swap("scheduler", "faulty", Map.of("start-ms", 3000L), Duration.ofSeconds(5));
        long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();

        assertFalse(swap.swapped(), swap.message());
        assertTrue(swap.message().contains("did not start within 700 ms"), swap.message());
        assertTrue(swap.message().contains("'virtual' keeps serving"), swap.message());
        assertTrue(ms < 2500, "refused at the start timeout, not when the activation ended: " + ms + " ms");
    }

    @Test
    void anActivationThatThrowsIsRolledBack() {
        SwapResult swap = runtime.swap("scheduler", "faulty", Map.of("tasks", "bogus"), Duration.ofSeconds(5));

        assertFalse(swap.swapped(), swap.message());
        assertTrue(swap.message().contains("failed to start: tasks must be run, fail or hang, got bogus"), swap.message());
        assertTrue(swap.message().contains("'virtual' keeps serving"), swap.message());
    }

    @Test
    void anImplementationThatFailsItsFirstTaskIsRolledBack() {
        SwapResult swap = runtime.swap("scheduler", "faulty", Map.of("tasks", "fail"), Duration.ofSeconds(5));

        assertFalse(swap.swapped(), swap.message());
        assertTrue(swap.message().contains("failed its first task: this scheduler fails every task"), swap.message());
        assertTrue(swap.message().contains("'virtual' keeps serving"), swap.message());
    }

    @Test
    void anImplementationThatNeverRunsItsFirstTaskIsRolledBack() {
        SwapResult swap = runtime.swap("scheduler", "faulty", Map.of("tasks", "hang"), Duration.ofSeconds(5));

        assertFalse(swap.swapped(), swap.message());
        assertTrue(swap.message().contains("did not run its first task within 700 ms"), swap.message());
    }

    @Test
    void aProfileWithABrokenImplementationChangesNoKind() {
        String broken = PROFILE.replace("impl = \"virtual\"", "impl = \"faulty\"\ntasks = \"fail\"").replace("impl = \"tiered\"", "impl = \"interp\"");
        ProfileException e = assertThrows(ProfileException.class, () -> runtime.compose(broken, "broken.toml"));

        assertTrue(e.getMessage().contains("failed its first task"), e.getMessage());
        assertEquals("tiered", runtime.bindings().get("tier"), "the tier, which would have started, was not switched either");
    }

    /** The fixture declares it cannot work with the pooled allocator ({@code excludes:List<String>="allocator:pooled"}). */
    @Test
    void implementationsThatExcludeEachOtherAreNeverBoundTogether() {
        String both = PROFILE.replace("impl = \"virtual\"", "impl = \"faulty\"").replace("impl = \"general\"", "impl = \"pooled\"");
        ProfileException e = assertThrows(ProfileException.class, () -> runtime.compose(both, "both.toml"));
        assertEquals("profile both.toml: 'scheduler.impl' = \"faulty\" cannot work with 'allocator.impl' = \"pooled\" "
                + "(scheduler 'faulty' 0.1.0 excludes it)", e.getMessage());
        ProfileException check = assertThrows(ProfileException.class, () -> runtime.checkProfile(both, "both.toml"));
        assertEquals(e.getMessage(), check.getMessage(), "profile check says the same");
        assertEquals("general", runtime.bindings().get("allocator"));

        assertTrue(runtime.swap("scheduler", "faulty", Map.of(), Duration.ofSeconds(5)).swapped());
        SwapResult pooled = runtime.swap("allocator", "pooled", Map.of(), Duration.ofSeconds(5));
        assertFalse(pooled.swapped(), pooled.message());
        assertTrue(pooled.message().contains("'scheduler.impl' = \"faulty\" cannot work with 'allocator.impl' = \"pooled\""), pooled.message());
        assertEquals("general", runtime.bindings().get("allocator"));
        assertTrue(runtime.swap("scheduler", "virtual", Map.of(), Duration.ofSeconds(5)).swapped());
    }

    @Test
    void theFixtureRunsProgramsWhenItWorks() {
        SwapResult swap = runtime.swap("scheduler", "faulty", Map.of(), Duration.ofSeconds(5));
        assertTrue(swap.swapped(), swap.message());
        assertEquals("faulty", runtime.bindings().get("scheduler"), "so the tests above fail for the reason they name");
        SwapResult back = runtime.swap("scheduler", "virtual", Map.of(), Duration.ofSeconds(5));
        assertTrue(back.swapped(), back.message());
    }

    private static RuntimeIT.Run run(Path file) {
        Output out = new Output();
        Output err = new Output();
        int status = RuntimeIT.status(runtime.run(new org.tlang.api.RunRequest(file, List.of(), out.stream, err.stream, false)), err);
        return new RuntimeIT.Run(status, out.text(), err.text());
    }

    /** Scheduler services of the fixture registered now; the one that serves, when it serves, counts. */
    private static int faultyServices() throws Exception {
        ServiceReference<?>[] refs = tlang.framework().getBundleContext().getServiceReferences(Scheduler.class.getName(),
                "(" + Subsystems.SERVICE_NAME + "=faulty)");
        return refs == null ? 0 : refs.length;
    }
}
