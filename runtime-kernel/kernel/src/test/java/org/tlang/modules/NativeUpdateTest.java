package org.tlang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.spi.natives.NativeFunction;
import org.tlang.spi.natives.NativeModule;
import org.tlang.testing.TestHost;

/** A native module replaced under a running program: the next calls go to the new revision, or a breaking one is refused. */
class NativeUpdateTest {
    @TempDir
    Path dir;

    static volatile boolean done;

    static String v1() {
        return "v1";
    }

    static String v2() {
        return "v2";
    }

    static String v3(long n) {
        return "v3 " + n;
    }

    static boolean done() {
        return done;
    }

    private static NativeModule greet(String method, String signature, MethodType type, String source) throws ReflectiveOperationException {
        var lookup = MethodHandles.lookup();
        List<NativeFunction> fns = List.of(
                new NativeFunction("greeting", signature, lookup.findStatic(NativeUpdateTest.class, method, type)),
                new NativeFunction("done", "fn() -> Bool", lookup.findStatic(NativeUpdateTest.class, "done", MethodType.methodType(boolean.class))));
        return new NativeModule() {
            @Override
            public String name() {
                return "std.greet";
            }

            @Override
            public List<NativeFunction> functions() {
                return fns;
            }

            @Override
            public String source() {
                return source;
            }
        };
    }

    private static NativeModule greet(String method, String tail) throws ReflectiveOperationException {
        return greet(method, "fn() -> Str", MethodType.methodType(String.class), "pub fn loud() -> Str { greeting() + \"" + tail + "\" }\n");
    }

    @Test
    void aRunningProgramCallsTheNewRevisionAndARefusedOneLeavesTheOldServing() throws Exception {
        done = false;
        TestHost host = new TestHost();
        ModuleRegistry reg = new ModuleRegistry(host);
        reg.addNative(greet("v1", "!"));
        Path f = dir.resolve("app.t");
        Files.writeString(f, """
                import std.greet;
                fn main() {
                    let mut last = "";
                    loop {
                        let now = greet.loud();
                        if now != last { println(now); last = now; }
                        if greet.done() { break; }
                        sleep(1);
                    }
                }
                """);
        LoadedModule main = reg.load(f);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> host.finish(reg.runMain(main, List.of())));
        awaitOut(host, "v1!\n");

        assertNull(reg.updateNative(greet("v2", "?")), "a revision with the same pub items switches");
        awaitOut(host, "v1!\nv2?\n");

        String refused = reg.updateNative(greet("v3", "fn(Int) -> Str", MethodType.methodType(String.class, long.class), ""));
        assertEquals("the new std.greet changes `greeting: fn greeting() -> Str` to `fn greeting(Int) -> Str`; the version linked before keeps serving", refused);
        Thread.sleep(20);

        NativeModule v2 = greet("v2", "?");
        assertNull(reg.updateNative(v2));
        assertEquals(0, reg.suspendNative(v2), "no call was running in it");
        Thread.sleep(30); // the program's calls wait at the gate meanwhile
        assertNull(reg.updateNative(greet("v1", ".")));
        awaitOut(host, "v1.\n");

        done = true;
        assertEquals(0, status.get(10, TimeUnit.SECONDS), host.stderr());
        // the call of greeting() held at the gate started after the switch, so it ran the new revision, for the old loud() that made it
        assertTrue(host.stdout().equals("v1!\nv2?\nv1.\n") || host.stdout().equals("v1!\nv2?\nv1?\nv1.\n"), host.stdout());
    }

    private static void awaitOut(TestHost host, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!host.stdout().endsWith(text)) {
            if (System.nanoTime() > deadline) throw new AssertionError("stdout: " + host.stdout() + "\nstderr: " + host.stderr());
            Thread.sleep(2);
        }
    }
}
