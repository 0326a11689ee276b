package org.tlang.std.rand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.testing.TProgram;

class RandModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(String source) throws Exception {
        return TProgram.run(dir, source, List.of(new RandModule()));
    }

    private void expect(String source, String stdout) throws Exception {
        TProgram.Result r = run(source);
        assertEquals(0, r.status(), r.err());
        assertEquals(stdout, r.out());
    }

    /** The expected numbers come from a separate implementation of SplitMix64 + xoshiro256** + Lemire. */
    @Test
    void aSeedGivesTheSpecifiedSequence() throws Exception {
        expect("""
                import std.rand.{Rng, next_int};
                fn main() {
                    let r = Rng::seeded(42);
                    println(next_int(r));
                    println(next_int(r));
                    println(next_int(r));
                    let d = Rng::seeded(42);
                    let mut dice = Vec::new();
                    for i in 0..10 { dice.push(d.int(1, 7)); }
                    println(dice);
                    let f = Rng::seeded(7);
                    println(f.float());
                    println(f.bool());
                    let v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
                    Rng::seeded(42).shuffle(v);
                    println(v);
                    println(Rng::seeded(-1).int(-9223372036854775807 - 1, 9223372036854775807));
                }
                """, """
                1546998764402558742
                6990951692964543102
                -5902157311460992607
                [1, 3, 5, 6, 6, 5, 5, 6, 5, 4]
                0.7005764821796896
                false
                [10, 2, 5, 3, 9, 8, 7, 6, 4, 1]
                1104825383502392583
                """);
    }

    @Test
    void numbersStayInTheirRanges() throws Exception {
        expect("""
                import std.rand.{Rng};
                fn main() {
                    let r = Rng::new();
                    let mut ok = true;
                    let mut seen = Set::new();
                    let mut trues = 0;
                    for i in 0..10000 {
                        let n = r.int(-3, 4);
                        ok = ok && n >= -3 && n < 4;
                        seen.insert(n);
                        let x = r.float();
                        ok = ok && x >= 0.0 && x < 1.0;
                        if r.bool() { trues += 1; }
                    }
                    println(ok);
                    println(seen.len());
                    println(trues > 4000 && trues < 6000);
                    println(r.int(5, 6));
                    let words = ["a", "b", "c", "d"];
                    r.shuffle(words);
                    words.sort();
                    println(words);
                    let empty: Vec<Float> = Vec::new();
                    r.shuffle(empty);
                    println(empty.len());
                }
                """, "true\n7\ntrue\n5\n[\"a\", \"b\", \"c\", \"d\"]\n0\n");
    }

    @Test
    void newIsSeededDifferentlyEachTime() throws Exception {
        expect("""
                import std.rand.{Rng};
                fn main() {
                    println(Rng::new().int(0, 1000000000) == Rng::new().int(0, 1000000000) && Rng::new().float() == Rng::new().float());
                }
                """, "false\n");
    }

    @Test
    void anEmptyRangeIsAPanic() throws Exception {
        TProgram.Result r = run("import std.rand.{Rng};\nfn main() { Rng::seeded(1).int(5, 5); }\n");
        assertEquals(101, r.status());
        assertTrue(r.err().contains("panic: Rng.int: empty range 5..5 (lo must be less than hi)"), r.err());
        assertFalse(r.err().contains("at java."), r.err());
    }
}
