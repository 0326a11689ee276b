package org.tlang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tlang.testing.TRunner;

class PrintedFormsTest {
    private static String show(String expr) {
        return TRunner.output("struct Point { x: Float, y: Float }\nenum Shape { Circle(Float), Empty }\nfn main() { println(" + expr + "); }")
                .stripTrailing();
    }

    @Test
    void floats() {
        assertEquals("1.0", show("1.0"));
        assertEquals("0.30000000000000004", show("0.1 + 0.2"));
        assertEquals("1e21", show("1e21"));
        assertEquals("1e-7", show("1e-7"));
        assertEquals("100000000000000000000.0", show("1e20"));
        assertEquals("NaN", show("0.0 / 0.0"));
        assertEquals("inf", show("1.0 / 0.0"));
        assertEquals("-inf", show("-1.0 / 0.0"));
        assertEquals("-2.5", show("-2.5"));
        assertEquals("0.000001", show("0.000001"));
    }

    @Test
    void scalarsAndCollections() {
        assertEquals("42", show("42"));
        assertEquals("-7", show("-7"));
        assertEquals("true", show("true"));
        assertEquals("bare", show("\"bare\""));
        assertEquals("[1, 2, 3]", show("[1, 2, 3]"));
        assertEquals("[\"a\", \"b\\\"q\"]", show("[\"a\", \"b\\\"q\"]"));
        assertEquals("[\"a\": 1, \"b\": 2]", show("[\"a\": 1, \"b\": 2]"));
        assertEquals("(1, \"x\")", show("(1, \"x\")"));
        assertEquals("Some(3)", show("Some(3)"));
        assertEquals("Ok(1)", show("Ok(1).map_err(|e: Str| e)"));
        assertEquals("Err(\"bad\")", show("Err(\"bad\").map(|x: Int| x)"));
        assertEquals("Point { x: 1.0, y: 2.0 }", show("Point { x: 1.0, y: 2.0 }"));
        assertEquals("Circle(1.0)", show("Shape::Circle(1.0)"));
        assertEquals("Empty", show("Shape::Empty"));
        assertEquals("()", show("()"));
    }

    @Test
    void opaqueValues() {
        assertEquals("<fn> <task> (<sender>, <receiver>)", TRunner.output(
                "fn f() {}\nfn main() { let t = spawn(|| 1); t.join(); println(\"{f} {t} {chan<Int>(1)}\"); }").stripTrailing());
    }

    @Test
    void interpolationUsesPrintedForms() {
        assertEquals("x = 2, v = [\"a\"], {}", TRunner.output("fn main() { let x = 1; let v = [\"a\"]; println(\"x = {x + 1}, v = {v}, {{}}\"); }")
                .stripTrailing());
    }

    @Test
    void printAndEprintGoToTheirStreams() {
        TRunner.Result r = TRunner.run("fn main() { print(1); print(2); println(\"\"); eprintln(\"oops\"); }");
        assertEquals("12\n", r.out());
        assertEquals("oops\n", r.err());
    }
}
