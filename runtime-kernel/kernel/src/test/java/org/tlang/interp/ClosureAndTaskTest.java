package org.tlang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tlang.testing.TRunner;

class ClosureAndTaskTest {
    @Test
    void closuresCaptureByReference() {
        assertEquals("13 13\n", TRunner.output("""
                fn main() {
                    let mut n = 0;
                    let bump = || { n += 1; };
                    bump(); bump(); bump();
                    let add = |k: Int| { n += k; n };
                    let r = add(10);
                    println("{n} {r}");
                }
                """));
    }

    @Test
    void closureOutlivesItsFrameAndEachLoopIterationIsFresh() {
        assertEquals("1 2 3\n0 10 20\n", TRunner.output("""
                fn counter() -> fn() -> Int { let mut c = 0; || { c += 1; c } }
                fn main() {
                    let c = counter();
                    let a = c(); let b = c(); let d = c();
                    println("{a} {b} {d}");
                    let mut fs: Vec<fn() -> Int> = [];
                    for i in 0..3 { fs.push(|| i * 10); }
                    println("{fs[0]()} {fs[1]()} {fs[2]()}");
                }
                """.replace("{fs[0]()} {fs[1]()} {fs[2]()}", "{call(fs, 0)} {call(fs, 1)} {call(fs, 2)}")
                + "fn call(fs: Vec<fn() -> Int>, i: Int) -> Int { let f = fs[i]; f() }\n"));
    }

    @Test
    void namedFunctionsAreValues() {
        assertEquals("[2, 4, 6]\n", TRunner.output("""
                fn double(x: Int) -> Int { x * 2 }
                fn main() { println([1, 2, 3].map(double)); }
                """));
    }

    @Test
    void spawnAndJoinAcrossTasks() {
        assertEquals("55 [1, 4, 9]\n", TRunner.output("""
                fn fib(n: Int) -> Int { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
                fn main() {
                    let t = spawn(|| fib(10));
                    let mut ts: Vec<Task<Int>> = [];
                    for i in 1..=3 { ts.push(spawn(|| { sleep(3 - i); i * i })); }
                    let squares = ts.map(|t| t.join());
                    println("{t.join()} {squares}");
                }
                """));
    }

    @Test
    void panicInTaskIsReraisedByJoinWithBothTraces() {
        TRunner.Result r = TRunner.run("""
                fn work() -> Int { panic("task failed") }
                fn main() {
                    let t = spawn(|| work());
                    t.join();
                }
                """);
        assertEquals(101, r.exit());
        assertEquals("""
                panic: task failed
                    at main.work (main.t:1:20)
                    at main.<closure> (main.t:3:22)
                    at main.main (main.t:4:7)
                """, r.err());
    }
}
