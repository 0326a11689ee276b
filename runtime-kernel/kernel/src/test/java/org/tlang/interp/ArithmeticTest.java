package org.tlang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tlang.testing.TRunner;

class ArithmeticTest {
    private static TRunner.Result run(String body) {
        return TRunner.run("fn main() {\n" + body + "\n}\n");
    }

    private static void panics(String body, String message) {
        TRunner.Result r = run(body);
        assertEquals(101, r.exit(), r.err());
        assertEquals("panic: " + message, r.err().lines().findFirst().orElse(""));
        assertEquals("    at main.main (main.t:2:" + r.err().lines().skip(1).findFirst().orElse("").replaceAll(".*:2:", ""),
                r.err().lines().skip(1).findFirst().orElse(""));
    }

    @Test
    void overflowAndDivisionPanic() {
        panics("let a = 9223372036854775807; println(a + 1);", "integer overflow");
        panics("let a = -9223372036854775807 - 1; println(a - 1);", "integer overflow");
        panics("let a = 4611686018427387904; println(a * 2);", "integer overflow");
        panics("let a = -9223372036854775808; println(-a);", "integer overflow");
        panics("let z = 0; println(1 / z);", "division by zero");
        panics("let z = 0; println(1 % z);", "division by zero");
        panics("let a = -9223372036854775808; println(a / -1);", "integer overflow");
        panics("let v = [1]; println(v[3]);", "index out of bounds: the len is 1 but the index is 3");
    }

    @Test
    void traceNamesEveryFrameInnermostFirst() {
        TRunner.Result r = TRunner.run("""
                fn c(x: Int) -> Int { x / 0 }
                fn b(x: Int) -> Int { c(x) + 1 }
                fn main() { println(b(1)); }
                """);
        assertEquals(101, r.exit());
        assertEquals("""
                panic: division by zero
                    at main.c (main.t:1:25)
                    at main.b (main.t:2:23)
                    at main.main (main.t:3:21)
                """, r.err());
    }

    @Test
    void truncatingDivisionAndConversions() {
        assertEquals("-3 -1 3 -3 0 9223372036854775807 -9223372036854775808 2.0 -0.5 8 1\n", TRunner.output("""
                fn main() {
                    let nan = 0.0 / 0.0;
                    println("{-7 / 2} {-7 % 2} {3.99 as Int} {-3.99 as Int} {nan as Int} {1e30 as Int} {(-1e30) as Int} {2 as Float} {-1.0 / 2.0} {1 << 3} {-1 >>> 63}");
                }
                """));
    }

    @Test
    void comparisonAndLogic() {
        assertEquals("true false true true false 6 7 1 -8\n", TRunner.output("""
                fn main() {
                    println("{1 < 2 && 2 <= 2} {\"a\" > \"b\"} {!(1 == 2) || false} {1.5 >= 1.5} {true != true} {6 & 7} {6 | 1} {6 ^ 7} {!7}");
                }
                """));
    }

    @Test
    void intAndFloatMethods() {
        assertEquals("5 3 1024 9223372036854775807 -9223372036854775808 2.0 3.0 -2.0 1.414 true 0.500\n", TRunner.output("""
                fn main() {
                    let m = 9223372036854775807;
                    println("{(-5).abs()} {3.min(4)} {2.pow(10)} {m} {m.wrapping_add(1)} {(4.0).sqrt()} {(2.5).round()} {(-1.5).round()} {(2.0).sqrt().fixed(3)} {(0.0 / 0.0).is_nan()} {(0.5).fixed(3)}");
                }
                """));
    }

    @Test
    void panicInAClosureCalledByABuiltInNamesTheCallSite() {
        TRunner.Result r = TRunner.run("""
                fn main() {
                    let v = [1, 0];
                    println(v.map(|x| 10 / x));
                }
                """);
        assertEquals("""
                panic: division by zero
                    at main.<closure> (main.t:3:26)
                    at main.main (main.t:3:15)
                """, r.err());
    }

    @Test
    void strOrderIsByCodePoint() {
        assertEquals("true [\"a\", \"é\", \"～\", \"😀\"]\n", TRunner.output("""
                fn main() { let v = ["😀", "\\u{FF5E}", "é", "a"]; v.sort(); println("{"\\u{FF5E}" < "😀"} {v}"); }
                """));
    }

    @Test
    void deepRecursionFitsAndUnboundedRecursionPanics() {
        assertEquals("50005000\n", TRunner.output("""
                fn sum(n: Int) -> Int { if n == 0 { 0 } else { n + sum(n - 1) } }
                fn main() { println(sum(10000)); }
                """));
        TRunner.Result r = TRunner.run("fn down(n: Int) -> Int { down(n + 1) + 1 }\nfn main() { println(down(0)); }\n");
        assertEquals(101, r.exit());
        assertEquals("panic: stack overflow", r.err().lines().findFirst().orElse(""));
        assertEquals("    at main.down (main.t:1:26)", r.err().lines().skip(1).findFirst().orElse(""));
        assertEquals("    at main.main (main.t:2:21)", r.err().lines().reduce((a, b) -> b).orElse(""));
        assertTrue(r.err().contains(" frames omitted\n"), r.err());
    }
}
