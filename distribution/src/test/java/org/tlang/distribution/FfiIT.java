package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlang.api.BoundSubsystem;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * extern functions in the assembled runtime: libc, libm and a C library of the project's own
 * (built with gcc here) on every tier with the same output, their bad input as errors of T, and
 * the ffi subsystem swapped from panama to counting under a program calling C.
 */
class FfiIT {
    static final Path DIR = Path.of("src/test/resources/t/ffi").toAbsolutePath();
    static final List<String> TIERS = List.of("interp", "jit", "tiered");
    static Tlang tlang;
    static TlangRuntime runtime;
    static Path work;

    @BeforeAll
    static void boot() throws Exception {
        work = Files.createTempDirectory("ffi-it");
        Path lib = work.resolve("libshapes.so");
        Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-O2", "-o", lib.toString(), DIR.resolve("shapes.c").toString())
                .inheritIO().start();
        assertTrue(gcc.waitFor(60, TimeUnit.SECONDS) && gcc.exitValue() == 0, "gcc failed");
        Files.writeString(work.resolve("shapes.t"), Files.readString(DIR.resolve("shapes.t")).replace("@LIB@", lib.toString()));
        tlang = Tlang.init(BundleSet.directory(RuntimeIT.HOME), Files.readString(RuntimeIT.HOME.resolve("profiles/default.toml")), "default.toml");
        runtime = tlang.runtime();
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    static RuntimeIT.Run run(Path file, String... args) {
        return RuntimeIT.run(runtime, file, List.of(args), r -> r);
    }

    /** The run of {@code file} on each tier; all the same, the interpreter's returned. */
    static RuntimeIT.Run onEveryTier(Path file, String... args) {
        Map<String, RuntimeIT.Run> runs = new LinkedHashMap<>();
        for (String tier : TIERS) {
            RuntimeIT.swapTier(runtime, tier);
            runs.put(tier, run(file, args));
        }
        RuntimeIT.Run interp = runs.get("interp");
        runs.forEach((tier, r) -> assertEquals(interp, r, tier + " differs from interp"));
        return interp;
    }

    @Test
    void libcAndLibm() {
        RuntimeIT.Run r = onEveryTier(DIR.resolve("libc.t"), Long.toString(ProcessHandle.current().pid()));
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                13
                true
                [-4, 3, 5, 9, 15, 26, 31]
                [31, 26, 15, 9, 5, 3, -4]
                0.0
                841.700764
                4
                """, r.out());
    }

    @Test
    void theExample() {
        RuntimeIT.Run r = onEveryTier(Path.of("../examples/ffi.t").toAbsolutePath().normalize());
        assertEquals(0, r.status(), r.err());
        assertEquals("cos(0) = 1.0\nbest first: [88, 42, 19, 7, 3]\n13 bytes: ada scored 88\n", r.out());
    }

    @Test
    void structsArraysAndCallbacksOfAnOwnLibrary() {
        RuntimeIT.Run r = onEveryTier(work.resolve("shapes.t"));
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                25.0
                Point { x: 3.5, y: 4.25 }
                Point { x: 6.0, y: 8.0 }
                Point { x: 0.5, y: -0.5 }
                [0, 1, 4, 9, 16, 25]
                155
                6
                42
                Marker { id: 40, at: Point { x: 2.0, y: 2.0 }, tag: 122 }
                32
                6.5
                1.75
                """, r.out());
    }

    @Test
    void aNullStructPointerAndAPanickingCallbackArePanicsWithTheTTrace() {
        RuntimeIT.Run nul = onEveryTier(work.resolve("shapes.t"), "null");
        assertEquals(101, nul.status(), nul.err());
        assertTrue(nul.err().startsWith("panic: null Ptr dereferenced: pt_origin returned NULL for a Ptr<Point>\n"), nul.err());
        assertTrue(nul.err().contains("at shapes.main ("), nul.err());
        RuntimeIT.Run cb = onEveryTier(DIR.resolve("callback_panic.t"));
        assertEquals(101, cb.status(), cb.err());
        assertTrue(cb.err().startsWith("panic: 13 is not comparable\n"), cb.err());
        assertTrue(cb.err().contains("at callback_panic.compare (") && cb.err().contains("at callback_panic.main ("), cb.err());
        assertEquals("", cb.out());
    }

    @Test
    void aMissingLibraryIsACompileError() throws Exception {
        Path bad = work.resolve("missing.t");
        Files.writeString(bad, "extern \"libtlang_nothere.so\" {\n    fn f() -> c_int;\n}\nfn main() { f(); }\n");
        RuntimeIT.Run r = run(bad);
        assertEquals(1, r.status());
        assertTrue(r.err().contains("error: cannot link extern fn `f`: cannot open library libtlang_nothere.so"), r.err());
        assertTrue(r.err().contains("--> " + bad + ":2:5") || r.err().contains("missing.t:2:5"), r.err());
    }

    @Test
    void aGrantOfOneLibraryDeniesTheOthers() {
        for (String tier : TIERS) {
            RuntimeIT.swapTier(runtime, tier);
            RuntimeIT.Run r = RuntimeIT.run(runtime, DIR.resolve("libc.t"), List.of("1"), q -> q.allowing(List.of("ffi=libm.so.6")));
            assertEquals(101, r.status(), r.err());
            assertTrue(r.err().startsWith("panic: PermissionDenied: ffi libc.so.6: not granted (extern fn strlen)\n"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void printfWritesToTheProcesssStdout() throws Exception {
        CommandLineIT.Result r = CommandLineIT.tlang("run", DIR.resolve("printf.t").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("a cat has 4 legs and 2.00 eyes\nno arguments\n", r.out());
    }

    @Test
    void theLinkerSwapsUnderAProgramCallingC() throws Exception {
        RuntimeIT.swapTier(runtime, "tiered");
        long linked = metric("functions-linked");
        CompletableFuture<RuntimeIT.Run> running = CompletableFuture.supplyAsync(() -> run(DIR.resolve("loop.t"), "1000"));
        try {
            // the program has loaded (its labs linked through panama) and makes its calls
            for (long deadline = System.nanoTime() + 20_000_000_000L; metric("functions-linked") == linked && System.nanoTime() < deadline; ) {
                Thread.sleep(5);
            }
            Thread.sleep(100);
            SwapResult toCounting = runtime.swap("ffi", "counting", Map.of(), Duration.ofSeconds(5));
            assertTrue(toCounting.swapped(), toCounting.toString());
            assertTrue(!running.isDone(), "the program still runs after the swap");
            RuntimeIT.Run r = running.get(60, TimeUnit.SECONDS);
            assertEquals(0, r.status(), r.err());
            assertEquals("499500\n", r.out());
            long counted = calls("labs");
            assertTrue(counted > 0 && counted < 1000, "the calls after the swap were counted, those before were not: " + counted);
        } finally {
            running.get(60, TimeUnit.SECONDS);
            SwapResult back = runtime.swap("ffi", "panama", Map.of(), Duration.ofSeconds(5));
            assertTrue(back.swapped(), back.toString());
            assertEquals("panama", runtime.bindings().get("ffi"));
        }
    }

    @Test
    void aFunctionIsLinkedOncePerProgramNotPerCall() {
        for (String tier : TIERS) {
            RuntimeIT.swapTier(runtime, tier);
            long before = metric("functions-linked");
            RuntimeIT.Run r = run(DIR.resolve("loop.t"), "100");
            assertEquals("4950\n", r.out(), r.err());
            assertEquals(1, metric("functions-linked") - before, tier + ": 100 calls of labs, one link");
        }
    }

    private static long calls(String symbol) {
        return metric("calls." + symbol);
    }

    @Test
    void theJitCompilesFunctionsThatCallC() {
        RuntimeIT.swapTier(runtime, "jit");
        long compiled = metric("tier", "compiled");
        long failed = metric("tier", "failed");
        RuntimeIT.Run r = run(work.resolve("shapes.t"));
        assertEquals(0, r.status(), r.err());
        assertTrue(metric("tier", "compiled") > compiled, "main and the closures it passes to C were compiled");
        assertEquals(failed, metric("tier", "failed"));
    }

    private static long metric(String name) {
        return metric("ffi", name);
    }

    private static long metric(String kind, String name) {
        for (BoundSubsystem s : runtime.subsystems()) {
            if (s.kind().equals(kind)) return s.metrics().getOrDefault(name, 0L).longValue();
        }
        return -1;
    }
}
