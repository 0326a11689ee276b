package org.tlang.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.testing.TestHost;

/** process.exit in a REPL ends the session's program, not the JVM. */
class ScratchReplExitTest {
    /** What std.process's exit does, for a kernel without std. */
    public static final class Exits extends JavaModule {
        public Exits() {
            super("test.exits", "", MethodHandles.lookup());
            function("exit", "fn(Int)", "exit");
        }

        static void exit(NativeContext cx, long status) {
            throw cx.exit((int) status);
        }
    }

    private final TestHost host = new TestHost();
    private final ScratchRepl repl = repl();

    private ScratchRepl repl() {
        ModuleRegistry registry = new ModuleRegistry(host);
        registry.addNatives(List.of(new Exits()));
        return new ScratchRepl(registry, host.io());
    }

    @AfterEach
    void close() {
        repl.close();
    }

    @Test
    void anExitInAnInputEndsItAndTheSessionTakesNoMore() {
        assertTrue(repl.eval("import test.exits;"));
        assertEquals(OptionalInt.empty(), repl.exitStatus());
        assertFalse(repl.eval("{ println(\"a\"); exits.exit(3); println(\"b\"); }"));
        assertEquals("a\n", host.stdout());
        assertEquals("", host.stderr(), "an exit is no panic");
        assertEquals(OptionalInt.of(3), repl.exitStatus());
        assertFalse(repl.eval("println(\"c\");"));
        assertEquals("a\n", host.stdout());
        assertTrue(host.stderr().contains("the session's program exited with status 3"), host.stderr());
    }

    @Test
    void anExitInASpawnedTaskStopsTheInputRunningThen() {
        assertTrue(repl.eval("import test.exits;"));
        assertTrue(repl.eval("let t = spawn(|| { sleep(20); exits.exit(4); })"));
        long start = System.nanoTime();
        assertFalse(repl.eval("{ sleep(60000); println(\"woke\"); }"));
        assertTrue(System.nanoTime() - start < 30_000_000_000L);
        assertEquals(OptionalInt.of(4), repl.exitStatus());
        assertEquals("", host.stdout());
        assertEquals("", host.stderr());
    }
}
