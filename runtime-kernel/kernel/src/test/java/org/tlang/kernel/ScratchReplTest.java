package org.tlang.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.testing.TestHost;

class ScratchReplTest {
    private final TestHost host = new TestHost();
    private final ScratchRepl repl = new ScratchRepl(host);
    private int seen;
    private int seenErr;

    @AfterEach
    void close() {
        repl.close();
    }

    /** What the session printed since the last call. */
    private String printed() {
        String all = host.stdout();
        String fresh = all.substring(seen);
        seen = all.length();
        return fresh;
    }

    private String eval(String input) {
        assertTrue(repl.eval(input), () -> "refused: " + input + "\n" + host.stderr());
        return printed();
    }

    @Test
    void expressionsPrintTheirValueAndUnitPrintsNothing() {
        assertEquals("3\n", eval("1 + 2"));
        assertEquals("[1, 2, 3]\n", eval("[1, 2, 3]"));
        assertEquals("", eval("if 1 > 2 { println(\"no\") }"));
        assertEquals("hi\n", eval("println(\"hi\");"));
    }

    @Test
    void externBlocksLinkAsEachInputReloadsTheSession() {
        eval("extern \"libm.so.6\" { fn cos(x: c_double) -> c_double; }");
        assertEquals("1.0\n", eval("cos(0.0)"));
        eval("extern \"libc.so.6\" { fn labs(n: c_long) -> c_long; }");
        assertEquals("8\n", eval("labs(-8)"));
        assertEquals("2.0\n", eval("cos(0.0) + 1.0"), "an extern fn of an earlier input still serves");
    }

    @Test
    void bindingsAndItemsBuildOnEachOther() {
        eval("let x = 40");
        eval("fn double(n: Int) -> Int { n * 2 }");
        assertEquals("80\n", eval("double(x)"));
        eval("fn double(n: Int) -> Int { n * 3 }");
        assertEquals("120\n", eval("double(x)"), "a redefined fn replaces the old one");
        eval("let x = 1");
        assertEquals("1\n", eval("x"), "rebinding with the same type takes the new value");
        eval("let x = \"text\"");
        assertEquals("text\n", eval("x"), "rebinding with another type");
        eval("let mut count = 0");
        eval("count += 5;");
        assertEquals("5\n", eval("count"));
        eval("struct P { x: Int, y: Int }");
        assertEquals("P { x: 1, y: 2 }\n", eval("P { x: 1, y: 2 }"));
    }

    @Test
    void typesOfExpressions() {
        eval("fn double(n: Int) -> Int { n * 2 }");
        assertTrue(repl.printType("double"));
        assertTrue(repl.printType("[1.5]"));
        assertEquals("fn(Int) -> Int\nVec<Float>\n", printed());
    }

    @Test
    void errorsAndPanicsLeaveTheSessionAsItWas() {
        eval("let x = 2");
        assertFalse(repl.eval("x + nothing_here"));
        assertTrue(host.stderr().contains("nothing_here"), host.stderr());
        assertFalse(repl.eval("fn broken() -> Int { \"no\" }"));
        assertFalse(repl.eval("x / 0"));
        assertTrue(host.stderr().contains("panic: division by zero"), host.stderr());
        assertEquals("2\n", eval("x"));
    }

    @Test
    void incompleteInputAsksForMore() {
        assertFalse(repl.isComplete("fn f() {"));
        assertFalse(repl.isComplete("let s = \"abc"));
        assertFalse(repl.isComplete("foo(1,"));
        assertTrue(repl.isComplete("fn f() {\n  1\n}"));
        assertTrue(repl.isComplete("1 + 2"));
    }

    @Test
    void loadsTheItemsOfAFile(@TempDir Path dir) throws Exception {
        Path lib = dir.resolve("lib.t");
        Files.writeString(lib, "// helpers\nfn square(n: Int) -> Int {\n    n * n\n}\n\nconst K: Int = 3;\n");
        assertTrue(repl.load(lib), host.stderr());
        assertEquals("9\n", eval("square(K)"));
    }

    @Test
    void valuesOfTypesFromModulesImportedByNameCanBeBound() {
        TestHost h = new TestHost();
        org.tlang.modules.ModuleRegistry registry = new org.tlang.modules.ModuleRegistry(h);
        registry.addNatives(java.util.List.of(new org.tlang.spi.natives.NativeModule() {
            @Override
            public String name() {
                return "std.shapes";
            }

            @Override
            public java.util.List<org.tlang.spi.natives.NativeFunction> functions() {
                return java.util.List.of();
            }

            @Override
            public String source() {
                return "pub enum Shape { Dot, Line(Int) }\npub fn line(n: Int) -> Option<Shape> { Some(Shape::Line(n)) }\n";
            }
        }));
        try (ScratchRepl session = new ScratchRepl(registry, h.io())) {
            assertTrue(session.eval("import std.shapes;"), h.stderr());
            assertTrue(session.eval("shapes.line(3)"), h.stderr());
            assertTrue(session.eval("let s = shapes.line(4)"), h.stderr());
            assertTrue(session.eval("s"), h.stderr());
            assertEquals("Some(Line(3))\nSome(Line(4))\n", h.stdout());
        }
    }

    /** What the session reported on stderr since the last call. */
    private String reported() {
        String all = host.stderr();
        String fresh = all.substring(seenErr);
        seenErr = all.length();
        return fresh;
    }

    private String refused(String input) {
        assertFalse(repl.eval(input), () -> "accepted: " + input);
        return reported();
    }

    @Test
    void runawayRecursionIsAPanicAndTheSessionKeepsItsDefinitions() {
        eval("let x = 7");
        eval("fn down(n: Int) -> Int { down(n + 1) }");
        String err = refused("down(0)");
        assertTrue(err.startsWith("panic: stack overflow\n"), err);
        assertTrue(err.contains("at repl.down (<repl-2>:1:"), err);
        assertTrue(err.lines().count() < 80, "a deep trace keeps only its two ends: " + err.lines().count());
        assertEquals("7\n", eval("x"));
        assertTrue(repl.printType("down"));
        assertEquals("fn(Int) -> Int\n", printed(), "the fn that overflowed is still defined");
    }

    @Test
    void anErrorOfTheRuntimeOutOfAnInputIsReportedAsAPanicAndTheSessionGoesOn() {
        TestHost h = new TestHost();
        org.tlang.modules.ModuleRegistry registry = new org.tlang.modules.ModuleRegistry(h);
        registry.addNatives(java.util.List.of(new org.tlang.spi.natives.NativeModule() {
            @Override
            public String name() {
                return "std.broken";
            }

            @Override
            public java.util.List<org.tlang.spi.natives.NativeFunction> functions() {
                try {
                    var lookup = java.lang.invoke.MethodHandles.lookup();
                    var type = java.lang.invoke.MethodType.methodType(long.class);
                    return java.util.List.of(
                            new org.tlang.spi.natives.NativeFunction("linkage", "fn() -> Int", lookup.findStatic(ScratchReplTest.class, "linkage", type)),
                            new org.tlang.spi.natives.NativeFunction("overflow", "fn() -> Int", lookup.findStatic(ScratchReplTest.class, "overflow", type)));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }));
        try (ScratchRepl session = new ScratchRepl(registry, h.io())) {
            assertTrue(session.eval("import std.broken;"), h.stderr());
            assertTrue(session.eval("let kept = 5"), h.stderr());
            assertFalse(session.eval("broken.linkage() + 1"));
            assertFalse(session.eval("broken.overflow()"));
            assertTrue(session.eval("kept"), h.stderr());
            assertEquals("5\n", h.stdout());
            assertTrue(h.stderr().startsWith("panic: internal error (a bug in tlang, not in the input): java.lang.NoClassDefFoundError: org/tlang/Gone\n"
                    + "panic: stack overflow\n    at std.broken.overflow"), h.stderr());
        }
    }

    static long linkage() {
        throw new NoClassDefFoundError("org/tlang/Gone");
    }

    static long overflow() {
        throw new StackOverflowError();
    }

    /** Evaluates {@code input} on another thread and cancels it until it ends; what it reported. */
    private String cancelled(String input) throws Exception {
        var evaluation = java.util.concurrent.CompletableFuture.supplyAsync(() -> repl.eval(input));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!evaluation.isDone()) {
            assertTrue(System.nanoTime() < deadline, "the cancelled input still runs after 30 s: " + input);
            repl.cancel();
            Thread.sleep(20);
        }
        assertFalse(evaluation.get(), "a cancelled input is refused");
        return reported();
    }

    @Test
    void cancelStopsAWaitingInputAndTheSessionGoesOn() throws Exception {
        eval("let x = 3");
        assertTrue(cancelled("sleep(600000)").startsWith("panic: interrupted\n"), host.stderr());
        eval("let ch = chan<Int>(1)");
        assertTrue(cancelled("ch.1.recv()").startsWith("panic: interrupted\n"), host.stderr());
        assertTrue(cancelled("spawn(|| sleep(600000)).join()").startsWith("panic: interrupted\n"), host.stderr());
        assertEquals("3\n", eval("x"));
        repl.cancel();
        assertEquals("4\n", eval("x + 1"), "a cancel between inputs cancels nothing");
    }

    @Test
    void compileErrorsPointAtWhatWasTypedNotAtTheWrapper() {
        eval("let x = 2");
        String err = refused("x + nothing_here");
        assertTrue(err.contains(" --> <repl-2>:1:5\n"), err);
        assertTrue(err.contains("1 | x + nothing_here\n"), err);
        assertTrue(err.contains("  |     ^\n"), err);
        assertFalse(err.contains("__"), err);
        err = refused("  let y: Int = \"text\"");
        assertTrue(err.contains(" --> <repl-3>:1:16\n"), err);
        assertTrue(err.contains("1 |   let y: Int = \"text\"\n"), err);
        err = refused("fn g() -> Int {\n    let a = 1;\n    a + missing\n}");
        assertTrue(err.contains(" --> <repl-4>:3:9\n"), err);
        assertTrue(err.contains("3 |     a + missing\n"), err);
        err = refused("if x > 1 { x } else { \"two\" }");
        assertTrue(err.contains("<repl-5>:1:"), err);
        assertFalse(err.contains("__"), err);
    }

    @Test
    void aPanicsTraceShowsWhereItWasTypedNotTheWrapper() {
        eval("fn ratio(n: Int) -> Int {\n    100 / n\n}");
        String err = refused("1 + ratio(0)");
        assertEquals("panic: division by zero\n    at repl.ratio (<repl-1>:2:9)\n    at <input> (<repl-2>:1:5)\n", err);
        err = refused("let r = ratio(0)");
        assertTrue(err.contains("initialiser of `r` panicked: division by zero"), err);
        assertTrue(err.contains(" --> <repl-3>:1:1\n  |\n1 | let r = ratio(0)\n"), err);
    }

    @Test
    void errorsInALoadedFileNameTheFile(@TempDir Path dir) throws Exception {
        Path lib = dir.resolve("lib.t");
        Files.writeString(lib, "// helpers\nfn half(n: Int) -> Int {\n    n / 0\n}\n");
        assertTrue(repl.load(lib), host.stderr());
        String err = refused("half(4)");
        assertTrue(err.contains("at repl.half (" + lib + ":3:7)"), err);
    }
}
