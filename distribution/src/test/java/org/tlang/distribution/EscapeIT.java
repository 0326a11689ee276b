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
 * The escape suite: T programs granted only fs.read of their own folder (and at most 1000 tasks)
 * try to get out, each on every tier, and every attempt is denied or stopped. The deadline, fuel
 * and the heap are LimitsIT's and OutOfMemoryIT's; links out of a grant and dependencies
 * borrowing the program's grants are SandboxIT's.
 */
class EscapeIT {
    static final Path DIR = Path.of("src/test/resources/t/escape").toAbsolutePath();
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

    static RuntimeIT.Run run(String file, String... grants) {
        List<String> allow = new java.util.ArrayList<>(List.of("fs.read=" + DIR));
        allow.addAll(List.of(grants));
        return RuntimeIT.run(runtime, DIR.resolve(file), List.of(DIR.toString()), r -> r.allowing(allow).limitedTo(new Limits(10_000, 0, 1000)));
    }

    static void onEveryTier(Runnable attempt) {
        for (String tier : List.of("interp", "jit", "tiered")) {
            RuntimeIT.swapTier(runtime, tier);
            attempt.run();
        }
    }

    private static void denied(RuntimeIT.Run r, String... lines) {
        assertEquals(0, r.status(), r.err());
        assertEquals(String.join("\n", lines) + "\n", r.out());
        assertTrue(!r.out().contains("ESCAPED"), r.out());
    }

    @Test
    void filesOutsideTheGrantThroughDotDotAndAnyWrite() {
        onEveryTier(() -> denied(run("files.t"),
                "read outside: PermissionDenied(\"fs.read " + DIR.getParent().resolve("limits/fib.t") + ": not granted\")",
                "write: PermissionDenied(\"fs.write " + DIR.resolve("planted.txt") + ": not granted\")",
                "read inside: true"));
        assertTrue(!Files.exists(DIR.resolve("planted.txt")));
    }

    @Test
    void socketsAndTheHttpClient() {
        onEveryTier(() -> denied(run("net.t"),
                "connect: PermissionDenied(\"net 127.0.0.1:1: not granted\")",
                "bind: PermissionDenied(\"net 127.0.0.1:0: not granted\")",
                "http: PermissionDenied(\"net 127.0.0.1:1: not granted\")"));
    }

    @Test
    void environmentVariables() {
        onEveryTier(() -> denied(run("env.t"), "PATH: None", "vars: 0"));
    }

    @Test
    void processesAndTheEnvironmentAChildWouldInherit() {
        onEveryTier(() -> denied(run("process.t"), "sh: PermissionDenied(\"process sh: not granted\")"));
        denied(run("process.t", "process=sh"), "sh: HOME=[]");
    }

    @Test
    void aMillionTasksStopAtTheCap() {
        onEveryTier(() -> {
            RuntimeIT.Run r = run("tasks.t");
            assertEquals(101, r.status(), r.err());
            assertTrue(r.err().startsWith("panic: too many tasks: 1000 run already (max-tasks)\n"), r.err());
            assertTrue(r.err().contains("at tasks.main ("), r.err());
        });
    }

    @Test
    void foreignFunctionsNeedTheFfiGrant() {
        onEveryTier(() -> {
            RuntimeIT.Run ffi = run("ffi.t");
            assertEquals(101, ffi.status(), ffi.err());
            assertTrue(ffi.err().startsWith("panic: PermissionDenied: ffi libc.so.6: not granted (extern fn getpid)\n"), ffi.err());
            assertTrue(ffi.err().contains("at ffi.main ("), ffi.err());
            assertEquals("", ffi.out());
        });
    }

    @Test
    void javaClassesCannotBeNamed() {
        RuntimeIT.Run java = run("java.t");
        assertEquals(1, java.status());
        assertTrue(java.err().contains("error: cannot find module `java.lang.Runtime`"), java.err());
        assertEquals("", java.out());
    }

    /** On wasm the program reaches nothing but stdout, stderr and its arguments: each attempt is refused before it runs. */
    @Test
    void onWasmEveryAttemptIsRefusedBeforeAnythingRuns() {
        RuntimeIT.swapTier(runtime, "wasm");
        try {
            for (String file : List.of("files.t", "net.t", "env.t", "process.t", "tasks.t", "ffi.t", "java.t")) {
                RuntimeIT.Run r = run(file, "all");
                assertEquals(1, r.status(), file + ": " + r.err());
                assertEquals("", r.out(), file);
                assertTrue(r.err().contains("error: the wasm tier does not run") || r.err().contains("error: cannot find module"), file + ": " + r.err());
                assertTrue(!r.err().contains("\tat "), "no Java trace: " + r.err());
            }
        } finally {
            RuntimeIT.swapTier(runtime, "tiered");
        }
    }
}
