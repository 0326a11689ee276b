package org.tlang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.runtime.FnValue;
import org.tlang.spi.natives.Drainable;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.testing.TestHost;

/** Shutdown hooks run once, in order, when the program stops; a drain stops its listeners, waits for its tasks, then stops main. */
class ProgramShutdownTest {
    @TempDir
    Path dir;

    /** What the fake listener was told, and what the program had printed when it was closed. */
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();
    static volatile TestHost host;

    /** {@code std.hooks}: on_shutdown as std.process has it, and a listener that only records. */
    static final class Hooks extends JavaModule {
        Hooks() {
            super("std.hooks", "", MethodHandles.lookup());
            function("on_shutdown", "fn(fn())", "onShutdown");
            function("listen", "fn()", "listen");
        }

        static void onShutdown(NativeContext cx, Object hook) {
            cx.onShutdown(() -> ((FnValue) hook).call(new Object[0]));
        }

        static void listen(NativeContext cx) {
            cx.drainOnShutdown(new Drainable() {
                @Override
                public void stopAccepting() {
                    EVENTS.add("stop accepting");
                }

                @Override
                public void close() {
                    EVENTS.add("closed after: " + host.stdout().replace("\n", "|"));
                }
            });
        }
    }

    private ModuleRegistry program(String source) throws Exception {
        EVENTS.clear();
        host = new TestHost();
        ModuleRegistry registry = new ModuleRegistry(host);
        registry.addNative(new Hooks());
        Files.writeString(dir.resolve("app.t"), source);
        return registry;
    }

    @Test
    void hooksRunInOrderWhenMainReturnsAndAPanicDoesNotStopTheNext() throws Exception {
        ModuleRegistry registry = program("""
                import std.hooks;
                fn main() {
                    hooks.on_shutdown(|| println("first"));
                    hooks.on_shutdown(|| panic("boom"));
                    hooks.on_shutdown(|| println("third"));
                    println("main");
                }
                """);
        assertEquals(0, host.finish(registry.runMain(registry.load(dir.resolve("app.t")), List.of())), host.stderr());
        registry.close();
        registry.close(); // once only
        assertEquals("main\nfirst\nthird\n", host.stdout());
        assertTrue(host.stderr().startsWith("a shutdown hook failed with a panic:\npanic: boom\n"), host.stderr());
    }

    @Test
    void aDrainStopsTheListenerWaitsForTasksThenStopsMain() throws Exception {
        ModuleRegistry registry = program("""
                import std.hooks;
                fn main() {
                    hooks.on_shutdown(|| println("hook"));
                    hooks.listen();
                    spawn(|| {
                        sleep(300);
                        println("task done");
                    });
                    println("serving");
                    loop {
                        sleep(10);
                    }
                }
                """);
        LoadedModule main = registry.load(dir.resolve("app.t"));
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> host.finish(registry.runMain(main, List.of())));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!host.stdout().contains("serving") && System.nanoTime() < deadline) Thread.sleep(5);
        // main never returns on its own: it is stopped at the drain's deadline (which leaves the task time enough)
        registry.drain(System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
        assertEquals(0, run.get(30, TimeUnit.SECONDS), host.stderr());
        registry.close();
        // main loops for ever: the drain waited for the task, closed the listener, then stopped main as process.exit(0)
        assertEquals(List.of("stop accepting", "closed after: serving|task done|"), EVENTS);
        assertEquals("serving\ntask done\nhook\n", host.stdout());
    }

    @Test
    void aListenerOpenedDuringADrainIsClosedAtOnce() throws Exception {
        ModuleRegistry registry = program("""
                import std.hooks;
                fn main() {
                    println("before");
                    sleep(200);
                    hooks.listen();
                    println("after");
                }
                """);
        LoadedModule main = registry.load(dir.resolve("app.t"));
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> host.finish(registry.runMain(main, List.of())));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!host.stdout().contains("before") && System.nanoTime() < deadline) Thread.sleep(5);
        registry.drain(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
        assertEquals(0, run.get(30, TimeUnit.SECONDS), host.stderr());
        assertEquals(List.of("stop accepting", "closed after: before|"), EVENTS);
    }
}
