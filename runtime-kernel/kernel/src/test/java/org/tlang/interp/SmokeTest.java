package org.tlang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tlang.testing.TRunner;

class SmokeTest {
    @Test
    void hello() {
        assertEquals("hello\n", TRunner.output("fn main() { println(\"hello\"); }"));
    }

    @Test
    void fib() {
        assertEquals("832040\n", TRunner.output("""
                fn fib(n: Int) -> Int { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
                fn main() { println(fib(30)); }
                """));
    }
}
