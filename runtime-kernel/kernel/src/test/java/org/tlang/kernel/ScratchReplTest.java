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
}
