package org.tlang.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tlang.testing.TRunner;

/**
 * Deeply nested source compiles and runs in time linear in its depth, and past the nesting limit
 * (20,000, docs/language.md) it is one positioned error, found at once. The time bound only
 * guards against a hang: these take well under a second each.
 */
class NestingTest {
    private static final Duration HANG = Duration.ofSeconds(30);

    private static TRunner.Result run(String source) {
        return assertTimeoutPreemptively(HANG, () -> TRunner.run(source));
    }

    private static String nested(String open, String inner, String close, int depth) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    @Test
    void aVectorNestedTenThousandDeepChecksLowersAndRuns() {
        // the checker resolved each level's type anew (quadratic: about 19 s at this depth)
        TRunner.Result r = run("fn main() {\n    let v = " + nested("[", "1", "]", 10_000) + ";\n    println(v.len());\n}\n");
        assertEquals(new TRunner.Result(0, "1\n", ""), r);
    }

    @Test
    void tenThousandNestedClosuresRunAndAreCalled() {
        // the node compiler walked every enclosing closure's body again for each closure (quadratic)
        TRunner.Result r = run("fn main() {\n    let f = " + "|| ".repeat(10_000) + "7;\n    println(f" + "()".repeat(10_000) + ");\n}\n");
        assertEquals(new TRunner.Result(0, "7\n", ""), r);
    }

    @Test
    void nestingPastTheLimitIsOnePositionedError() {
        TRunner.Result r = run("fn main() {\n    let v = " + nested("[", "1", "]", 100_000) + ";\n    println(v.len());\n}\n");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("main.t:2:"), r.err());
        assertTrue(r.err().contains("nesting too deep: more than 20000 nested expressions, types or patterns"), r.err());
        assertEquals(1, r.err().split("nesting too deep", -1).length - 1, r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Error:"), r.err());
    }

    @Test
    void everyKindOfNestingCountsTowardsTheLimit() {
        String[] tooDeep = {
                "let x = " + nested("(", "1", ")", 20_001) + ";",
                "let x = " + "-".repeat(20_001) + "1;",
                "let x = " + "|| ".repeat(20_001) + "1;",
                nested("{ ", "1", " }", 20_001),
                "let x = 1; " + "if x > 0 { ".repeat(20_001) + "}".repeat(20_001),
                "let x = 0; let y = if x == 0 { 0 } " + "else if x == 1 { 1 } ".repeat(20_001) + "else { 2 };",
                "let x: " + nested("Vec<", "Int", ">", 20_001) + " = [];",
                "let " + nested("(", "a", ",)", 20_001) + " = 1;",
        };
        for (String body : tooDeep) {
            TRunner.Result r = run("fn main() {\n    " + body + "\n}\n");
            assertEquals(1, r.exit(), body.substring(0, 40));
            assertTrue(r.err().contains("main.t:2:") && r.err().contains("nesting too deep"), body.substring(0, 40) + ": " + r.err());
        }
    }

    @Test
    void nestingJustWithinTheLimitCompiles() {
        // the function body's block and the `let` take two levels
        TRunner.Result r = run("fn main() {\n    let x = " + nested("(", "1", ")", 19_997) + ";\n    println(x);\n}\n");
        assertEquals(new TRunner.Result(0, "1\n", ""), r);
    }
}
